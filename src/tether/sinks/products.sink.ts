import type { ProductRecord } from '../../sync-contract/records/product.record.js';
import { CatalogSink } from './catalog-sink.js';

export const productsSink = new CatalogSink<ProductRecord>({
  capability: 'products',
  table: 'skus',
  externalIdTable: 'sku_external_ids',
  idColumn: 'sku_id',
  codeField: 'sku',
  attributes: ['name', 'barcode'],
  values: (r) => ({ externalId: r.externalId, code: r.sku, attributes: [r.name, r.barcode] }),
});
