import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectError, expectStatus, expectValidationError } from '../support/expectations.js';
import { shopifyIntegration } from '../support/fixtures.js';
import { createIntegration } from '../support/service-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('GET /integrations/{id}/schedule-preview', () => {
  let t: TestApp;
  const org = newOrganization('preview');
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** An integration on this schedule, and its preview for the given query. */
  const scheduled = async (cronExpression: string, timezone: string) => {
    const { id } = await createIntegration(t.client(org), shopifyIntegration({ cronExpression, timezone }));
    return {
      id,
      preview: async (query: { count?: number; from?: string } = {}) => {
        const result = await t.client(org, 'viewer').GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query } });
        expectStatus(result, 200);
        if (result.data === undefined) throw new Error('no body');
        return result.data;
      },
    };
  };

  it('shows the next 5 runs by default, after now', async () => {
    const { preview } = await scheduled('0 0 0 * * *', 'UTC');
    const before = Date.now();
    const body = await preview();
    expect(body.cronExpression).toBe('0 0 0 * * *');
    expect(body.timezone).toBe('UTC');
    expect(body.runs).toHaveLength(5);
    const first = Date.parse(body.runs[0]?.utc ?? '');
    expect(first).toBeGreaterThan(before);
    expect(first - before).toBeLessThanOrEqual(DAY_MS);
    expect(new Date(first).toISOString()).toMatch(/T00:00:00\.000Z$/);
    // One day apart, and in UTC the local time is the same instant written the same way.
    body.runs.forEach((run, i) => {
      expect(run).toEqual({ utc: new Date(first + i * DAY_MS).toISOString(), local: run.utc });
    });
  });

  it('takes count between 1 and 50', async () => {
    const { id, preview } = await scheduled('0 0 12 * * *', 'UTC');
    expect((await preview({ count: 1 })).runs).toHaveLength(1);
    expect((await preview({ count: 50 })).runs).toHaveLength(50);
    for (const [count, rule] of [
      [0, 'min'],
      [51, 'max'],
      [2.5, 'isInt'],
    ] as const) {
      const result = await t.client(org).GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query: { count } } });
      expectValidationError(result, 'count', rule);
    }
  });

  it('starts after `from`, exclusive', async () => {
    const { preview } = await scheduled('0 0 0 * * *', 'UTC');
    expect((await preview({ from: '2030-01-01T12:00:00Z', count: 2 })).runs.map((run) => run.utc)).toEqual([
      '2030-01-02T00:00:00.000Z',
      '2030-01-03T00:00:00.000Z',
    ]);
    expect((await preview({ from: '2030-01-02T00:00:00Z', count: 1 })).runs.map((run) => run.utc)).toEqual(['2030-01-03T00:00:00.000Z']);
  });

  it('refuses a `from` that is not a date', async () => {
    const { id } = await scheduled('0 0 0 * * *', 'UTC');
    const result = await t.client(org).GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query: { from: 'yesterday' } } });
    expectValidationError(result, 'from', 'isDate');
  });

  it('refuses a `from` the scheduler cannot look from', async () => {
    const { id } = await scheduled('0 0 0 * * *', 'UTC');
    for (const [from, rule] of [
      ['1969-12-31T23:59:59Z', 'minDate'],
      ['0001-01-01T00:00:00Z', 'minDate'],
      ['2100-01-01T00:00:00Z', 'maxDate'],
    ] as const) {
      const result = await t.client(org).GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query: { from } } });
      expect(expectValidationError(result, 'from', rule).message).toBe('from must be between 1970-01-01 and 8 years from now');
    }
  });

  it('ends a sparse schedule’s list at the scheduler’s horizon, 8 years from now', async () => {
    // The `cron` library finds no run more than 8 years ahead of now, whatever `from` is: a
    // yearly schedule shows the runs up to there, fewer than asked, rather than failing.
    const { preview } = await scheduled('0 0 0 1 1 *', 'UTC');
    const { runs } = await preview({ count: 10 });
    const thisYear = new Date().getUTCFullYear();
    expect(runs.map((run) => run.utc)).toEqual(Array.from({ length: 8 }, (_, i) => `${thisYear + 1 + i}-01-01T00:00:00.000Z`));
  });

  it('gives 404 for an integration that does not exist', async () => {
    const id = '7f1f0c52-3c4b-4c61-8d0e-1d2b3a4c5d6e';
    const result = await t.client(org).GET('/integrations/{id}/schedule-preview', { params: { path: { id } } });
    expect(expectError(result, 404).message).toBe(`Integration ${id} not found`);
  });

  describe('across DST in America/New_York', () => {
    it('spring forward: a run in the skipped hour fires at 03:00 EDT that day', async () => {
      const { preview } = await scheduled('0 30 2 * * *', 'America/New_York');
      const body = await preview({ from: '2027-03-12T00:00:00Z', count: 4 });
      expect(body.runs).toEqual([
        { utc: '2027-03-12T07:30:00.000Z', local: '2027-03-12T02:30:00.000-05:00' },
        { utc: '2027-03-13T07:30:00.000Z', local: '2027-03-13T02:30:00.000-05:00' },
        // 2027-03-14 02:30 does not exist (clocks jump from 02:00 EST to 03:00 EDT).
        { utc: '2027-03-14T07:00:00.000Z', local: '2027-03-14T03:00:00.000-04:00' },
        { utc: '2027-03-15T06:30:00.000Z', local: '2027-03-15T02:30:00.000-04:00' },
      ]);
    });

    it('fall back: a daily run in the repeated hour fires once, at its first occurrence', async () => {
      const { preview } = await scheduled('0 30 1 * * *', 'America/New_York');
      const body = await preview({ from: '2026-10-30T00:00:00Z', count: 4 });
      expect(body.runs).toEqual([
        { utc: '2026-10-30T05:30:00.000Z', local: '2026-10-30T01:30:00.000-04:00' },
        { utc: '2026-10-31T05:30:00.000Z', local: '2026-10-31T01:30:00.000-04:00' },
        // 01:30 happens twice on 2026-11-01 (EDT, then EST): only the first is a run.
        { utc: '2026-11-01T05:30:00.000Z', local: '2026-11-01T01:30:00.000-04:00' },
        { utc: '2026-11-02T06:30:00.000Z', local: '2026-11-02T01:30:00.000-05:00' },
      ]);
    });

    it('fall back: an hourly run fires in both occurrences of the repeated hour', async () => {
      // What the `cron` library does (and so what the scheduler will do): when the hour field
      // is a wildcard it steps through real time, so 01:30 runs in EDT and again an hour later
      // in EST; the runs stay an hour apart, with no gap and no double run. A fixed hour, as in
      // the daily case above, runs only in the first occurrence.
      const { preview } = await scheduled('0 30 * * * *', 'America/New_York');
      const body = await preview({ from: '2026-11-01T04:00:00Z', count: 5 });
      expect(body.runs).toEqual([
        { utc: '2026-11-01T04:30:00.000Z', local: '2026-11-01T00:30:00.000-04:00' },
        { utc: '2026-11-01T05:30:00.000Z', local: '2026-11-01T01:30:00.000-04:00' },
        { utc: '2026-11-01T06:30:00.000Z', local: '2026-11-01T01:30:00.000-05:00' },
        { utc: '2026-11-01T07:30:00.000Z', local: '2026-11-01T02:30:00.000-05:00' },
        { utc: '2026-11-01T08:30:00.000Z', local: '2026-11-01T03:30:00.000-05:00' },
      ]);
    });

    it('spring forward: an hourly run in the skipped hour moves to 03:00, half an hour before the 03:30 run', async () => {
      // Also the library's behaviour: 02:30 does not exist, so that run fires at the first
      // instant after the gap (03:00 EDT), and the regular 03:30 run follows 30 minutes later.
      const { preview } = await scheduled('0 30 * * * *', 'America/New_York');
      const body = await preview({ from: '2027-03-14T05:00:00Z', count: 5 });
      expect(body.runs).toEqual([
        { utc: '2027-03-14T05:30:00.000Z', local: '2027-03-14T00:30:00.000-05:00' },
        { utc: '2027-03-14T06:30:00.000Z', local: '2027-03-14T01:30:00.000-05:00' },
        { utc: '2027-03-14T07:00:00.000Z', local: '2027-03-14T03:00:00.000-04:00' },
        { utc: '2027-03-14T07:30:00.000Z', local: '2027-03-14T03:30:00.000-04:00' },
        { utc: '2027-03-14T08:30:00.000Z', local: '2027-03-14T04:30:00.000-04:00' },
      ]);
    });
  });

  it('the list’s nextSync is the first run of the preview', async () => {
    const listOrg = newOrganization('next-sync');
    const { id } = await createIntegration(t.client(listOrg), shopifyIntegration({ cronExpression: '0 30 2 * * *', timezone: 'America/New_York' }));
    const list = await t.client(listOrg).GET('/integrations');
    const preview = await t.client(listOrg).GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query: { count: 1 } } });
    expect(list.data?.items).toHaveLength(1);
    expect(list.data?.items[0]?.nextSync).toBe(preview.data?.runs[0]?.utc);
    expect(Date.parse(preview.data?.runs[0]?.local ?? '')).toBe(Date.parse(preview.data?.runs[0]?.utc ?? ''));
  });
});
