import { describe, expect, it } from '@jest/globals';
import { publicOnlyLookup } from './safe-lookup.js';

const resolve = (hostname: string): Promise<string> =>
  new Promise((done, fail) => {
    publicOnlyLookup(hostname, { all: false }, (error, address) => {
      if (error) fail(error);
      else done(typeof address === 'string' ? address : JSON.stringify(address));
    });
  });

describe('publicOnlyLookup', () => {
  it.each(['localhost', '127.0.0.1', '10.1.2.3', '192.168.0.10', '169.254.169.254', '::1', '0.0.0.0', 'fd00::1'])('refuses %s (not a public address)', async (host) => {
    await expect(resolve(host)).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
  });

  it('passes through a public address', async () => {
    await expect(resolve('8.8.8.8')).resolves.toBe('8.8.8.8');
  });
});
