import { describe, expect, it } from '@jest/globals';
import type { ChannelRecord } from '../../../sync-contract/records/channel.record.js';
import { pageTokenCodec } from '../cursor/cursor-codec.js';
import { type DateWindow, dateWindows, readDateWindows } from './date-windows.js';
import { compareKeyset, laterPosition, readUpTo } from './keyset.js';
import { googleSqlKeyset, postgresKeyset } from './keyset-sql.js';
import { pagesByToken } from './pages-by-token.js';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

describe('pagesByToken', () => {
  it('yields a page per token, the next token as cursor and the final cursor last', async () => {
    const tokens: (string | null)[] = [];
    const source: Record<string, { items: string[]; next: string | null }> = { start: { items: ['a', 'b'], next: 't2' }, t2: { items: ['c'], next: null } };
    const pages = [];
    for await (const page of pagesByToken({
      fetch: (token) => {
        tokens.push(token);
        return Promise.resolve(source[token ?? 'start'] ?? { items: [], next: null });
      },
      toRecord: (name): ChannelRecord => ({ externalId: name, name, code: name }),
      codec: pageTokenCodec('channels'),
      from: null,
      final: { done: true },
    }))
      pages.push(page);
    expect(tokens).toEqual([null, 't2']);
    expect(pages.map((p) => [p.records.length, p.cursor])).toEqual([
      [2, 't2'],
      [1, { done: true }],
    ]);
  });
});

describe('keyset', () => {
  it('orders by instant, then key', () => {
    expect(compareKeyset({ updatedAt: '2026-01-01T00:00:00Z', key: 9 }, { updatedAt: '2026-01-01T00:00:00.000+00:00', key: 10 })).toBe(-1);
    expect(compareKeyset({ updatedAt: '2026-01-02T00:00:00Z', key: 'a' }, { updatedAt: '2026-01-01T00:00:00Z', key: 'b' })).toBe(1);
    expect(readUpTo({ updatedAt: '2026-01-01T00:00:00Z', key: 'a' }, { updatedAt: '2026-01-01T00:00:00Z', key: 'a' })).toBe(true);
    expect(readUpTo({ updatedAt: '2026-01-01T00:00:00Z', key: 'a' }, null)).toBe(false);
    const [a, b] = [{ updatedAt: '2026-01-01T00:00:00Z', key: 1 }, { updatedAt: '2026-01-01T00:00:00Z', key: 2 }];
    expect(laterPosition(b, a)).toBe(b);
    expect(laterPosition(null, a)).toBe(a);
  });

  it('builds PostgreSQL/Redshift pages with a row comparison and GoogleSQL ones spelt out, values as parameters', () => {
    const query = {
      table: 'sales.orders',
      columns: ['id', 'updated_at'],
      order: [{ name: 'updated_at' }, { name: 'id' }],
      after: ['2026-01-01T00:00:00Z', "x'; drop"],
      limit: 500,
    };
    expect(postgresKeyset(query)).toEqual({
      text: 'SELECT "id", "updated_at" FROM "sales"."orders" WHERE ("updated_at", "id") > ($1, $2) ORDER BY "updated_at", "id" LIMIT 500',
      values: ['2026-01-01T00:00:00Z', "x'; drop"],
    });
    expect(googleSqlKeyset({ ...query, table: 'proj.ds.orders' })).toEqual({
      query: 'SELECT `id`, `updated_at` FROM `proj`.`ds`.`orders` WHERE (`updated_at` > @since_ts OR (`updated_at` = @since_ts AND `id` > @since_k1)) ORDER BY `updated_at`, `id` LIMIT @limit',
      params: { since_ts: '2026-01-01T00:00:00Z', since_k1: "x'; drop", limit: 500 },
    });
    expect(postgresKeyset({ ...query, table: 'we"ird', after: null }).text).toBe('SELECT "id", "updated_at" FROM "we""ird" ORDER BY "updated_at", "id" LIMIT 500');
    expect(() => googleSqlKeyset({ ...query, limit: 0 })).toThrow(RangeError);
    expect(() => postgresKeyset({ ...query, after: ['2026-01-01T00:00:00Z'] })).toThrow(RangeError);
  });

  it('orders composite keys column by column, a nullable column as COALESCE(col, \'\')', () => {
    const query = {
      table: 'p.d.history',
      columns: ['sku_id'],
      order: [{ name: 'updated_at' }, { name: 'sku_id' }, { name: 'channel_id', nullable: true }],
      after: ['2026-01-01T00:00:00Z', 'A', ''],
      limit: 10,
    };
    expect(postgresKeyset(query).text).toBe(
      'SELECT "sku_id" FROM "p"."d"."history" WHERE ("updated_at", "sku_id", COALESCE("channel_id", \'\')) > ($1, $2, $3) ORDER BY "updated_at", "sku_id", COALESCE("channel_id", \'\') LIMIT 10',
    );
    expect(googleSqlKeyset(query).query).toBe(
      'SELECT `sku_id` FROM `p`.`d`.`history` WHERE (`updated_at` > @since_ts' +
        ' OR (`updated_at` = @since_ts AND `sku_id` > @since_k1)' +
        " OR (`updated_at` = @since_ts AND `sku_id` = @since_k1 AND COALESCE(`channel_id`, '') > @since_k2))" +
        " ORDER BY `updated_at`, `sku_id`, COALESCE(`channel_id`, '') LIMIT @limit",
    );
  });
});

describe('date windows', () => {
  it('starts a lookback before the cursor and ends with today', () => {
    const windows = dateWindows({ from: day('2026-03-10'), lookbackDays: 3, windowDays: 4, now: new Date('2026-03-15T12:00:00Z') });
    expect(windows.map((w) => `${iso(w.from)}..${iso(w.to)}`)).toEqual(['2026-03-07..2026-03-11', '2026-03-11..2026-03-15', '2026-03-15..2026-03-16']);
  });

  it('splits a window that hits the limit in halves, down to one day', async () => {
    const asked: string[] = [];
    const perDay: Record<string, number> = { '2026-03-01': 1, '2026-03-02': 3, '2026-03-03': 1, '2026-03-04': 0 };
    const fetchWindow = (w: DateWindow): Promise<{ items: string[] }> => {
      asked.push(`${iso(w.from)}..${iso(w.to)}`);
      const items: string[] = [];
      for (let t = w.from.getTime(); t < w.to.getTime(); t += 86_400_000) {
        const d = iso(new Date(t));
        for (let i = 0; i < (perDay[d] ?? 0); i += 1) items.push(`${d}#${i}`);
      }
      return Promise.resolve({ items: items.slice(0, 3) });
    };
    const reads = [];
    for await (const read of readDateWindows(fetchWindow, { from: day('2026-03-01'), lookbackDays: 0, windowDays: 4, now: day('2026-03-04'), limit: 3 })) reads.push(read);
    expect(asked).toEqual(['2026-03-01..2026-03-05', '2026-03-01..2026-03-03', '2026-03-01..2026-03-02', '2026-03-02..2026-03-03', '2026-03-03..2026-03-05']);
    expect(reads.map((r) => [iso(r.from), r.items.length, r.truncated])).toEqual([
      ['2026-03-01', 1, false],
      ['2026-03-02', 3, true],
      ['2026-03-03', 1, false],
    ]);
  });

  it('trusts the count of matches when the source gives one: exactly the limit is complete, one fewer than matching is not', async () => {
    const matches: Record<string, number> = { '2026-03-01..2026-03-03': 5, '2026-03-01..2026-03-02': 2, '2026-03-02..2026-03-03': 3 };
    const asked: string[] = [];
    const fetchWindow = (w: DateWindow): Promise<{ items: number[]; matching: number }> => {
      const key = `${iso(w.from)}..${iso(w.to)}`;
      asked.push(key);
      const matching = matches[key] ?? 0;
      return Promise.resolve({ items: Array.from({ length: Math.min(2, matching) }, (_, i) => i), matching });
    };
    const reads = [];
    for await (const read of readDateWindows(fetchWindow, { from: day('2026-03-01'), lookbackDays: 0, windowDays: 2, now: day('2026-03-02'), limit: 2 })) reads.push(read);
    expect(asked).toEqual(['2026-03-01..2026-03-03', '2026-03-01..2026-03-02', '2026-03-02..2026-03-03']);
    expect(reads.map((r) => [iso(r.from), r.items.length, r.matching, r.truncated])).toEqual([
      ['2026-03-01', 2, 2, false],
      ['2026-03-02', 2, 3, true],
    ]);
  });
});
