/**
 * Items as the Web API sends them (`EntireItem` and its parts in the vendor's types.ts).
 * An item *is* a stock item: `details.id` is the `stockItemId` that order lines, stock
 * levels and price list lines name. Optional properties are sent as null (ASP.NET's default).
 */

export const ITEM_MAIN_PURPOSES = ['Unknown', 'Material', 'Product', 'DeliveryService', 'BottleDepositCharge', 'BottleDepositRedemption', 'AutoAssembledItem', 'PoDeliveryService'] as const;
export type ItemMainPurpose = (typeof ITEM_MAIN_PURPOSES)[number];

export const ALCOHOL_TYPES = ['None', 'Beer', 'StillCiderPerry', 'SparklingCiderPerry', 'StillWine', 'SparklingWine', 'Spirits', 'ScotchWhisky', 'IrishWhiskey', 'TraditionalAfricanBeerFromMalt', 'BeerFromMalt', 'TraditionalAfricanBeerNotFromMalt', 'BeerNotFromMalt', 'Brandy', 'SpiritsFromGrape', 'Whisky', 'RumAndSugarSpirits', 'Gin', 'Vodka', 'Other'] as const;
export type AlcoholType = (typeof ALCOHOL_TYPES)[number];

export interface Behaviours {
  isInvoiceable: boolean;
  isPhysical: boolean;
  isPricedByPriceLists: boolean;
  isPurchasable: boolean;
  isStockTracked: boolean;
}

export interface Details {
  behaviours: Behaviours;
  costPrice: number;
  id: string;
  isHidden: boolean;
  mainPurpose: ItemMainPurpose;
  unitOfMeasureId: string;
  version: number;
  code: string | null;
  name: string | null;
  notes: string | null;
}

export interface AlcoholDuty {
  abv: number;
  alcoholType: AlcoholType;
  dutiableLitres: number;
  germanBeerDutyProductType: 'None';
  isBrewedForPersonalUse: boolean;
  spiritDutyExemptionReason: 'None';
  germanBeerMixedProductPercentageA: number | null;
  manufacturerId: string | null;
  plato: number | null;
}

export interface ExternalCodes {
  beerflexCode: string | null;
  eanBarcodeNumber: string | null;
  exportCommodityCode: string | null;
}

export interface FlatPricing {
  flatSalesPrice: number;
  isFlatSalesPriceGross: boolean;
}

export interface Invoicing {
  allowSales: boolean;
  deliveryBatchTracked: boolean;
  salesGlCodeId: string;
  countryOfOrigin: string | null;
  pricingCategoryId: string | null;
  productBrandId: string | null;
}

export interface Labelling {
  labelUsesBrandIngredientsAndAllergens: boolean;
  labelUsesBrandTastingNotes: boolean;
  labelIngredientsAndAllergens: string | null;
  labelTastingNotes: string | null;
}

export interface Packaging {
  rackToOrder: boolean;
  weightKg: number;
  exportWeight: number | null;
  netWeightKg: number | null;
  packageTypeId: string | null;
}

export interface Purchasing {
  leadTimeDays: number;
  supplierId: string;
  purchaseGlCodeId: string | null;
  purchasePackSize: number | null;
  purchasePrice: number | null;
  supplierPartNo: string | null;
}

export interface EntireItem {
  alcoholDuty: AlcoholDuty;
  details: Details;
  externalCodes: ExternalCodes;
  flatPricing: FlatPricing;
  invoicing: Invoicing;
  labelling: Labelling;
  packaging: Packaging;
  purchasing: Purchasing;
  stock: { isBatchTracked: boolean; isPerishable: boolean; stockGroupId: string };
  vat: { vatCodeId: string };
}

/** `Item` of the later API snapshot (Item/v1/GetItemsByFilter): the EntireItem with its id on top. */
export type Item = EntireItem & { id: string; autoAssemblyBom: null };

export const asItem = (item: EntireItem): Item => ({ ...item, id: item.details.id, autoAssemblyBom: null });
