import { ConnectorError } from '../../sync-contract/connector-error.js';

export const DEFAULT_API_VERSION = '2026-10';

/**
 * The oldest Admin API version the connector works with: bulk queries gained
 * `groupObjects` (an order and its lines together in the JSONL file) in 2025-07.
 */
export const OLDEST_API_VERSION = '2025-07';

/** Quarterly versions from OLDEST_API_VERSION on (2025-07, 2025-10, 2026-01…); kept in step with it by api-version.spec.ts. */
export const API_VERSION_PATTERN = '^(2025-(07|10)|20(2[6-9]|[3-9]\\d)-(01|04|07|10))$';

export const API_VERSION_DESCRIPTION = `a quarterly version from ${OLDEST_API_VERSION} on, such as ${DEFAULT_API_VERSION}`;

const SUPPORTED = new RegExp(API_VERSION_PATTERN);

/**
 * The version a stored setting names, or the default. One stored before older versions
 * were refused (or written around the API) is a config error rather than a bulk export
 * that cannot group an order's lines.
 */
export function apiVersionOf(setting: unknown): string {
  if (setting === undefined || setting === null || setting === '') return DEFAULT_API_VERSION;
  if (typeof setting === 'string' && SUPPORTED.test(setting)) return setting;
  throw new ConnectorError('config', `settings.apiVersion must be ${API_VERSION_DESCRIPTION}: the oldest supported version is ${OLDEST_API_VERSION}`, false);
}
