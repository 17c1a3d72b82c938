import { describe, expect, it } from '@jest/globals';
import { API_VERSION_PATTERN, apiVersionOf, DEFAULT_API_VERSION, OLDEST_API_VERSION } from './api-version.js';

const pattern = new RegExp(API_VERSION_PATTERN);

/** Every quarterly version of these years, oldest first. */
const quarters = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((year) => ['01', '04', '07', '10'].map((month) => `${year}-${month}`));

describe('Shopify API versions', () => {
  it('accepts exactly the quarterly versions from OLDEST_API_VERSION on', () => {
    for (const version of quarters(2019, 2099)) expect([version, pattern.test(version)]).toEqual([version, version >= OLDEST_API_VERSION]);
    expect(pattern.test(DEFAULT_API_VERSION)).toBe(true);
  });

  it.each(['2026-02', '26-10', '2026-1', 'latest', 'unstable', ' 2026-10', '2026-10\n'])('refuses %j', (version) => {
    expect(pattern.test(version)).toBe(false);
  });

  it('reads a stored setting, the default when there is none, and refuses a retired one as a config error', () => {
    expect(apiVersionOf(undefined)).toBe(DEFAULT_API_VERSION);
    expect(apiVersionOf('2025-07')).toBe('2025-07');
    expect(() => apiVersionOf('2025-04')).toThrow(expect.objectContaining({ kind: 'config', retryable: false, message: expect.stringContaining('the oldest supported version is 2025-07') }));
  });
});
