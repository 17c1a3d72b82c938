import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../src/config/app-config.js';
import { CredentialCipher, type EncryptedValue } from '../../src/credentials/credential-cipher.service.js';
import { CredentialsService } from '../../src/credentials/credentials.service.js';
import { distScript } from '../support/dist-script.js';
import type { CreateIntegrationBody } from '../support/fixtures.js';
import { runNode } from '../support/run-node.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_JWT_SECRET, testConfig } from '../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../support/test-database.js';
import { newOrganization } from '../support/tokens.js';

const OLD_KEY = randomBytes(32).toString('base64');
const NEW_KEY = randomBytes(32).toString('base64');
const OLD_RING = `old:${OLD_KEY}`;
const ROTATED_RING = `new:${NEW_KEY},old:${OLD_KEY}`;

interface CredentialRow extends EncryptedValue {
  integrationId: string;
}

const unique = (): string => randomBytes(6).toString('hex');

/** One integration per service, each with credentials unique to this call. */
function integrations(): CreateIntegrationBody[] {
  return [
    {
      name: `Shopify ${unique()}`,
      externalService: 'shopify',
      capabilities: ['sales_orders'],
      credentials: { storeDomain: `store-${unique()}.myshopify.com`, accessToken: `shpat_${unique()}` },
    },
    {
      name: `BigQuery ${unique()}`,
      externalService: 'bigquery',
      capabilities: ['products'],
      credentials: {
        projectId: `proj-${unique()}`,
        dataset: 'tether_export',
        serviceAccountKey: { client_email: `sa-${unique()}@proj.iam.example`, private_key: `pk-${unique()}` },
      },
      settings: { productsTable: 'products' },
    },
    {
      name: `Redshift ${unique()}`,
      externalService: 'redshift',
      capabilities: ['products'],
      credentials: { host: 'rs.example', port: 5439, database: 'analytics', user: 'reader', password: `pw-${unique()}` },
      settings: { productsTable: 'products' },
    },
    {
      name: `TrackStar ${unique()}`,
      externalService: 'trackstar',
      capabilities: ['warehouse_inventory'],
      credentials: { apiKey: `ak-${unique()}`, accessToken: `at-${unique()}` },
    },
    {
      name: `Brewman ${unique()}`,
      externalService: 'brewman',
      capabilities: ['products'],
      credentials: { baseUrl: 'https://brewery.brewman.example', apiToken: `bt-${unique()}`, tenantId: '0b6c5a2e-3f41-4c8e-9d7a-5e2f1c0a9b33' },
    },
  ];
}

/** The credentials rows of these integrations only (other rows are not ours to inspect). */
async function credentialRows(t: TestApp, ids: string[]): Promise<Map<string, CredentialRow>> {
  const rows = await t.dataSource.query<{ integration_id: string; key_id: string; iv: Buffer; auth_tag: Buffer; ciphertext: Buffer }[]>(
    'SELECT integration_id, key_id, iv, auth_tag, ciphertext FROM integration_credentials WHERE integration_id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.integration_id,
      { integrationId: r.integration_id, keyId: r.key_id, iv: r.iv, authTag: r.auth_tag, ciphertext: r.ciphertext },
    ]),
  );
}

const decryptJson = (cipher: CredentialCipher, row: CredentialRow): unknown =>
  JSON.parse(cipher.decrypt(row, `integration:${row.integrationId}`).toString('utf8')) as unknown;

/** A cipher for a key ring alone, outside any app. */
function cipherFor(keys: string): CredentialCipher {
  return new CredentialCipher(testConfig({ CREDENTIAL_KEYS: keys }));
}

/**
 * Rotation re-encrypts every row of the database, so these tests get a database of
 * their own: in the shared one they would rewrite, or trip over, other files' rows.
 */
describe('credential key rotation (real PostgreSQL)', () => {
  let databaseName: string;
  let url: string;
  let oldApp: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-rotation-'));

  const config = (keys: string): AppConfig =>
    testConfig({ DATABASE_URL: url, CREDENTIAL_KEYS: keys, DATA_DIR: dataDir });

  /** Creates one integration per service through the API; returns id -> credentials sent. */
  async function createAll(t: TestApp, organization: string): Promise<Map<string, unknown>> {
    const created = new Map<string, unknown>();
    for (const body of integrations()) {
      const { data, response } = await t.client(organization).POST('/integrations', { body });
      expect(response.status).toBe(201);
      created.set(data?.id ?? '', body.credentials);
    }
    return created;
  }

  beforeAll(async () => {
    databaseName = await createDatabase('tether_rotation');
    url = databaseUrl(databaseName);
    oldApp = await startTestApp(config(OLD_RING));
  }, 90_000);

  afterAll(async () => {
    await oldApp.close();
    await dropDatabase(databaseName);
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('through CredentialsService.reencryptAll', () => {
    const organization = newOrganization('rotate-a');
    let created: Map<string, unknown>;
    let ids: string[];
    let before: Map<string, CredentialRow>;
    let newApp: TestApp;

    beforeAll(async () => {
      created = await createAll(oldApp, organization);
      ids = [...created.keys()];
      before = await credentialRows(oldApp, ids);
      newApp = await startTestApp(config(ROTATED_RING));
    });
    afterAll(async () => {
      await newApp.close();
    });

    it('starts with every row under the old key, readable with it', () => {
      expect(before.size).toBe(5);
      const cipher = oldApp.app.get(CredentialCipher);
      for (const [id, credentials] of created) {
        const row = before.get(id);
        expect(row?.keyId).toBe('old');
        if (row !== undefined) expect(decryptJson(cipher, row)).toEqual(credentials);
      }
    });

    it('re-encrypts every row under the new key (in several batches), still decryptable', async () => {
      const result = await newApp.app.get(CredentialsService).reencryptAll(2);
      expect(result).toEqual({ reencrypted: 5, total: 5, unreadable: [] });

      const after = await credentialRows(newApp, ids);
      expect(after.size).toBe(5);
      const cipher = newApp.app.get(CredentialCipher);
      expect(cipher.activeKeyId).toBe('new');
      for (const [id, credentials] of created) {
        const row = after.get(id);
        const old = before.get(id);
        expect(row?.keyId).toBe('new');
        if (row === undefined || old === undefined) continue;
        // A new IV and a new ciphertext, not the old bytes relabelled.
        expect(row.iv.equals(old.iv)).toBe(false);
        expect(row.ciphertext.equals(old.ciphertext)).toBe(false);
        expect(decryptJson(cipher, row)).toEqual(credentials);
        // Readable without the old key, and no longer with the old key alone.
        expect(decryptJson(cipherFor(`new:${NEW_KEY}`), row)).toEqual(credentials);
        expect(() => decryptJson(cipherFor(OLD_RING), row)).toThrow('credential key "new" is not in the key ring');
        // Bound to its own integration.
        expect(() => cipher.decrypt(row, `integration:${ids.find((other) => other !== id) ?? ''}`)).toThrow();
      }
    });

    it('rewrites nothing on a second run', async () => {
      const rowsBefore = await credentialRows(newApp, ids);
      expect(await newApp.app.get(CredentialsService).reencryptAll()).toEqual({ reencrypted: 0, total: 5, unreadable: [] });
      const rowsAfter = await credentialRows(newApp, ids);
      for (const id of ids) expect(rowsAfter.get(id)?.ciphertext.equals(rowsBefore.get(id)?.ciphertext ?? Buffer.alloc(0))).toBe(true);
    });

    it('keeps the API working: credentials written after the rotation use the new key', async () => {
      const id = ids[0] ?? '';
      const read = await newApp.client(organization).GET('/integrations/{id}', { params: { path: { id } } });
      expect(read.response.status).toBe(200);
      expect(read.data?.credentialFields).toEqual(['accessToken', 'storeDomain']);

      const credentials = { storeDomain: `rotated-${unique()}.myshopify.com`, accessToken: `shpat_${unique()}` };
      const replaced = await newApp.client(organization).PUT('/integrations/{id}/credentials', {
        params: { path: { id } },
        body: { credentials },
      });
      expect(replaced.response.status).toBe(200);
      const row = (await credentialRows(newApp, [id])).get(id);
      expect(row?.keyId).toBe('new');
      if (row !== undefined) expect(decryptJson(newApp.app.get(CredentialCipher), row)).toEqual(credentials);
      created.set(id, credentials);
    });
  });

  describe('through the CLI (node dist/cli/rotate-credentials.js)', () => {
    let created: Map<string, unknown>;
    let ids: string[];
    const organizationB = newOrganization('rotate-b');
    const cliEnv = (keys: string): Record<string, string> => ({
      NODE_ENV: 'test',
      NO_COLOR: '1',
      DATABASE_URL: url,
      CREDENTIAL_KEYS: keys,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATA_DIR: dataDir,
    });

    beforeAll(async () => {
      // The first describe left 5 rows under "new"; these 5 are under "old".
      created = await createAll(oldApp, organizationB);
      ids = [...created.keys()];
    });

    it('names every row it cannot decrypt (its key missing from the ring), touches none of them, exits 1, quoting no key', async () => {
      const rowsBefore = await credentialRows(oldApp, ids);
      const run = await runNode(distScript('cli/rotate-credentials.js'), [], cliEnv(`new:${NEW_KEY}`));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('re-encrypted 0 of 10 credentials under key "new"\n');
      for (const id of ids) {
        expect(run.stderr).toContain(`integration ${id}: the stored credentials are encrypted under key "old", which is not in CREDENTIAL_KEYS`);
      }
      expect(run.stderr).toContain('5 credentials could not be re-encrypted and keep their old key');
      expect(run.stderr).not.toContain(NEW_KEY);
      expect(run.stderr).not.toContain(OLD_KEY);
      for (const value of [...created.values()].flatMap(stringLeaves)) expect(run.stderr).not.toContain(value);
      const rowsAfter = await credentialRows(oldApp, ids);
      for (const id of ids) {
        expect(rowsAfter.get(id)?.keyId).toBe('old');
        expect(rowsAfter.get(id)?.ciphertext.equals(rowsBefore.get(id)?.ciphertext ?? Buffer.alloc(0))).toBe(true);
      }
    });

    it('exits 1 listing the problems of an invalid environment', async () => {
      const run = await runNode(distScript('cli/rotate-credentials.js'), [], { ...cliEnv('new:not-a-key'), NODE_ENV: 'production' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Invalid configuration:');
      expect(run.stderr).toContain('  - CREDENTIAL_KEYS key "new" must be 32 bytes encoded in base64');
      expect(run.stderr).toContain('  - AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production');
    });

    it('re-encrypts the rows under old keys, and names the one row it cannot decrypt without stopping for it', async () => {
      const rowsBefore = await credentialRows(oldApp, ids);
      expect([...rowsBefore.values()].map((r) => r.keyId)).toEqual(Array(5).fill('old'));
      // One row damaged (a flipped tag bit): it cannot be decrypted, whatever the ring holds.
      const [damaged = '', ...readable] = ids;
      await oldApp.dataSource.query(`UPDATE integration_credentials SET auth_tag = set_byte(auth_tag, 0, get_byte(auth_tag, 0) # 1) WHERE integration_id = $1`, [damaged]);

      const run = await runNode(distScript('cli/rotate-credentials.js'), [], cliEnv(ROTATED_RING));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('re-encrypted 4 of 10 credentials under key "new"\n');
      expect(run.stderr).toBe(
        `integration ${damaged}: the stored credentials (key "old") cannot be decrypted: replace the credentials\n` +
          '1 credentials could not be re-encrypted and keep their old key\n',
      );

      const rowsAfter = await credentialRows(oldApp, ids);
      expect(rowsAfter.get(damaged)?.keyId).toBe('old');
      const cipher = cipherFor(`new:${NEW_KEY}`);
      for (const id of readable) {
        const row = rowsAfter.get(id);
        expect(row?.keyId).toBe('new');
        expect(row?.ciphertext.equals(rowsBefore.get(id)?.ciphertext ?? Buffer.alloc(0))).toBe(false);
        if (row !== undefined) expect(decryptJson(cipher, row)).toEqual(created.get(id));
      }
    });

    it('finishes on a later run once the damaged row has new credentials, then has nothing to do', async () => {
      const damaged = ids[0] ?? '';
      const mended = await oldApp.client(organizationB).PUT('/integrations/{id}/credentials', {
        params: { path: { id: damaged } },
        body: { credentials: created.get(damaged) as Record<string, unknown> },
      });
      expect(mended.response.status).toBe(200);
      const run = await runNode(distScript('cli/rotate-credentials.js'), [], cliEnv(ROTATED_RING));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('re-encrypted 1 of 10 credentials under key "new"\n');
      const again = await runNode(distScript('cli/rotate-credentials.js'), [], cliEnv(ROTATED_RING));
      expect(again.code).toBe(0);
      expect(again.stdout).toBe('re-encrypted 0 of 10 credentials under key "new"\n');
    });
  });
});

/** Every string inside a value (credential values to look for in output). */
function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringLeaves);
}
