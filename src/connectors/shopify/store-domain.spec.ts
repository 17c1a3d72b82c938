import { describe, expect, it } from '@jest/globals';
import { storeEndpoint } from './store-domain.js';

describe('storeEndpoint', () => {
  it.each([
    ['acme.myshopify.com', 'acme.myshopify.com'],
    ['https://Acme-Store.myshopify.com/', 'acme-store.myshopify.com'],
    ['  https://acme.myshopify.com/admin/products?x=1 ', 'acme.myshopify.com'],
  ])('reduces %j to %s, over https', (input, host) => {
    expect(storeEndpoint(input, false)).toEqual({ host, protocol: 'https:' });
  });

  it.each(['127.0.0.1:8080', 'localhost:3000', 'acme.myshopify.com.evil.example', 'evil.example/acme.myshopify.com', 'myshopify.com', '10.0.0.1', 'acme.myshopify.com:8443', ''])(
    'refuses %j',
    (input) => {
      expect(() => storeEndpoint(input, false)).toThrow('credentials.storeDomain must be a domain ending in .myshopify.com');
    },
  );

  it('allows a loopback fake, over http, only with the test setting', () => {
    expect(storeEndpoint('http://127.0.0.1:43123', true)).toEqual({ host: '127.0.0.1:43123', protocol: 'http:' });
    expect(() => storeEndpoint('http://10.1.2.3:43123', true)).toThrow('credentials.storeDomain');
  });
});
