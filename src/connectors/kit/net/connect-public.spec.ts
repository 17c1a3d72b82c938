import { describe, expect, it } from '@jest/globals';
import { OutboundPolicy } from '../outbound/outbound-policy.js';
import type { Resolver } from '../outbound/resolver.js';
import { connectPublic } from './connect-public.js';

const resolver: Resolver = (name) =>
  Promise.resolve(
    name === 'cluster.test'
      ? [{ address: '52.1.2.3', family: 4 }]
      : name === 'rebound.test'
        ? [{ address: '10.0.0.5', family: 4 }]
        : [],
  );
const policy = new OutboundPolicy({ outboundAllowLoopback: false }, resolver);

describe('connectPublic', () => {
  it('returns the checked address to connect to, and the name for TLS', async () => {
    await expect(connectPublic(policy, 'cluster.test', 5439)).resolves.toEqual({ address: '52.1.2.3', family: 4, port: 5439, servername: 'cluster.test' });
  });

  it.each([
    ['rebound.test', 'credentials.host resolves to a private address'],
    ['169.254.169.254', 'credentials.host is the cloud metadata address'],
    ['2130706433', 'credentials.host is a loopback address'],
    ['[::1]', 'credentials.host is a loopback address'],
    ['nowhere.test', 'credentials.host does not resolve (no such host)'],
  ])('refuses %s before connecting', async (host, message) => {
    await expect(connectPublic(policy, host, 5439)).rejects.toMatchObject({ kind: 'config', message });
  });
});
