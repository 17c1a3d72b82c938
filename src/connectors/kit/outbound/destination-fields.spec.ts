import { describe, expect, it } from '@jest/globals';
import { hostField, secretJsonField, textField, urlField } from '../../metadata-builders.js';
import { assertDestinations, destinationProblems } from './destination-fields.js';
import { OutboundPolicy } from './outbound-policy.js';
import type { Resolver } from './resolver.js';

const resolver: Resolver = (name) =>
  name === 'private.test' ? Promise.resolve([{ address: '10.0.0.5', family: 4 }]) : Promise.reject(Object.assign(new Error('no'), { code: 'ENOTFOUND' }));
const policy = new OutboundPolicy({ outboundAllowLoopback: false }, resolver);
const fields = [
  hostField('host', 'Host'),
  urlField('baseUrl', 'URL', { required: false }),
  textField('name', 'Name'),
  secretJsonField('key', 'Key', { urlProperties: ['token_uri'] }),
];

describe('destinationProblems', () => {
  it('checks exactly the fields the metadata marks, and the JSON properties it names', async () => {
    const problems = await destinationProblems(
      policy,
      fields,
      { host: '10.0.0.1', baseUrl: 'https://private.test/', name: '127.0.0.1', key: { token_uri: 'https://169.254.169.254/', auth_uri: 'https://127.0.0.1/' } },
      'credentials',
    );
    expect(problems).toEqual([
      { field: 'credentials.host', rule: 'outboundPolicy', message: 'credentials.host is a private address' },
      { field: 'credentials.baseUrl', rule: 'outboundPolicy', message: 'credentials.baseUrl resolves to a private address' },
      { field: 'credentials.key.token_uri', rule: 'outboundPolicy', message: 'credentials.key.token_uri is the cloud metadata address' },
    ]);
  });

  it('refuses a token_uri that is not a string; a key given as a JSON string is read too', async () => {
    await expect(destinationProblems(policy, fields, { key: { token_uri: 42 } }, 'credentials')).resolves.toEqual([
      { field: 'credentials.key.token_uri', rule: 'outboundPolicy', message: 'credentials.key.token_uri must be an https:// URL' },
    ]);
    await expect(destinationProblems(policy, fields, { key: '{"token_uri":"https://[::1]/"}' }, 'credentials')).resolves.toHaveLength(1);
  });

  it('accepts public values and names not found at create', async () => {
    await expect(destinationProblems(policy, fields, { host: 'later.test', baseUrl: 'https://8.8.8.8/', key: { token_uri: 'https://later.test/token' } }, 'credentials')).resolves.toEqual([]);
  });
});

describe('assertDestinations', () => {
  it('throws the first refusal as a config error, names not found included', async () => {
    const metadata = { credentialFields: fields, settingFields: [urlField('api', 'API', { required: false })] };
    await expect(assertDestinations(policy, metadata, { credentials: { host: 'later.test' }, settings: {} })).rejects.toMatchObject({
      kind: 'config',
      message: 'credentials.host does not resolve (no such host)',
    });
    await expect(assertDestinations(policy, metadata, { credentials: { host: '8.8.8.8' }, settings: { api: 'https://0x7f.1/' } })).rejects.toMatchObject({
      kind: 'config',
      message: 'settings.api is a loopback address',
    });
    await expect(assertDestinations(policy, metadata, { credentials: { host: '8.8.8.8' }, settings: {} })).resolves.toBeUndefined();
  });
});

describe('test-only fields', () => {
  const testOnly = [urlField('apiEndpoint', 'API endpoint (tests only)', { required: false, testOnly: true })];

  it('are refused, public or not, at create and at connect, unless the outbound test policy is on', async () => {
    await expect(destinationProblems(policy, testOnly, { apiEndpoint: 'https://8.8.8.8/' }, 'settings')).resolves.toEqual([
      { field: 'settings.apiEndpoint', rule: 'outboundPolicy', message: 'settings.apiEndpoint is for tests only: allowed under the outbound test policy (OUTBOUND_ALLOW_LOOPBACK)' },
    ]);
    const metadata = { credentialFields: [], settingFields: testOnly };
    await expect(assertDestinations(policy, metadata, { credentials: {}, settings: { apiEndpoint: 'https://8.8.8.8/' } })).rejects.toMatchObject({ kind: 'config' });
    await expect(assertDestinations(policy, metadata, { credentials: {}, settings: {} })).resolves.toBeUndefined();
    const testing = new OutboundPolicy({ outboundAllowLoopback: true }, resolver);
    await expect(assertDestinations(testing, metadata, { credentials: {}, settings: { apiEndpoint: 'http://127.0.0.1:9050' } })).resolves.toBeUndefined();
  });
});
