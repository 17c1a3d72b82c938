/**
 * Orders as the Web API sends them (`Order`, `OrderHeader`, `OrderHeaderReadOnly`,
 * `OrderLine` in the vendor's types.ts). Optional properties are sent as null.
 */

export const ORDER_STATUSES = ['None', 'Open', 'Complete', 'Historic', 'Cancelled', 'Posting'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_SOURCES = ['None', 'BrewMan', 'WooCommerce', 'Shopify', 'Sellar', 'Zettle', 'Other', 'EposNow', 'Beerflex', 'Square'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

export const DISTRIBUTION_TYPES = ['None', 'Delivery', 'Courier', 'Collection'] as const;
export type DistributionType = (typeof DISTRIBUTION_TYPES)[number];

export const DISCOUNT_BASES = ['None', 'Percent', 'CurrencyPerUnit', 'CurrencyPerBarrel'] as const;
export type DiscountBasis = (typeof DISCOUNT_BASES)[number];

export interface OrderHeaderReadOnly {
  createdByUserId: string;
  hasStockBeenAdjusted: boolean;
  isRetailOrder: boolean;
  orderSource: OrderSource;
  outletId: string;
  status: OrderStatus;
  totalApproximateDutyCostOfSale: number;
  totalCostNet: number;
  totalNetPrice: number;
  totalVat: number;
  cancellationReason: string | null;
  cancelledAt: string | null;
  cancelledByUserId: string | null;
  createdAt: string;
  currentPostingError: string | null;
  deliveryLatitude: number | null;
  deliveryLongitude: number | null;
  externalReference: string | null;
  groupId: string | null;
  invoiceNumber: string | null;
  lastUpdatedAt: string;
  orderNumber: string;
}

/** The header's address and note fields, all optional strings, copied from the outlet. */
export const HEADER_TEXT_FIELDS = [
  'creditTermsDescription',
  'customerReference',
  'deliveryAddress1',
  'deliveryAddress2',
  'deliveryAddress3',
  'deliveryAddress4',
  'deliveryAddress5',
  'deliveryAddress6',
  'deliveryAddressBusiness',
  'deliveryEmailAddress',
  'deliveryPostcode',
  'deliveryRecipient',
  'deliveryTelephoneNumber',
  'externalDispatchNotes',
  'internalDispatchNotes',
  'invoiceAddress1',
  'invoiceAddress2',
  'invoiceAddress3',
  'invoiceAddress4',
  'invoiceAddress5',
  'invoiceAddress6',
  'invoiceAddressBusiness',
  'invoiceEmailAddress',
  'invoicePostcode',
  'invoiceRecipient',
  'ourReference',
  'salesOrderNotes',
  'trackingReference',
] as const;
export type HeaderTextField = (typeof HEADER_TEXT_FIELDS)[number];

export type OrderHeader = {
  distributionType: DistributionType;
  germanBeerDutyMovementType: 'None';
  invoiceSent: boolean;
  orderId: string;
  outletRatingId: string;
  priceListId: string;
  readOnly: OrderHeaderReadOnly;
  retailPaymentMethod: 'None' | 'DebitCreditCard' | 'Other' | 'Cash';
  standardOrderType: 'FullPriceDutyPaid';
  stopMinutes: number;
  vatCodeId: string;
  version: number;
  collectionTimeId: string | null;
  courierId: string | null;
  deliveryAreaId: string | null;
  /** A day, `YYYY-MM-DD` (see README: not confirmed). */
  deliveryDate: string | null;
  deliveryTimeEnd: string | null;
  deliveryTimeStart: string | null;
  despatchDate: string | null;
  dutyReturnDateOverride: string | null;
  outletTypeId: string | null;
  salesAreaId: string | null;
  salesCodeId: string | null;
} & Record<HeaderTextField, string | null>;

export interface OrderLine {
  abv: number;
  alcoholType: string;
  discountBasis: DiscountBasis;
  discountLevel: number;
  germanBeerDutyProductType: 'None';
  glCodeId: string;
  id: string;
  isBrewedForPersonalUse: boolean;
  isDesignedForPump: boolean;
  isDiscountAutomatic: boolean;
  lineCostNetPrice: number;
  lineNetPrice: number;
  lineVat: number;
  orderId: string;
  quantity: number;
  readOnly: { approximateDutyCostOfSale: number };
  sequence: number;
  spiritDutyExemptionReason: 'None';
  stockItemId: string;
  stockLocationId: string;
  unitCostNetPrice: number;
  unitDutiableLitres: number;
  unitListNetPrice: number;
  unitLitres: number;
  unitNetPrice: number;
  unitOfMeasureId: string;
  unitWeight: number;
  vatCodeId: string;
  vatPercentage: number;
  bogofId: string | null;
  finalUnitLitres: number | null;
  germanBeerMixedProductPercentageA: number | null;
  manufacturerId: string | null;
  plato: number | null;
  pricingCategoryId: string | null;
  productBrandId: string | null;
  productCode: string | null;
  productName: string | null;
  unitListGrossPriceForRounding: number | null;
}

export interface Order {
  header: OrderHeader;
  id: string;
  lines: OrderLine[];
}
