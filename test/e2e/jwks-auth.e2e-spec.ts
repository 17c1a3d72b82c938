import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { apiClient } from '../support/api-client.js';
import { startJwksServer, type JwksServer } from '../support/jwks-server.js';
import { testConfig } from '../support/test-config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

const ISSUER = 'https://id.tether.example/';
const AUDIENCE = 'tether-integrations';

describe('production auth: JWKS with issuer and audience', () => {
  let idp: JwksServer;
  let t: TestApp;
  const org = newOrganization('jwks');

  beforeAll(async () => {
    idp = await startJwksServer();
    t = await startTestApp(
      testConfig({ AUTH_JWT_SECRET: undefined, AUTH_JWKS_URL: idp.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE }),
    );
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  const sign = (options: jwt.SignOptions = {}, claims: Record<string, unknown> = {}, key: jwt.Secret = idp.privateKey): string =>
    jwt.sign({ org, roles: ['viewer'], ...claims }, key, {
      algorithm: 'RS256',
      keyid: idp.kid,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: '5m',
      subject: 'user-1',
      ...options,
    });

  const status = async (token: string): Promise<number> =>
    (await apiClient(t.baseUrl, token).GET('/integrations')).response.status;

  it('accepts a token signed by the identity provider', async () => {
    const { data, response } = await apiClient(t.baseUrl, sign()).GET('/integrations');
    expect(response.status).toBe(200);
    expect(data?.total).toBe(0);
  });

  it('refuses the wrong issuer, the wrong audience and an expired token', async () => {
    expect(await status(sign({ issuer: 'https://evil.example/' }))).toBe(401);
    expect(await status(sign({ audience: 'someone-else' }))).toBe(401);
    expect(await status(sign({ expiresIn: -10 }))).toBe(401);
  });

  it('refuses a key the identity provider did not publish, and an unknown key id', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await status(sign({}, {}, other))).toBe(401);
    expect(await status(sign({ keyid: 'not-published' }))).toBe(401);
  });

  it('pins the algorithm: an HS256 token keyed with the public key is refused', async () => {
    const confused = jwt.sign({ org, roles: ['viewer'] }, idp.publicKeyPem, {
      algorithm: 'HS256',
      keyid: idp.kid,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: '5m',
    });
    expect(await status(confused)).toBe(401);
  });

  it('reads the organization and roles from the claims', async () => {
    const write = await apiClient(t.baseUrl, sign()).POST('/integrations', {
      body: {
        name: 'viewer cannot',
        externalService: 'trackstar',
        capabilities: ['warehouse_inventory'],
        credentials: { apiKey: 'k', accessToken: 'a' },
      },
    });
    expect(write.response.status).toBe(403);
    const noOrg = await status(sign({}, { org: undefined }));
    expect(noOrg).toBe(401);
  });
});
