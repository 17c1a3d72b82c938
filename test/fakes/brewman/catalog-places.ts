import { type ItemCatalog } from './catalog-items.js';
import { type DistributionType } from './orders-model.js';
import { guid, intBetween, type Random, round } from './random.js';
import { OUTLET_ID_FIELDS, OUTLET_TEXT_FIELDS, type Outlet, type PriceList, type PriceListLine, type StockLocation } from './reference-model.js';

/** Stock locations, price lists with their lines, outlets (the channels) and the opening stock. */

const LOCATIONS = [
  ['Brewery Warehouse', true],
  ['Duty Paid Store', false],
  ['Brewery Shop', false],
  ['Off-site Store', false],
  ['Third Party Warehouse', true],
] as const;

/** name, gross pricing, automatic discounts, price factor on the base trade price. */
const PRICE_LISTS = [
  ['Trade', false, true, 1],
  ['Retail', true, false, 1.8],
  ['Wholesale', false, true, 0.85],
  ['Export', false, false, 0.8],
] as const;

const PUBS = [
  'The Red Lion',
  'The Crown',
  'The Kings Arms',
  'The Plough',
  'The White Hart',
  'The Royal Oak',
  'The Swan',
  'The Bell',
  'The Fox and Hounds',
  'The Ship',
  'The George',
  'The Wheatsheaf',
  'The Railway',
  'The Anchor',
  'The Coach and Horses',
  'The Black Horse',
];
const TOWNS = ['Southampton', 'Winchester', 'Salisbury', 'Romsey', 'Andover', 'Eastleigh', 'Fareham', 'Ringwood'];

export const MAX_STOCK_LOCATIONS = LOCATIONS.length;
export const MAX_PRICE_LISTS = PRICE_LISTS.length;

/** Ids outlets and orders carry that the fake serves no route for. */
export interface PlaceRefs {
  outletRatingId: string;
  pubTypeId: string;
  shopTypeId: string;
  wholesalerTypeId: string;
  salesAreaId: string;
  deliveryAreaId: string;
  courierId: string;
  pubGroupId: string;
  creditTermsId: string;
}

export interface PlaceCatalog {
  stockLocations: StockLocation[];
  priceLists: PriceList[];
  priceListLines: PriceListLine[];
  outlets: Outlet[];
  /** Quantity in stock per `itemId|locationId`. */
  stock: Map<string, number>;
  placeRefs: PlaceRefs;
}

export interface PlaceSizes {
  stockLocations: number;
  priceLists: number;
  outlets: number;
}

export const stockKey = (stockItemId: string, stockLocationId: string): string => `${stockItemId}|${stockLocationId}`;

function location(random: Random, name: string, isBonded: boolean, isDefault: boolean): StockLocation {
  return {
    id: guid(random),
    isBonded,
    isDefault,
    isHidden: false,
    version: 1,
    addressLine1: `${String(intBetween(random, 1, 40))} Brewery Lane`,
    addressLine2: null,
    addressLine3: 'Southampton',
    addressLine4: null,
    addressLine5: 'Hampshire',
    addressLine6: 'United Kingdom',
    contactName: null,
    emailAddress: null,
    name,
    phoneNumber: null,
    postcode: `SO${String(intBetween(random, 14, 53))} ${String(intBetween(random, 1, 9))}AB`,
    warehouseTaxCode: isBonded ? `GBWK${String(intBetween(random, 100_000_000, 999_999_999))}` : null,
  };
}

/** A six-letter outlet code from the name (the vendor's examples: `G4UBLA`, `BREWSHOP`). */
function outletCode(name: string, taken: Set<string>): string {
  const letters = name.replace(/^The /, '').replace(/[^A-Za-z]/g, '').toUpperCase();
  let code = letters.slice(0, 6).padEnd(6, 'X');
  for (let n = 1; taken.has(code); n++) code = `${letters.slice(0, 5)}${String(n)}`;
  taken.add(code);
  return code;
}

interface OutletSpec {
  name: string;
  code: string;
  isRetail: boolean;
  isHidden: boolean;
  priceListId: string;
  stockLocationId: string;
  distributionType: DistributionType;
  outletTypeId: string;
  groupId: string | null;
}

function outlet(random: Random, spec: OutletSpec, refs: PlaceRefs, vatCodeId: string): Outlet {
  const text = Object.fromEntries(OUTLET_TEXT_FIELDS.map((field) => [field, null])) as Record<(typeof OUTLET_TEXT_FIELDS)[number], string | null>;
  const ids = Object.fromEntries(OUTLET_ID_FIELDS.map((field) => [field, null])) as Record<(typeof OUTLET_ID_FIELDS)[number], string | null>;
  const town = TOWNS[intBetween(random, 0, TOWNS.length - 1)] ?? 'Southampton';
  const slug = spec.code.toLowerCase();
  return {
    ...text,
    ...ids,
    accountsDepartmentNumber: 1,
    applicationFormReturned: true,
    creditTermsSet: !spec.isRetail,
    despatchNoteCopiesToPrint: 1,
    distributionType: spec.distributionType,
    emailDocumentGrouping: 'SingleDocumentPerEmail',
    emailInvoices: !spec.isRetail,
    exportingIncotermCode: 'None',
    germanBeerDutyMovementType: 'None',
    hasDefaultDeliveryAddress: false,
    hasDefaultInvoiceAddress: false,
    id: guid(random),
    invoiceCopiesToPrint: 1,
    isHidden: spec.isHidden,
    outletRatingId: refs.outletRatingId,
    priceListId: spec.priceListId,
    readOnly: {
      isRetail: spec.isRetail,
      code: spec.code,
      defaultDeliveryLatitude: null,
      defaultDeliveryLongitude: null,
      mainLatitude: round(50.8 + random() * 0.4, 6),
      mainLongitude: round(-1.6 + random() * 0.5, 6),
    },
    standardOrderType: 'FullPriceDutyPaid',
    stockLocationId: spec.stockLocationId,
    stopMinutes: spec.distributionType === 'Delivery' ? 15 : 0,
    vatCodeId,
    version: 1,
    creditLimit: spec.isRetail ? null : 2000,
    businessName: spec.name,
    displayName: spec.isHidden ? `${spec.name} (closed)` : spec.name,
    countryCode: 'GB',
    mainAddressLine1: `${String(intBetween(random, 1, 120))} High Street`,
    mainAddressLine3: town,
    mainAddressLine5: 'Hampshire',
    mainAddressLine6: 'United Kingdom',
    mainAddressPostcode: `SO${String(intBetween(random, 14, 53))} ${String(intBetween(random, 1, 9))}XY`,
    emailAddress: spec.isRetail ? null : `orders@${slug}.example`,
    telephoneNumber: `023 80${String(intBetween(random, 100_000, 999_999))}`,
    courierId: spec.distributionType === 'Courier' ? refs.courierId : null,
    creditTermsId: spec.isRetail ? null : refs.creditTermsId,
    deliveryAreaId: spec.distributionType === 'Delivery' ? refs.deliveryAreaId : null,
    groupId: spec.groupId,
    outletTypeId: spec.outletTypeId,
    salesAreaId: refs.salesAreaId,
  };
}

export function buildPlaceCatalog(random: Random, sizes: PlaceSizes, items: ItemCatalog): PlaceCatalog {
  const refs: PlaceRefs = {
    outletRatingId: guid(random),
    pubTypeId: guid(random),
    shopTypeId: guid(random),
    wholesalerTypeId: guid(random),
    salesAreaId: guid(random),
    deliveryAreaId: guid(random),
    courierId: guid(random),
    pubGroupId: guid(random),
    creditTermsId: guid(random),
  };
  const stockLocations = LOCATIONS.slice(0, Math.max(1, Math.min(sizes.stockLocations, MAX_STOCK_LOCATIONS))).map(([name, bonded], index) =>
    location(random, name, bonded, index === 0),
  );
  const priceLists: PriceList[] = PRICE_LISTS.slice(0, Math.max(1, Math.min(sizes.priceLists, MAX_PRICE_LISTS))).map(([name, gross, discounts]) => ({
    allowsAutomaticDiscounts: discounts,
    id: guid(random),
    isHidden: false,
    usesGrossPricing: gross,
    version: 1,
    name,
    notes: gross ? 'Prices include VAT' : null,
  }));

  const priceListLines: PriceListLine[] = [];
  priceLists.forEach((list, listIndex) => {
    const factor = PRICE_LISTS[listIndex]?.[3] ?? 1;
    for (const item of items.items) {
      const pkg = items.packages.get(item.details.id);
      if (pkg === undefined) continue; // materials and the delivery service are not on price lists
      const price = round(pkg.price * factor * (0.9 + random() * 0.2));
      const hasPrevious = random() < 0.3;
      const hasPlanned = random() < 0.15;
      priceListLines.push({
        isAvailable: !item.details.isHidden && !(list.usesGrossPricing && pkg.draught),
        priceListId: list.id,
        stockItemId: item.details.id,
        currentListPrice: price,
        plannedListPrice: hasPlanned ? round(price * 1.05) : null,
        previousListPrice: hasPrevious ? round(price * 0.95) : null,
      });
    }
  });

  const vatCodeId = items.vatCodes[0]?.id ?? '';
  const [main, , shopLocation] = stockLocations;
  const mainId = main?.id ?? '';
  const trade = priceLists[0]?.id ?? '';
  const retail = priceLists[1]?.id ?? trade;
  const wholesale = priceLists[2]?.id ?? trade;
  const codes = new Set<string>(['BREWSHOP']);
  const outlets: Outlet[] = [];
  const count = Math.max(1, sizes.outlets);
  for (let index = 0; index < count; index++) {
    if (index === 0) {
      outlets.push(
        outlet(random, { name: 'Brewery Shop', code: 'BREWSHOP', isRetail: true, isHidden: false, priceListId: retail, stockLocationId: shopLocation?.id ?? mainId, distributionType: 'Collection', outletTypeId: refs.shopTypeId, groupId: null }, refs, vatCodeId),
      );
      continue;
    }
    const isWholesaler = index === 2;
    const name = isWholesaler ? 'Northern Beer Distributors' : (PUBS[(index - 1) % PUBS.length] ?? 'The Inn') + (index > PUBS.length ? ` ${String(Math.ceil(index / PUBS.length))}` : '');
    outlets.push(
      outlet(
        random,
        {
          name,
          code: outletCode(name, codes),
          isRetail: false,
          // The last outlet has closed: hidden, its orders all in the past.
          isHidden: index === count - 1 && count >= 4,
          priceListId: isWholesaler ? wholesale : trade,
          stockLocationId: mainId,
          distributionType: index % 5 === 4 ? 'Courier' : 'Delivery',
          outletTypeId: isWholesaler ? refs.wholesalerTypeId : refs.pubTypeId,
          groupId: index % 3 === 1 ? refs.pubGroupId : null,
        },
        refs,
        vatCodeId,
      ),
    );
  }

  const stock = new Map<string, number>();
  for (const item of items.items) {
    if (!item.details.behaviours.isStockTracked) continue;
    const pkg = items.packages.get(item.details.id);
    stockLocations.forEach((place, index) => {
      const here = index === 0 ? random() < 0.95 : random() < (pkg?.draught === true && place.name === 'Brewery Shop' ? 0 : 0.5);
      if (!here) return;
      const quantity = pkg === undefined ? round(20 + random() * 1500, 1) : intBetween(random, 1, pkg.draught ? 60 : 400);
      stock.set(stockKey(item.details.id, place.id), quantity);
    });
  }
  return { stockLocations, priceLists, priceListLines, outlets, stock, placeRefs: refs };
}
