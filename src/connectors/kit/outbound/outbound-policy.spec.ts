import { describe, expect, it } from '@jest/globals';
import { OutboundPolicy } from './outbound-policy.js';
import type { ResolvedAddress, Resolver } from './resolver.js';

/** Test answers instead of the network: `private.test` is 10.0.0.5, `mixed.test` one public and one private address... */
const ANSWERS: Record<string, ResolvedAddress[]> = {
  'public.test': [{ address: '93.184.216.34', family: 4 }],
  'public6.test': [{ address: '2606:4700::1', family: 6 }],
  'private.test': [{ address: '10.0.0.5', family: 4 }],
  'metadata.test': [{ address: '169.254.169.254', family: 4 }],
  'loop.test': [{ address: '127.0.0.1', family: 4 }],
  'mixed.test': [
    { address: '93.184.216.34', family: 4 },
    { address: '10.0.0.5', family: 4 },
  ],
  'mapped.test': [{ address: '::ffff:10.0.0.5', family: 6 }],
  'empty.test': [],
};

const testResolver: Resolver = (name) => {
  const answer = ANSWERS[name.toLowerCase()];
  if (answer !== undefined) return Promise.resolve(answer);
  return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' }));
};

const strict = new OutboundPolicy({ outboundAllowLoopback: false }, testResolver);
const loopback = new OutboundPolicy({ outboundAllowLoopback: true }, testResolver);

describe('OutboundPolicy.checkUrl', () => {
  it.each(['https://public.test/', 'https://public.test:8443/api?x=1', 'https://93.184.216.34/', 'https://[2606:4700::1]/', 'https://public6.test'])('allows %s', async (url) => {
    await expect(strict.checkUrl(url, 'credentials.baseUrl')).resolves.toBeInstanceOf(URL);
  });

  it.each([
    ['http://public.test/', 'must be an https:// URL'],
    ['ftp://public.test/', 'must be an https:// URL'],
    ['not a url', 'must be an https:// URL'],
    ['https://127.0.0.1/', 'is a loopback address'],
    ['https://localhost/', 'is a loopback address'],
    ['https://2130706433/', 'is a loopback address'],
    ['https://0x7f000001/', 'is a loopback address'],
    ['https://0x7f.1/', 'is a loopback address'],
    ['https://0177.1/', 'is a loopback address'],
    ['https://127.1/', 'is a loopback address'],
    ['https://[::1]/', 'is a loopback address'],
    ['https://[::ffff:127.0.0.1]/', 'is a loopback address'],
    ['https://[::ffff:a9fe:a9fe]/', 'is the cloud metadata address'],
    ['https://169.254.169.254/latest/meta-data/', 'is the cloud metadata address'],
    ['https://[fd00:ec2::254]/', 'is the cloud metadata address'],
    ['https://10.0.0.5/', 'is a private address'],
    ['https://192.168.0.1/', 'is a private address'],
    ['https://[fe80::1]/', 'is a link-local address'],
    ['https://[fc00::1]/', 'is a unique-local address'],
    ['https://100.64.0.1/', 'is a carrier-grade NAT address'],
    ['https://0.0.0.0/', 'is an unspecified address'],
    ['https://[64:ff9b::10.0.0.5]/', 'is a private address'],
    ['https://public.test@10.0.0.5/', 'must not contain a user name or password'],
    ['https://user:pw@public.test/', 'must not contain a user name or password'],
    ['https://private.test/', 'resolves to a private address'],
    ['https://PRIVATE.test./', 'resolves to a private address'],
    ['https://metadata.test/', 'resolves to the cloud metadata address'],
    ['https://loop.test/', 'resolves to a loopback address'],
    ['https://mixed.test/', 'resolves to a private address'],
    ['https://mapped.test/', 'resolves to a private address'],
  ])('refuses %s: %s', async (url, why) => {
    await expect(strict.checkUrl(url, 'credentials.baseUrl')).rejects.toMatchObject({
      kind: 'config',
      code: 'EADDRNOTPUBLIC',
      field: 'credentials.baseUrl',
      message: `credentials.baseUrl ${why}`,
    });
  });

  it('accepts a name that does not resolve at create, refuses it at connect', async () => {
    await expect(strict.checkUrl('https://later.test/', 'settings.baseUrl', 'create')).resolves.toBeInstanceOf(URL);
    await expect(strict.checkUrl('https://empty.test/', 'settings.baseUrl', 'create')).resolves.toBeInstanceOf(URL);
    await expect(strict.checkUrl('https://later.test/', 'settings.baseUrl', 'connect')).rejects.toThrow('settings.baseUrl does not resolve (no such host)');
    await expect(strict.checkUrl('https://empty.test/', 'settings.baseUrl')).rejects.toThrow('settings.baseUrl does not resolve');
  });

  it('a resolver that fails otherwise is a transient error at connect', async () => {
    const failing = new OutboundPolicy({ outboundAllowLoopback: false }, () => Promise.reject(Object.assign(new Error('timeout'), { code: 'EAI_AGAIN' })));
    await expect(failing.checkUrl('https://public.test/', 'f')).rejects.toMatchObject({ kind: 'transient', message: 'f could not be resolved' });
    await expect(failing.checkUrl('https://public.test/', 'f', 'create')).resolves.toBeInstanceOf(URL);
  });

  it('with loopback allowed: loopback (over http too), but still no private or metadata address', async () => {
    for (const url of ['http://127.0.0.1:8080/', 'https://localhost/', 'http://localhost:3000', 'http://[::1]:80/', 'https://loop.test/', 'https://2130706433/']) {
      await expect(loopback.checkUrl(url, 'f')).resolves.toBeInstanceOf(URL);
    }
    await expect(loopback.checkUrl('http://public.test/', 'f')).rejects.toThrow('f must be an https:// URL');
    await expect(loopback.checkUrl('http://loop.test/', 'f')).rejects.toThrow('f must be an https:// URL');
    await expect(loopback.checkUrl('https://10.0.0.5/', 'f')).rejects.toThrow('f is a private address');
    await expect(loopback.checkUrl('https://169.254.169.254/', 'f')).rejects.toThrow('f is the cloud metadata address');
    await expect(loopback.checkUrl('https://private.test/', 'f')).rejects.toThrow('f resolves to a private address');
  });
});

describe('OutboundPolicy.checkHost and resolvePublic', () => {
  it.each([
    ['127.0.0.1', 'is a loopback address'],
    ['169.254.169.254', 'is the cloud metadata address'],
    ['2130706433', 'is a loopback address'],
    ['0x7f000001', 'is a loopback address'],
    ['0177.1', 'is a loopback address'],
    ['127.1', 'is a loopback address'],
    ['0xa9fea9fe', 'is the cloud metadata address'],
    ['::1', 'is a loopback address'],
    ['[::1]', 'is a loopback address'],
    ['::ffff:10.0.0.5', 'is a private address'],
    ['fd00:ec2::254', 'is the cloud metadata address'],
    ['localhost', 'is a loopback address'],
    ['private.test', 'resolves to a private address'],
    ['mixed.test', 'resolves to a private address'],
    ['a@public.test', 'must be a host name or IP address (no scheme, port, path or user name)'],
    ['public.test:5439', 'must be a host name or IP address (no scheme, port, path or user name)'],
    ['https://public.test', 'must be a host name or IP address (no scheme, port, path or user name)'],
  ])('refuses %s: %s', async (host, why) => {
    await expect(strict.checkHost(host, 'credentials.host')).rejects.toMatchObject({ kind: 'config', message: `credentials.host ${why}` });
  });

  it('returns the checked addresses, to connect to without resolving again', async () => {
    await expect(strict.checkHost('public.test', 'credentials.host')).resolves.toEqual([{ address: '93.184.216.34', family: 4 }]);
    await expect(strict.resolvePublic('public.test', 'credentials.host')).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(strict.resolvePublic('93.184.216.34')).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(strict.resolvePublic('later.test', 'credentials.host')).rejects.toThrow('credentials.host does not resolve');
    await expect(loopback.resolvePublic('localhost', 'credentials.host')).resolves.toEqual({ address: '127.0.0.1', family: 4 });
  });
});

describe('OutboundPolicy.lookup', () => {
  const lookup = (policy: OutboundPolicy, name: string, all: boolean): Promise<unknown> =>
    new Promise((resolve, reject) => {
      policy.lookup(name, { all }, (error, address, family) => {
        if (error) reject(error);
        else resolve(all ? address : { address, family });
      });
    });

  it('answers public names, one address or all', async () => {
    await expect(lookup(strict, 'public.test', false)).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(lookup(strict, 'public.test', true)).resolves.toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it.each(['private.test', 'metadata.test', 'loop.test', 'mixed.test', 'mapped.test', 'localhost'])('refuses %s (every answer checked, with or without all)', async (name) => {
    await expect(lookup(strict, name, false)).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
    await expect(lookup(strict, name, true)).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
  });

  it('passes resolver errors on with their code', async () => {
    await expect(lookup(strict, 'later.test', false)).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('allows loopback answers only when loopback is allowed', async () => {
    await expect(lookup(loopback, 'loop.test', false)).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    await expect(lookup(loopback, 'mixed.test', true)).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
  });
});
