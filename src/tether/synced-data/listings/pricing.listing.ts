import type { PriceDto, PricingQueryDto } from '../dto/price.dto.js';
import { calendarDate, decimal, defineListing } from '../reader/listing.js';
import { CHANNEL, SKU } from '../reader/references.js';

/** Latest validFrom first, then by SKU code, price list, currency and integration. */
export const PRICING = defineListing<PricingQueryDto, PriceDto>()({
  table: 'pricing',
  // A channel only for channels' own price lists: null id and code otherwise.
  references: [SKU, CHANNEL],
  columns: {
    priceList: 'r.price_list',
    currency: 'r.currency',
    amount: decimal('r.amount'),
    validFrom: calendarDate('r.valid_from'),
    validTo: calendarDate('r.valid_to'),
  },
  date: 'r.valid_from',
  order: ['r.valid_from DESC', 'sku.code', 'r.price_list', 'r.currency', 'r.integration_id', 'r.sku_id'],
});
