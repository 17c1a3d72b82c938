import { type DistributionType } from './orders-model.js';

/**
 * Outlets, stock locations, stock levels, price lists and the small lists items point at,
 * as the Web API sends them (vendor's types.ts). Optional properties are sent as null.
 */

/** Outlet's optional text properties (addresses, bank and contact details, notes). */
export const OUTLET_TEXT_FIELDS = [
  'bankAccountNumber',
  'bankName',
  'bankSortCode',
  'beerflexCode',
  'bic',
  'businessName',
  'companyRegNumber',
  'countryCode',
  'defaultDeliveryAddressBusiness',
  'defaultDeliveryAddressLine1',
  'defaultDeliveryAddressLine2',
  'defaultDeliveryAddressLine3',
  'defaultDeliveryAddressLine4',
  'defaultDeliveryAddressLine5',
  'defaultDeliveryAddressLine6',
  'defaultDeliveryAddressPostcode',
  'defaultDeliveryEmailAddress',
  'defaultDeliveryRecipient',
  'defaultDeliveryTelephoneNumber',
  'defaultInvoiceAddressBusiness',
  'defaultInvoiceAddressLine1',
  'defaultInvoiceAddressLine2',
  'defaultInvoiceAddressLine3',
  'defaultInvoiceAddressLine4',
  'defaultInvoiceAddressLine5',
  'defaultInvoiceAddressLine6',
  'defaultInvoiceAddressPostcode',
  'defaultInvoiceEmailAddress',
  'defaultInvoiceRecipient',
  'deliveryNoteText',
  'deliveryTimeEnd',
  'deliveryTimeStart',
  'displayName',
  'drayRunNotes',
  'emailAddress',
  'eoriNumber',
  'exportingIncotermPlace',
  'iban',
  'invoiceNotes',
  'mainAddressLine1',
  'mainAddressLine2',
  'mainAddressLine3',
  'mainAddressLine4',
  'mainAddressLine5',
  'mainAddressLine6',
  'mainAddressPostcode',
  'outletGroupCode',
  'reviewDate',
  'salesNotes',
  'telephoneNumber',
  'tradingTerms',
  'vatNumber',
] as const;
export type OutletTextField = (typeof OUTLET_TEXT_FIELDS)[number];

/** Outlet's optional ids. */
export const OUTLET_ID_FIELDS = [
  'courierId',
  'creditTermsId',
  'defaultDespatchNoteTemplateId',
  'defaultInvoiceTemplateId',
  'deliveryAreaId',
  'deliveryServiceId',
  'groupId',
  'outletTypeId',
  'salesAreaId',
  'salesCodeId',
] as const;
export type OutletIdField = (typeof OUTLET_ID_FIELDS)[number];

export interface OutletReadOnly {
  isRetail: boolean;
  code: string | null;
  defaultDeliveryLatitude: number | null;
  defaultDeliveryLongitude: number | null;
  mainLatitude: number | null;
  mainLongitude: number | null;
}

export type Outlet = {
  accountsDepartmentNumber: number;
  applicationFormReturned: boolean;
  creditTermsSet: boolean;
  despatchNoteCopiesToPrint: number;
  distributionType: DistributionType;
  emailDocumentGrouping: 'Unknown' | 'MultipleDocumentsPerAttachment' | 'MultipleSingleDocumentAttachmentsPerEmail' | 'SingleDocumentPerEmail';
  emailInvoices: boolean;
  exportingIncotermCode: 'None';
  germanBeerDutyMovementType: 'None';
  hasDefaultDeliveryAddress: boolean;
  hasDefaultInvoiceAddress: boolean;
  id: string;
  invoiceCopiesToPrint: number;
  isHidden: boolean;
  outletRatingId: string;
  priceListId: string;
  readOnly: OutletReadOnly;
  standardOrderType: 'FullPriceDutyPaid';
  /** The outlet's default stock location. */
  stockLocationId: string;
  stopMinutes: number;
  vatCodeId: string;
  version: number;
  creditLimit: number | null;
} & Record<OutletTextField, string | null> &
  Record<OutletIdField, string | null>;

export interface StockLocation {
  id: string;
  isBonded: boolean;
  isDefault: boolean;
  isHidden: boolean;
  version: number;
  addressLine1: string | null;
  addressLine2: string | null;
  addressLine3: string | null;
  addressLine4: string | null;
  addressLine5: string | null;
  addressLine6: string | null;
  contactName: string | null;
  emailAddress: string | null;
  name: string | null;
  phoneNumber: string | null;
  postcode: string | null;
  warehouseTaxCode: string | null;
}

/** One row of GetStockItemsQuantityCurrentlyInStock: the sum of an item's batches at a location. */
export interface StockItemStockSum {
  quantity: number;
  stockItemId: string;
  stockLocationId: string;
  unitOfMeasureId: string;
}

/** From the later API snapshot (see README): PriceList/v1. */
export interface PriceList {
  allowsAutomaticDiscounts: boolean;
  id: string;
  isHidden: boolean;
  usesGrossPricing: boolean;
  version: number;
  name: string | null;
  notes: string | null;
}

/** From the later API snapshot (see README): PriceList/v1/GetLinesForPriceList. */
export interface PriceListLine {
  isAvailable: boolean;
  priceListId: string;
  stockItemId: string;
  currentListPrice: number | null;
  plannedListPrice: number | null;
  previousListPrice: number | null;
}

export interface ProductBrand {
  allowSales: boolean;
  id: string;
  isHidden: boolean;
  version: number;
  imageId: string | null;
  ingredientsAndAllergens: string | null;
  name: string | null;
  notes: string | null;
  tastingNotes: string | null;
}

export interface UnitOfMeasure {
  id: string;
  isHidden: boolean;
  readOnly: { isUnits: boolean };
  version: number;
  litres: number | null;
  name: string | null;
}

export interface VatCode {
  id: string;
  isDefault: boolean;
  isExempt: boolean;
  isExport: boolean;
  isHidden: boolean;
  vatPercentage: number;
  version: number;
  accountsCodeForPurchases: string | null;
  accountsCodeForSales: string | null;
  name: string | null;
}

/** StockGroup and PricingCategory share this shape (StockGroup adds restrictedStock). */
export interface NamedEntity {
  id: string;
  isHidden: boolean;
  version: number;
  name: string | null;
}

export type StockGroup = NamedEntity & { restrictedStock: boolean };

export interface UserContext {
  tenantGroupId: string;
  user: {
    calculated: { hasApiSecurityToken: boolean; hasGipId: boolean };
    id: string;
    isDisabled: boolean;
    isHidden: boolean;
    readOnly: {
      isEmailVerified: boolean;
      isSupportUser: boolean;
      isSystemUser: boolean;
      tenantGroupId: string;
      invitedAt: string | null;
      lastLogonAt: string | null;
      passwordLastChanged: string | null;
      selectedTenant: string | null;
    };
    userTenantGroupLevel: 'Member' | 'Administrator' | 'SuperAdministrator';
    version: number;
    email: string | null;
    jobTitle: string | null;
    name: string | null;
  };
}
