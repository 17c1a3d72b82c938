import { type CapabilityDefinition, type FieldDefinition, READ_MODES } from '../connector-metadata.js';
import { capability, integerField, textField } from '../metadata-builders.js';
import { WAREHOUSE_COLUMNS } from './warehouse-columns.js';
import { capabilitySetting, DEFAULT_PAGE_ROWS } from './warehouse-settings.js';

/**
 * Warehouse sources (BigQuery, Redshift) can hold every data type: each capability
 * is read from a table or view the customer names, in Tether's column contract.
 */
export function warehouseCapabilities(container: 'dataset' | 'schema'): CapabilityDefinition[] {
  return withColumns([
    capability('sales_orders', `Order lines from a table or view in your ${container}`),
    capability('sales_history', 'Aggregated sales per SKU, channel and period'),
    capability('pending_sales', 'Open orders not yet fulfilled'),
    capability('warehouse_inventory', 'Stock levels per SKU and location'),
    capability('products', 'SKUs with their external ids'),
    capability('channels', 'Sales channels with their external ids'),
    capability('pricing', 'Prices per SKU, channel and currency'),
    capability('forecast_versions', 'Named forecast versions'),
    capability('sales_forecast', 'Forecast quantities per version, SKU, channel and period'),
  ]);
}

/** Each capability with its table's column contract, served in the catalog. */
const withColumns = (capabilities: CapabilityDefinition[]): CapabilityDefinition[] => capabilities.map((c) => ({ ...c, columns: WAREHOUSE_COLUMNS[c.key] }));

/**
 * Per capability, the table setting (required only when that capability is synced) and its
 * read mode (incremental or snapshot; unset, the contract's default).
 */
export function warehouseTableSettings(capabilities: CapabilityDefinition[], identifierPattern: string): FieldDefinition[] {
  return [
    integerField('pageSize', 'Rows per query', {
      required: false,
      default: DEFAULT_PAGE_ROWS,
      minimum: 1,
      maximum: 50_000,
      description: 'How many rows each query reads (keyset pages ordered by updated_at and the key)',
    }),
    ...capabilities.flatMap(({ key, displayName, columns }) => [
    textField(capabilitySetting(key, 'Table'), `${displayName} table`, {
      required: false,
      requiredFor: [key],
      description: `Table or view holding ${displayName.toLowerCase()} in the documented column contract`,
      placeholder: key,
      pattern: identifierPattern,
      patternDescription: 'a table name: letters, digits and underscores, not starting with a digit',
    }),
    // No stored default: unset means the contract's default mode (so only chosen modes are stored).
    textField(capabilitySetting(key, 'Mode'), `${displayName} read mode`, {
      required: false,
      description: `incremental: the rows changed since the last sync, by updated_at; snapshot: the whole table each sync, replacing what was stored (rows deleted upstream go too). Unset: ${columns?.defaultMode ?? 'incremental'}`,
      pattern: `^(${READ_MODES.join('|')})$`,
      patternDescription: `one of ${READ_MODES.join(', ')}`,
    }),
    ]),
  ];
}
