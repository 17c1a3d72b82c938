import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiClient } from '../../support/api-client.js';
import { type ApiResult, expectError, expectStatus } from '../../support/expectations.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

/** A 429 in the envelope, with Retry-After (seconds, within the minute) equal to the body's retryAfter. */
function expectRateLimited(result: ApiResult, per: 'caller' | 'client address'): void {
  const body = expectError(result, 429);
  const retryAfter = Number(result.response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect((body as { retryAfter?: unknown }).retryAfter).toBe(retryAfter);
  expect(body.message).toContain(`a minute per ${per}`);
  expect(result.response.headers.get('cache-control')).toBe('no-store');
}

const statuses = async (calls: (() => Promise<ApiResult>)[]): Promise<number[]> => {
  const results: number[] = [];
  // One after another: the order the limiter counts them in is the order they are sent.
  for (const call of calls) results.push((await call()).response.status);
  return results;
};

const times = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

describe('rate limits', () => {
  describe('per caller (3 a minute) and per address (2 a minute)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(testConfig({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' }));
    });
    afterAll(async () => {
      await t.close();
    });

    it('limits one caller across routes, and no other subject or organization', async () => {
      const org = newOrganization('limited');
      const alice = apiClient(t.baseUrl, tokenFor(org, 'admin', { subject: 'alice' }));
      // Three requests on different routes spend one budget.
      expect(
        await statuses([
          () => alice.GET('/integrations'),
          () => alice.GET('/external-services'),
          () => alice.GET('/skus'),
        ]),
      ).toEqual([200, 200, 200]);
      const limited = await alice.GET('/integrations');
      expectRateLimited(limited, 'caller');
      // Viewer or admin, the same subject is the same caller.
      expectRateLimited(await apiClient(t.baseUrl, tokenFor(org, 'viewer', { subject: 'alice' })).GET('/skus'), 'caller');

      const bob = apiClient(t.baseUrl, tokenFor(org, 'admin', { subject: 'bob' }));
      expectStatus(await bob.GET('/integrations'), 200);
      const aliceElsewhere = apiClient(t.baseUrl, tokenFor(newOrganization('other'), 'admin', { subject: 'alice' }));
      expectStatus(await aliceElsewhere.GET('/integrations'), 200);
    });

    it('counts anonymous and refused requests per address, 401s included; verified callers are apart', async () => {
      const org = newOrganization('guessing');
      const wrongSecret = tokenFor(org, 'admin', { secret: 'a-guessed-secret-that-is-long-enough-0123456789' });
      expect(
        await statuses([() => apiClient(t.baseUrl).GET('/integrations'), () => apiClient(t.baseUrl, wrongSecret).GET('/integrations')]),
      ).toEqual([401, 401]);
      // The third guess is not even checked.
      expectRateLimited(await apiClient(t.baseUrl, 'not.a.token').GET('/integrations'), 'client address');
      // The public route shares the address's budget.
      expectRateLimited(await apiClient(t.baseUrl).GET('/health'), 'client address');
      // A caller with a valid token, from the same address, has a budget of its own.
      expectStatus(await apiClient(t.baseUrl, tokenFor(org, 'viewer')).GET('/integrations'), 200);
    });
  });

  describe('a limit of 0', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(testConfig({ RATE_LIMIT_PER_MINUTE: '2', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' }));
    });
    afterAll(async () => {
      await t.close();
    });

    it('disables that limit only', async () => {
      const anonymous = apiClient(t.baseUrl);
      expect(await statuses(times(12, () => anonymous.GET('/integrations')))).toEqual(times(12, 401));
      const caller = t.client(newOrganization('still-limited'));
      expect(await statuses(times(3, () => caller.GET('/integrations')))).toEqual([200, 200, 429]);
    });
  });

  describe('the client address behind proxies', () => {
    const fromAddress = (t: TestApp, forwardedFor: string) => () =>
      apiClient(t.baseUrl).GET('/integrations', { headers: { 'X-Forwarded-For': forwardedFor } });

    it('ignores X-Forwarded-For by default, so it cannot be used to dodge the limit', async () => {
      const t = await startTestApp(testConfig({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' }));
      try {
        expect(await statuses([fromAddress(t, '203.0.113.1'), fromAddress(t, '203.0.113.2')])).toEqual([401, 429]);
      } finally {
        await t.close();
      }
    });

    it('reads it behind TRUST_PROXY_HOPS proxies', async () => {
      const t = await startTestApp(testConfig({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1', TRUST_PROXY_HOPS: '1' }));
      try {
        expect(
          await statuses([fromAddress(t, '203.0.113.1'), fromAddress(t, '203.0.113.2'), fromAddress(t, '203.0.113.1')]),
        ).toEqual([401, 401, 429]);
      } finally {
        await t.close();
      }
    });
  });
});
