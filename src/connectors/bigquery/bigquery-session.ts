import { BigQuery } from '@google-cloud/bigquery';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import { secretValues } from '../../sync-contract/redact-secrets.js';
import type { ConnectionRequest } from '../connector.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';
import type { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { googleSqlKeyset, googleSqlKeysetCount } from '../kit/paging/keyset-sql.js';
import { withRetries } from '../kit/retry/with-retries.js';
import type { FoundColumns, WarehousePage, WarehouseRow, WarehouseRows, WarehouseSession } from '../warehouse/warehouse-session.js';
import { bigqueryFailure } from './bigquery-errors.js';
import { columnTypeOf, decodeCell } from './bigquery-values.js';
import { serviceAccountKey } from './service-account-key.js';
import { exchangeKey, ServiceAccountTokens } from './service-account-tokens.js';

const GOOGLE_API = 'https://bigquery.googleapis.com';
/** Tries per call: rate limits and backend errors are retried here (the client does not retry 403 rateLimitExceeded or 400 jobRateLimitExceeded). */
const RETRY = { attempts: 6, baseMs: 500, maxMs: 16_000 };

/**
 * A BigQuery session through the official client: `projectId` always given (without it the
 * client asks gcloud and then the metadata server), tokens from the key through the outbound
 * HTTP client, the API endpoint checked by the outbound policy (Google's, unless a test-only
 * setting points it at a local fake). Values go as typed named parameters.
 */
export async function openBigQuery(policy: OutboundPolicy, http: OutboundHttp, request: ConnectionRequest): Promise<WarehouseSession> {
  const { credentials, settings, signal } = request;
  const projectId = String(credentials.projectId);
  const datasetId = String(credentials.dataset);
  const location = typeof credentials.location === 'string' && credentials.location !== '' ? credentials.location : 'US';
  const key = serviceAccountKey(credentials.serviceAccountKey);
  const apiEndpoint = typeof settings.apiEndpoint === 'string' ? settings.apiEndpoint : GOOGLE_API;
  const tokenUrl = typeof settings.tokenEndpoint === 'string' ? settings.tokenEndpoint : key.tokenUri;
  // The token URL and a set apiEndpoint are destination fields, checked before every sync and
  // check (assertDestinations); Google's own endpoint is no field, so it is checked here.
  if (typeof settings.apiEndpoint !== 'string') await policy.checkUrl(apiEndpoint, 'the BigQuery API endpoint');
  const tokens = new ServiceAccountTokens(() => exchangeKey(http, key, tokenUrl, signal));
  const client = new BigQuery({
    projectId,
    location,
    authClient: tokens,
    ...(apiEndpoint === GOOGLE_API ? {} : { apiEndpoint: apiEndpoint.replace(/\/+$/, '') }),
  });
  const secrets = secretValues(credentials);
  const call = <T>(what: string, run: () => Promise<T>): Promise<T> =>
    withRetries(
      async () => {
        try {
          return await run();
        } catch (error) {
          signal.throwIfAborted();
          const failure = bigqueryFailure(error);
          if (failure instanceof ConnectorError) throw failure;
          return failure;
        }
      },
      { ...RETRY, signal, service: `BigQuery (${what})`, secrets, observer: http.observer },
    );
  const dataset = client.dataset(datasetId, { location });
  /** The position's values as BigQuery parameters of their column's type. */
  const typed = (params: Record<string, unknown>, rows: WarehouseRows): Record<string, unknown> => {
    const types = new Map(rows.order.map((c, i) => [i === 0 ? 'since_ts' : `since_k${i}`, c.type]));
    return Object.fromEntries(
      Object.entries(params).map(([name, value]) => {
        const type = types.get(name);
        if (type === 'timestamp') return [name, client.timestamp(String(value))];
        if (type === 'date') return [name, client.date(String(value))];
        return [name, value];
      }),
    );
  };
  const select = async (sql: { query: string; params: Record<string, unknown> }, rows: WarehouseRows): Promise<Record<string, unknown>[]> =>
    (await call('query', () => client.query({ query: sql.query, params: typed(sql.params, rows), location, wrapIntegers: true })))[0] as Record<string, unknown>[];
  return {
    qualify: (table) => `${projectId}.${datasetId}.${table}`,
    async columns(table): Promise<FoundColumns> {
      const metadata = (await call('table metadata', () => dataset.table(table).getMetadata()))[0] as { schema?: { fields?: { name: string; type: string; mode?: string }[] } };
      return new Map((metadata.schema?.fields ?? []).map((f) => [f.name, columnTypeOf(f.type, f.mode)]));
    },
    async page(page: WarehousePage): Promise<WarehouseRow[]> {
      const rows = await select(googleSqlKeyset(page), page);
      return rows.map((row) => Object.fromEntries(page.columns.map((c) => [c, decodeCell(row[c])])));
    },
    async count(rows: WarehouseRows): Promise<number> {
      const [row] = await select(googleSqlKeysetCount(rows), rows);
      return Number(decodeCell(row?.n) ?? 0);
    },
    async about(): Promise<Record<string, string>> {
      // The key exchanged for a token: a revoked or deleted key fails here, whatever tables are set.
      await tokens.getAccessToken();
      return { project: projectId, dataset: datasetId, location };
    },
    close: () => Promise.resolve(),
  };
}
