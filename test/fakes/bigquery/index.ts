/** A fake BigQuery (REST v2 and its OAuth token endpoint) for connector tests; see fake-bigquery.ts and README.md. */
export { type FakeBigQuery, type FakeBigQueryOptions, type SentQuery, startFakeBigQuery } from './fake-bigquery.js';
export { type FaultKind, type FaultRoute } from './faults.js';
export { type LoggedRequest } from './http-routes.js';
export { BIGQUERY_SCOPE, type ClaimOverrides, GRANT_TYPE, type ServiceAccountKey, type ServiceAccountOptions, signAssertion } from './oauth.js';
export { type FieldSpec, type PlainRow, type TableOptions, type TableRef } from './tables.js';
