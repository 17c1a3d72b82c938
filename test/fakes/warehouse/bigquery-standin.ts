import type { Capability } from '../../../src/sync-contract/capability.js';
import type { ColumnType } from '../../../src/connectors/connector-metadata.js';
import { WAREHOUSE_COLUMNS } from '../../../src/connectors/warehouse/warehouse-columns.js';
import type { FakeBigQuery } from '../bigquery/index.js';
import { contractColumns, STANDIN_TABLES, type WarehouseDataset } from './warehouse-dataset.js';

/** How the fake types each contract type. */
const BIGQUERY_TYPES: Record<ColumnType, string> = {
  string: 'STRING',
  decimal: 'NUMERIC',
  integer: 'INT64',
  boolean: 'BOOL',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
};


/**
 * The dataset's contract tables in a fake BigQuery dataset (sales orders as a view, as a
 * customer would build it), plus a table of the wrong shape; `load` makes them hold the
 * dataset's rows again after it changed.
 */
export class BigQueryStandIn {
  constructor(
    private readonly fake: FakeBigQuery,
    readonly projectId: string,
    readonly datasetId: string,
  ) {
    for (const capability of Object.keys(STANDIN_TABLES) as Capability[]) {
      const fields = contractColumns(capability).map((c) => ({ name: c.name, type: BIGQUERY_TYPES[c.type] }));
      const view = capability === 'sales_orders' ? { type: 'VIEW' as const, viewQuery: 'SELECT o.*, l.* EXCEPT (order_id) FROM erp.orders o JOIN erp.lines l USING (order_id)' } : {};
      fake.createTable(projectId, datasetId, STANDIN_TABLES[capability], fields, [], { key: [...WAREHOUSE_COLUMNS[capability].key], ...view });
    }
    fake.createTable(projectId, datasetId, 'history_wrong', [
      { name: 'sku_id', type: 'STRING' },
      { name: 'period_start', type: 'DATE' },
      { name: 'period_length', type: 'STRING' },
      { name: 'quantity', type: 'FLOAT64' },
      { name: 'currency', type: 'STRING' },
      { name: 'updated_at', type: 'TIMESTAMP' },
    ]);
  }

  load(dataset: WarehouseDataset): void {
    for (const capability of Object.keys(STANDIN_TABLES) as Capability[]) {
      const table = `${this.projectId}.${this.datasetId}.${STANDIN_TABLES[capability]}`;
      this.fake.deleteRows(table, () => true);
      this.fake.upsertRows(table, dataset.tables[capability]);
    }
  }
}
