import type { Capability } from '../../sync-contract/capability.js';
import type { ColumnContract, ColumnDefinition, ColumnType } from '../connector-metadata.js';

/*
 * What a warehouse table or view must hold for each capability, in Tether's column
 * contract (BigQuery and Redshift alike): the columns, their types, which are required,
 * the natural key, and `updated_at`, which with the key orders incremental reads. Ids are
 * the source's own external ids; decimals are exact (NUMERIC / DECIMAL, never FLOAT);
 * timestamps are instants (a Redshift `timestamp` without time zone is read as UTC).
 */

const column = (name: string, type: ColumnType, required: boolean, description: string): ColumnDefinition => ({ name, type, required, description });
const must = (name: string, type: ColumnType, description: string): ColumnDefinition => column(name, type, true, description);
const may = (name: string, type: ColumnType, description: string): ColumnDefinition => column(name, type, false, description);

const UPDATED_AT = must('updated_at', 'timestamp', 'When the row last changed: incremental reads take the rows changed since the last sync');
const CHANNEL = may('channel_id', 'string', "The channel's external id; empty: the integration's default channel");
const CURRENCY = must('currency', 'string', 'ISO 4217 code, e.g. USD');

export const WAREHOUSE_COLUMNS: Readonly<Record<Capability, ColumnContract>> = {
  sales_orders: {
    columns: [
      must('order_id', 'string', "The order's external id; the lines of one order share it"),
      must('line_id', 'string', "The line's external id, unique within its order"),
      must('sku_id', 'string', "The product's external id (as in the products table)"),
      CHANNEL,
      may('order_number', 'string', 'The number shown to customers, e.g. #1001'),
      must('status', 'string', 'The payment state, e.g. paid, partially_refunded, refunded, voided'),
      may('counts_as_sale', 'boolean', 'Whether the order counts as a sale; empty: true'),
      must('ordered_at', 'timestamp', 'When the order was placed'),
      may('cancelled_at', 'timestamp', 'When it was cancelled, if it was'),
      CURRENCY,
      must('quantity', 'decimal', 'Units still sold on the line (ordered less refunded; 0 if the order does not count)'),
      may('ordered_quantity', 'decimal', 'Units ordered on the line'),
      must('unit_price', 'decimal', "One unit's price after discounts"),
      must('order_total', 'decimal', "The order's current total (the same on each of its lines)"),
      may('refunded_amount', 'decimal', 'Refunded from the order so far (the same on each of its lines)'),
      // An order is written whole: its lines must sort together, so they share one updated_at.
      must('updated_at', 'timestamp', 'When the order or any of its lines last changed: the same on every line of the order'),
    ],
    key: ['order_id', 'line_id'],
    defaultMode: 'incremental',
  },
  sales_history: {
    columns: [
      must('sku_id', 'string', "The product's external id"),
      CHANNEL,
      must('period_start', 'date', 'First day of the period'),
      must('period_length', 'string', 'day, week or month'),
      must('quantity', 'decimal', 'Units sold in the period'),
      must('revenue', 'decimal', 'Revenue of the period'),
      CURRENCY,
      UPDATED_AT,
    ],
    key: ['sku_id', 'channel_id', 'period_start', 'period_length'],
    defaultMode: 'incremental',
  },
  pending_sales: {
    columns: [
      must('order_id', 'string', "The open order's external id"),
      must('line_id', 'string', "The line's external id"),
      must('sku_id', 'string', "The product's external id"),
      CHANNEL,
      must('ordered_at', 'timestamp', 'When the order was placed'),
      must('quantity', 'decimal', 'Units awaiting fulfilment'),
      must('amount', 'decimal', "The line's amount"),
      CURRENCY,
      UPDATED_AT,
    ],
    key: ['order_id', 'line_id'],
    defaultMode: 'snapshot',
  },
  warehouse_inventory: {
    columns: [
      must('sku_id', 'string', "The product's external id"),
      must('location', 'string', 'The warehouse or location code'),
      must('on_hand', 'decimal', 'Units on hand'),
      must('committed', 'decimal', 'Units committed to orders'),
      must('available', 'decimal', 'Units available to sell'),
      must('as_of', 'timestamp', 'When the levels were counted'),
      UPDATED_AT,
    ],
    key: ['sku_id', 'location'],
    defaultMode: 'snapshot',
  },
  products: {
    columns: [
      must('product_id', 'string', "The product's external id (what other tables' sku_id name)"),
      may('sku', 'string', 'The SKU code'),
      must('name', 'string', 'The product name'),
      may('barcode', 'string', 'EAN/UPC barcode'),
      UPDATED_AT,
    ],
    key: ['product_id'],
    defaultMode: 'incremental',
  },
  channels: {
    columns: [
      must('channel_id', 'string', "The channel's external id (what other tables' channel_id name)"),
      must('code', 'string', 'A short code, e.g. WEB'),
      must('name', 'string', 'The channel name'),
      UPDATED_AT,
    ],
    key: ['channel_id'],
    defaultMode: 'snapshot',
  },
  pricing: {
    columns: [
      must('sku_id', 'string', "The product's external id"),
      must('price_list', 'string', 'The price list, e.g. retail or trade'),
      CHANNEL,
      CURRENCY,
      must('amount', 'decimal', 'The price of one unit'),
      may('valid_from', 'date', 'First day the price applies'),
      may('valid_to', 'date', 'Last day the price applies'),
      UPDATED_AT,
    ],
    key: ['sku_id', 'price_list', 'channel_id', 'currency'],
    defaultMode: 'snapshot',
  },
  forecast_versions: {
    columns: [
      must('version_id', 'string', "The forecast version's external id"),
      must('name', 'string', 'The version name, e.g. Baseline 2027'),
      may('created_at', 'timestamp', 'When the version was made'),
      UPDATED_AT,
    ],
    key: ['version_id'],
    defaultMode: 'snapshot',
  },
  sales_forecast: {
    columns: [
      must('version_id', 'string', "The forecast version's external id"),
      must('sku_id', 'string', "The product's external id"),
      CHANNEL,
      must('period_start', 'date', 'First day of the forecast period'),
      must('quantity', 'decimal', 'Forecast units'),
      UPDATED_AT,
    ],
    key: ['version_id', 'sku_id', 'channel_id', 'period_start'],
    defaultMode: 'incremental',
  },
};
