import { type Package } from './catalog-items.js';
import { type EntireItem } from './items-model.js';
import { type Order, type OrderLine } from './orders-model.js';
import { round } from './random.js';
import { type PriceList, type PriceListLine } from './reference-model.js';

/**
 * An order line priced the way BuildOrderLines describes it: the list price from the
 * order's price list (net of VAT, the gross kept for rounding on a gross list), an optional
 * discount, then net, VAT and cost per line. The header totals are the lines' sums.
 */

/** UK beer duty per litre of pure alcohol, roughly (for approximateDutyCostOfSale only). */
const DUTY_PER_LITRE_OF_ALCOHOL = 0.2213;

export interface LinePricing {
  item: EntireItem;
  /** The product's package; undefined for a material or the delivery service. */
  pkg: Package | undefined;
  priceList: PriceList;
  /** The item's line on that price list; undefined when it is priced flat. */
  listLine: PriceListLine | undefined;
  vatPercentage: number;
  /** Percent off the list price (0: none). */
  discountPercent: number;
}

export function priceLine(id: string, orderId: string, sequence: number, stockLocationId: string, quantity: number, pricing: LinePricing): OrderLine {
  const { item, pkg, priceList, listLine, vatPercentage, discountPercent } = pricing;
  const flat = item.details.behaviours.isPricedByPriceLists ? null : item.flatPricing.flatSalesPrice;
  const listed = flat ?? listLine?.currentListPrice ?? 0;
  const gross = flat === null && priceList.usesGrossPricing;
  const unitListNetPrice = gross ? round(listed / (1 + vatPercentage / 100), 4) : listed;
  const unitNetPrice = round(unitListNetPrice * (1 - discountPercent / 100), 4);
  const lineNetPrice = round(unitNetPrice * quantity);
  const litres = pkg?.litres ?? 0;
  const dutiable = item.alcoholDuty.alcoholType === 'None' ? 0 : litres;
  return {
    abv: item.alcoholDuty.abv,
    alcoholType: item.alcoholDuty.alcoholType,
    discountBasis: discountPercent > 0 ? 'Percent' : 'None',
    discountLevel: discountPercent,
    germanBeerDutyProductType: 'None',
    glCodeId: item.invoicing.salesGlCodeId,
    id,
    isBrewedForPersonalUse: false,
    isDesignedForPump: pkg?.draught ?? false,
    isDiscountAutomatic: discountPercent > 0 && priceList.allowsAutomaticDiscounts,
    lineCostNetPrice: round(item.details.costPrice * quantity),
    lineNetPrice,
    lineVat: round((lineNetPrice * vatPercentage) / 100),
    orderId,
    quantity,
    readOnly: { approximateDutyCostOfSale: round(dutiable * quantity * item.alcoholDuty.abv * DUTY_PER_LITRE_OF_ALCOHOL) },
    sequence,
    spiritDutyExemptionReason: 'None',
    stockItemId: item.details.id,
    stockLocationId,
    unitCostNetPrice: item.details.costPrice,
    unitDutiableLitres: dutiable,
    unitListNetPrice,
    unitLitres: litres,
    unitNetPrice,
    unitOfMeasureId: item.details.unitOfMeasureId,
    unitWeight: item.packaging.weightKg,
    vatCodeId: item.vat.vatCodeId,
    vatPercentage,
    bogofId: null,
    finalUnitLitres: pkg?.finalUnitLitres ?? null,
    germanBeerMixedProductPercentageA: null,
    manufacturerId: item.alcoholDuty.manufacturerId,
    plato: null,
    pricingCategoryId: item.invoicing.pricingCategoryId,
    productBrandId: item.invoicing.productBrandId,
    productCode: item.details.code,
    productName: item.details.name,
    unitListGrossPriceForRounding: gross ? listed : null,
  };
}

/** The same line with another quantity (prices per unit kept, as an edit in Brewman keeps them). */
export function requantify(line: OrderLine, quantity: number): OrderLine {
  const lineNetPrice = round(line.unitNetPrice * quantity);
  const perUnitDuty = line.quantity === 0 ? 0 : line.readOnly.approximateDutyCostOfSale / line.quantity;
  return {
    ...line,
    quantity,
    lineNetPrice,
    lineVat: round((lineNetPrice * line.vatPercentage) / 100),
    lineCostNetPrice: round(line.unitCostNetPrice * quantity),
    readOnly: { approximateDutyCostOfSale: round(perUnitDuty * quantity) },
  };
}

/** The header's cached totals, recomputed from the lines. */
export function withTotals(order: Order): Order {
  const sum = (pick: (line: OrderLine) => number): number => round(order.lines.reduce((total, line) => total + pick(line), 0));
  const readOnly = {
    ...order.header.readOnly,
    totalNetPrice: sum((line) => line.lineNetPrice),
    totalVat: sum((line) => line.lineVat),
    totalCostNet: sum((line) => line.lineCostNetPrice),
    totalApproximateDutyCostOfSale: sum((line) => line.readOnly.approximateDutyCostOfSale),
  };
  return { ...order, header: { ...order.header, readOnly } };
}
