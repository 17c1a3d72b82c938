import { type EntireItem, type ItemMainPurpose } from './items-model.js';
import { guid, intBetween, type Random, round } from './random.js';
import { type NamedEntity, type ProductBrand, type StockGroup, type UnitOfMeasure, type VatCode } from './reference-model.js';

/** The small lists items point at, and the items themselves (products, materials, one delivery service). */

export interface Package {
  /** Ends the item code, as in the vendor's examples (`Star9GCask`, `Star50012X500Case`). */
  codeSuffix: string;
  name: string;
  /** Litres per unit sold. */
  litres: number;
  finalUnitLitres: number | null;
  weightKg: number;
  /** Casks and kegs: connected to a pump; not sold at the shop. */
  draught: boolean;
  /** Base trade price per unit. */
  price: number;
  pricingCategory: 'Cask' | 'Keg' | 'Small Pack' | 'Merchandise';
}

export const PACKAGES: readonly Package[] = [
  { codeSuffix: '9GCask', name: 'Cask 9G', litres: 40.91, finalUnitLitres: null, weightKg: 52, draught: true, price: 96, pricingCategory: 'Cask' },
  { codeSuffix: '50012X500Case', name: 'Case 12 x 500ml', litres: 6, finalUnitLitres: 0.5, weightKg: 9.5, draught: false, price: 24, pricingCategory: 'Small Pack' },
  { codeSuffix: '30LKeg', name: 'Keg 30L', litres: 30, finalUnitLitres: null, weightKg: 40, draught: true, price: 105, pricingCategory: 'Keg' },
  { codeSuffix: '33024X330Can', name: 'Case 24 x 330ml', litres: 7.92, finalUnitLitres: 0.33, weightKg: 8.8, draught: false, price: 31, pricingCategory: 'Small Pack' },
  { codeSuffix: '500Bottle', name: 'Bottle 500ml', litres: 0.5, finalUnitLitres: 0.5, weightKg: 0.85, draught: false, price: 2.6, pricingCategory: 'Small Pack' },
];

const MERCHANDISE: Package = { codeSuffix: '', name: 'T-Shirt', litres: 0, finalUnitLitres: null, weightKg: 0.2, draught: false, price: 15, pricingCategory: 'Merchandise' };

const BRANDS = [
  ['Star', 'Pale Ale', 4.2],
  ['Plucky', 'Best Bitter', 3.8],
  ['Harbour', 'IPA', 5.6],
  ['Copper', 'Amber Ale', 4.5],
  ['Northern', 'Stout', 5],
  ['Wild', 'Saison', 6.2],
  ['Lantern', 'Porter', 4.8],
  ['Ember', 'Red Ale', 4.4],
] as const;

const MATERIALS = [
  ['MarisOtterMalt', 'Maris Otter Pale Malt', 'kg'],
  ['CascadeHops', 'Cascade Hop Pellets', 'kg'],
  ['US05Yeast', 'Safale US-05 Yeast', 'kg'],
  ['CO2Cylinder', 'CO2 Cylinder 6.35kg', 'units'],
  ['CrystalMalt', 'Crystal Malt', 'kg'],
  ['Bottle500Amber', '500ml Amber Bottle', 'units'],
] as const;

export const MAX_BRANDS = BRANDS.length;
export const MAX_MATERIALS = MATERIALS.length;

/** Ids the items refer to that the fake serves no route for (GL codes, suppliers, package types). */
export interface ItemRefs {
  salesGlCodeId: string;
  purchaseGlCodeId: string;
  /** The tenant as manufacturer and supplier of its own beer. */
  tenantSupplierId: string;
  maltsterSupplierId: string;
  packageTypeIds: Map<string, string>;
}

export interface ItemCatalog {
  unitsOfMeasure: UnitOfMeasure[];
  vatCodes: VatCode[];
  stockGroups: StockGroup[];
  pricingCategories: NamedEntity[];
  productBrands: ProductBrand[];
  items: EntireItem[];
  /** Per item id: its package (products), for line litres and pricing. */
  packages: Map<string, Package>;
  itemRefs: ItemRefs;
}

export interface ItemSizes {
  products: number;
  materials: number;
  brands: number;
}

const named = (random: Random, name: string): NamedEntity => ({ id: guid(random), isHidden: false, version: 1, name });

/** EAN-13 with its check digit, from a 12-digit stem. */
function ean13(stem: string): string {
  let sum = 0;
  for (let index = 0; index < stem.length; index++) sum += Number(stem.charAt(index)) * (index % 2 === 0 ? 1 : 3);
  return `${stem}${(10 - (sum % 10)) % 10}`;
}

export function buildItemCatalog(random: Random, sizes: ItemSizes): ItemCatalog {
  const unit = (name: string, isUnits: boolean, litres: number | null): UnitOfMeasure => ({ id: guid(random), isHidden: false, readOnly: { isUnits }, version: 1, litres, name });
  const unitsOfMeasure = [unit('Units', true, null), unit('Kilograms', false, null), unit('Litres', false, 1)];
  const vat = (name: string, vatPercentage: number, isDefault: boolean, isExempt: boolean): VatCode => ({
    id: guid(random),
    isDefault,
    isExempt,
    isExport: false,
    isHidden: false,
    vatPercentage,
    version: 1,
    accountsCodeForPurchases: null,
    accountsCodeForSales: `T${String(vatPercentage === 20 ? 1 : 0)}`,
    name,
  });
  const vatCodes = [vat('Standard 20%', 20, true, false), vat('Zero Rated', 0, false, false), vat('Exempt', 0, false, true)];
  const stockGroups: StockGroup[] = ['Beer', 'Merchandise', 'Raw Materials'].map((name) => ({ ...named(random, name), restrictedStock: name === 'Beer' }));
  const pricingCategories = ['Cask', 'Keg', 'Small Pack', 'Merchandise'].map((name) => named(random, name));
  const productBrands: ProductBrand[] = BRANDS.slice(0, Math.max(1, Math.min(sizes.brands, MAX_BRANDS))).map(([name, style]) => ({
    allowSales: true,
    id: guid(random),
    isHidden: false,
    version: 1,
    imageId: null,
    ingredientsAndAllergens: 'Water, malted barley (gluten), hops, yeast.',
    name,
    notes: null,
    tastingNotes: `${name} ${style}`,
  }));
  const refs: ItemRefs = {
    salesGlCodeId: guid(random),
    purchaseGlCodeId: guid(random),
    tenantSupplierId: guid(random),
    maltsterSupplierId: guid(random),
    packageTypeIds: new Map([...PACKAGES, MERCHANDISE].map((pkg) => [pkg.name, guid(random)])),
  };
  const [units, kilograms] = unitsOfMeasure as [UnitOfMeasure, UnitOfMeasure, UnitOfMeasure];
  const [beerGroup, merchGroup, materialGroup] = stockGroups as [StockGroup, StockGroup, StockGroup];
  const standardVat = (vatCodes[0] as VatCode).id;
  const category = (name: string): string | null => pricingCategories.find((entry) => entry.name === name)?.id ?? null;

  const base = (id: string, mainPurpose: ItemMainPurpose, code: string, name: string, unitOfMeasureId: string, costPrice: number): EntireItem => ({
    alcoholDuty: {
      abv: 0,
      alcoholType: 'None',
      dutiableLitres: 0,
      germanBeerDutyProductType: 'None',
      isBrewedForPersonalUse: false,
      spiritDutyExemptionReason: 'None',
      germanBeerMixedProductPercentageA: null,
      manufacturerId: null,
      plato: null,
    },
    details: {
      behaviours: { isInvoiceable: true, isPhysical: true, isPricedByPriceLists: true, isPurchasable: false, isStockTracked: true },
      costPrice,
      id,
      isHidden: false,
      mainPurpose,
      unitOfMeasureId,
      version: 1,
      code,
      name,
      notes: null,
    },
    externalCodes: { beerflexCode: null, eanBarcodeNumber: null, exportCommodityCode: null },
    flatPricing: { flatSalesPrice: 0, isFlatSalesPriceGross: false },
    invoicing: { allowSales: true, deliveryBatchTracked: false, salesGlCodeId: refs.salesGlCodeId, countryOfOrigin: 'GB', pricingCategoryId: null, productBrandId: null },
    labelling: { labelUsesBrandIngredientsAndAllergens: true, labelUsesBrandTastingNotes: true, labelIngredientsAndAllergens: null, labelTastingNotes: null },
    packaging: { rackToOrder: false, weightKg: 0, exportWeight: null, netWeightKg: null, packageTypeId: null },
    purchasing: { leadTimeDays: 0, supplierId: refs.tenantSupplierId, purchaseGlCodeId: null, purchasePackSize: null, purchasePrice: null, supplierPartNo: null },
    stock: { isBatchTracked: true, isPerishable: true, stockGroupId: beerGroup.id },
    vat: { vatCodeId: standardVat },
  });

  const items: EntireItem[] = [];
  const packages = new Map<string, Package>();
  const codes = new Set<string>();
  const unique = (code: string): string => {
    let candidate = code;
    for (let n = 2; codes.has(candidate); n++) candidate = `${code}${String(n)}`;
    codes.add(candidate);
    return candidate;
  };

  for (let index = 0; index < sizes.products; index++) {
    const id = guid(random);
    const isMerch = index === sizes.products - 1 && sizes.products >= 3;
    const brandIndex = index % productBrands.length;
    const brand = productBrands[brandIndex] as ProductBrand;
    const [brandName, style, abv] = BRANDS[brandIndex] ?? BRANDS[0];
    const pkg = isMerch ? MERCHANDISE : (PACKAGES[Math.floor(index / productBrands.length) % PACKAGES.length] as Package);
    const code = unique(isMerch ? 'PluckBreweryTShirt' : `${brandName}${pkg.codeSuffix}`);
    const name = isMerch ? 'Plucky Brewery T-Shirt' : `${brandName} ${style} ${pkg.name}`;
    const item = base(id, 'Product', code, name, units.id, round(pkg.price * (0.35 + random() * 0.1)));
    item.invoicing.productBrandId = isMerch ? null : brand.id;
    item.invoicing.pricingCategoryId = category(pkg.pricingCategory);
    item.packaging = { ...item.packaging, weightKg: pkg.weightKg, packageTypeId: refs.packageTypeIds.get(pkg.name) ?? null };
    if (isMerch) {
      item.stock = { isBatchTracked: false, isPerishable: false, stockGroupId: merchGroup.id };
    } else {
      item.alcoholDuty = { ...item.alcoholDuty, abv, alcoholType: 'Beer', dutiableLitres: pkg.litres, manufacturerId: refs.tenantSupplierId };
      item.externalCodes.exportCommodityCode = '22030001';
    }
    if (!pkg.draught) item.externalCodes.eanBarcodeNumber = ean13(`50${String(intBetween(random, 1_000_000_000, 9_999_999_999))}`);
    // One discontinued product: hidden, no longer for sale (still in stock lists and old orders).
    if (index === 3 && sizes.products > 4) {
      item.details.isHidden = true;
      item.invoicing.allowSales = false;
      item.details.notes = 'Discontinued';
    }
    items.push(item);
    packages.set(id, pkg);
  }

  for (const [code, name, unitName] of MATERIALS.slice(0, Math.max(0, Math.min(sizes.materials, MAX_MATERIALS)))) {
    const item = base(guid(random), 'Material', unique(code), name, unitName === 'kg' ? kilograms.id : units.id, round(1 + random() * 8));
    item.details.behaviours = { isInvoiceable: false, isPhysical: true, isPricedByPriceLists: false, isPurchasable: true, isStockTracked: true };
    item.purchasing = { leadTimeDays: 7, supplierId: refs.maltsterSupplierId, purchaseGlCodeId: refs.purchaseGlCodeId, purchasePackSize: 25, purchasePrice: round(item.details.costPrice * 25), supplierPartNo: code.toUpperCase() };
    item.stock = { isBatchTracked: true, isPerishable: unitName === 'kg', stockGroupId: materialGroup.id };
    items.push(item);
  }

  // Invoiceable but neither physical nor stock tracked, priced flat: it appears on order lines only.
  const delivery = base(guid(random), 'DeliveryService', unique('Delivery'), 'Delivery Charge', units.id, 0);
  delivery.details.behaviours = { isInvoiceable: true, isPhysical: false, isPricedByPriceLists: false, isPurchasable: false, isStockTracked: false };
  delivery.flatPricing = { flatSalesPrice: 12.5, isFlatSalesPriceGross: false };
  delivery.stock = { isBatchTracked: false, isPerishable: false, stockGroupId: merchGroup.id };
  items.push(delivery);

  return { unitsOfMeasure, vatCodes, stockGroups, pricingCategories, productBrands, items, packages, itemRefs: refs };
}
