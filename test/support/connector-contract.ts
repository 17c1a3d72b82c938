import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connector } from '../../src/connectors/connector.js';
import { restartNote } from '../../src/connectors/kit/cursor/cursor-codec.js';
import type { Capability } from '../../src/sync-contract/capability.js';
import { ConnectorError } from '../../src/sync-contract/connector-error.js';
import { checkRecords } from '../../src/sync-contract/record-check.js';
import type { CanonicalRecord } from '../../src/sync-contract/records/canonical-record.js';
import type { SourcePage, SyncCursor } from '../../src/sync-contract/source-page.js';

/**
 * The contract every connector meets, run against the connector and its fake service
 * without Nest or the database (each connector's spec calls runConnectorContract, then
 * adds its own cases):
 * - the connection check succeeds; bad credentials fail it fast as `auth`, not retryable,
 *   with no secret in the message;
 * - a full read of each capability yields records that pass checkRecords (none refused);
 * - resuming from every non-null cursor the full read emitted misses nothing: the records
 *   of the pages up to that cursor plus those of the resumed read are every key of the full
 *   read, the resumed read names no key the full read did not, holds each key once, and
 *   repeats none of the earlier pages' keys but the resumed page's (a source read with a
 *   lookback, `rereads`, may repeat them, each equal to the full read's record);
 * - a re-read from the final cursor is idempotent: whatever it yields is in the full read,
 *   unchanged;
 * - with the fake's faults on (429, 5xx, throttling, a malformed reply) a full read recovers
 *   on its own with the same records;
 * - a stored cursor of the wrong shape restarts the read with a note on its first page;
 * - the contract's check refuses a deliberately broken record (the runner writes none).
 */
export interface ContractFake {
  start(): Promise<void>;
  stop(): Promise<void>;
  credentials(): Record<string, unknown>;
  /** Credentials the service refuses (a wrong token). */
  badCredentials(): Record<string, unknown>;
  settings?(): Record<string, unknown>;
  /** Turns transient faults on for the next read (and `clearFaults` off). */
  injectFaults(): void | Promise<void>;
  clearFaults(): void | Promise<void>;
}

export interface ContractCapability {
  capability: Capability;
  /** A record's identity within the capability. */
  key: (record: CanonicalRecord<Capability>) => string;
  /** Breaks a record so that the contract must refuse it. */
  breakRecord: (record: CanonicalRecord<Capability>) => unknown;
  /** A resumed read starts a lookback before its cursor (a source without an updated-since filter): it may repeat earlier records, unchanged. */
  rereads?: boolean;
  /** Fields a read sets to its own time (a snapshot's `asOf` when the source tells none): left out when reads are compared. */
  readTimeFields?: string[];
}

/** A capability's part of the contract, typed by its records. */
export const contractCapability = <C extends Capability>(
  capability: C,
  key: (record: CanonicalRecord<C>) => string,
  breakRecord: (record: CanonicalRecord<C>) => unknown,
  options: { rereads?: boolean; readTimeFields?: (keyof CanonicalRecord<C> & string)[] } = {},
): ContractCapability => ({
  ...options,
  capability,
  // The connector's read of `capability` yields its records only.
  key: key as (record: CanonicalRecord<Capability>) => string,
  breakRecord: breakRecord as (record: CanonicalRecord<Capability>) => unknown,
});

export interface ConnectorContract {
  name: string;
  connector: () => Connector;
  fake: ContractFake;
  capabilities: readonly ContractCapability[];
  /** Every credential value (good and bad) that no message may carry. */
  secrets: () => string[];
}

const FAST_FAILURE_MS = 5_000;
const READ_TIMEOUT_MS = 60_000;

interface Read {
  pages: SourcePage[];
  records: CanonicalRecord<Capability>[];
}

export function runConnectorContract(contract: ConnectorContract): void {
  const { fake } = contract;
  const signal = (): AbortSignal => AbortSignal.timeout(READ_TIMEOUT_MS);
  const request = (credentials = fake.credentials()): { credentials: Record<string, unknown>; settings: Record<string, unknown>; signal: AbortSignal } => ({
    credentials,
    settings: fake.settings?.() ?? {},
    signal: signal(),
  });

  async function read(capability: Capability, cursor: SyncCursor | null): Promise<Read> {
    const pages: SourcePage[] = [];
    for await (const page of contract.connector().read({ ...request(), capability, cursor })) pages.push(page);
    return { pages, records: pages.flatMap((p) => p.records) };
  }

  describe(`${contract.name} meets the connector contract`, () => {
    beforeAll(() => fake.start());
    afterAll(() => fake.stop());

    it('checks the connection', async () => {
      const check = await contract.connector().checkConnection(request());
      expect(typeof check.summary).toBe('string');
    });

    it('fails fast as auth on bad credentials, with no secret in the message', async () => {
      const started = Date.now();
      const failure = await contract
        .connector()
        .checkConnection(request(fake.badCredentials()))
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(Date.now() - started).toBeLessThan(FAST_FAILURE_MS);
      expect(failure).toBeInstanceOf(ConnectorError);
      expect(failure).toMatchObject({ kind: 'auth', retryable: false });
      for (const secret of contract.secrets()) expect((failure as Error).message).not.toContain(secret);
    });

    describe.each(contract.capabilities.map((c) => [c.capability, c] as const))('%s', (capability, spec) => {
      const keyOf = spec.key;
      const keysOf = (records: readonly CanonicalRecord<Capability>[]): string[] => records.map(keyOf);
      let full: Read;
      let byKey: Map<string, CanonicalRecord<Capability>>;
      /** A record as two reads of unchanged data must both give it. */
      const comparable = (record: CanonicalRecord<Capability> | undefined): unknown =>
        record === undefined ? undefined : Object.fromEntries(Object.entries(record).filter(([field]) => !(spec.readTimeFields ?? []).includes(field)));
      const byKeyComparable = (): Map<string, unknown> => new Map([...byKey].map(([key, record]) => [key, comparable(record)]));

      beforeAll(async () => {
        full = await read(capability, null);
        byKey = new Map(full.records.map((r) => [keyOf(r), r]));
      }, READ_TIMEOUT_MS);

      it('reads every record, each fit for the contract', () => {
        expect(full.records.length).toBeGreaterThan(0);
        expect(checkRecords(capability, full.records).refused).toEqual([]);
        expect(byKey.size).toBe(full.records.length);
      });

      it(
        'resumes from every cursor it emitted with no gap',
        async () => {
          for (const [i, page] of full.pages.entries()) {
            if (page.cursor === null) continue;
            const resumedRecords = (await read(capability, page.cursor)).records;
            const resumed = keysOf(resumedRecords);
            const before = new Set(keysOf(full.pages.slice(0, i + 1).flatMap((p) => p.records)));
            const resumedPage = new Set(keysOf(page.records));
            expect(new Set(resumed).size).toBe(resumed.length);
            expect(resumed.filter((k) => !byKey.has(k))).toEqual([]);
            if (spec.rereads === true) for (const record of resumedRecords) expect(comparable(record)).toEqual(comparable(byKey.get(keyOf(record))));
            else expect(resumed.filter((k) => before.has(k) && !resumedPage.has(k))).toEqual([]);
            expect([...byKey.keys()].filter((k) => !before.has(k) && !resumed.includes(k))).toEqual([]);
          }
        },
        READ_TIMEOUT_MS,
      );

      it(
        're-reads from the final cursor idempotently',
        async () => {
          const final = full.pages.at(-1)?.cursor ?? null;
          const again = await read(capability, final);
          for (const record of again.records) expect(comparable(record)).toEqual(comparable(byKey.get(keyOf(record))));
        },
        READ_TIMEOUT_MS,
      );

      it(
        'recovers from 429, 5xx and malformed replies with the same records',
        async () => {
          await fake.injectFaults();
          try {
            const faulty = await read(capability, null);
            expect(new Map(faulty.records.map((r) => [keyOf(r), comparable(r)]))).toEqual(byKeyComparable());
          } finally {
            await fake.clearFaults();
          }
        },
        READ_TIMEOUT_MS * 2,
      );

      it(
        'restarts from a stored cursor of the wrong shape with a note, not a failure',
        async () => {
          // A capability read whole each sync (it emits no cursor) has nothing to understand.
          if (full.pages.every((p) => p.cursor === null)) return;
          const restarted = await read(capability, { notACursor: [true] });
          expect(restarted.pages[0]?.notes).toContain(restartNote(capability));
          expect(new Set(keysOf(restarted.records))).toEqual(new Set(byKey.keys()));
        },
        READ_TIMEOUT_MS,
      );

      it('has a broken record refused by the contract check', () => {
        const [first] = full.records;
        expect(first).toBeDefined();
        if (first === undefined) return;
        const { valid, refused } = checkRecords(capability, [first, spec.breakRecord(first)]);
        expect(valid).toHaveLength(1);
        expect(refused).toHaveLength(1);
      });
    });
  });
}
