import { describe, expect, it } from '@jest/globals';
import { storeDomainPattern, storeEndpoint } from './store-domain.js';

const STRICT = { allowLoopback: false };
const LOOPBACK = { allowLoopback: true };

describe('storeEndpoint', () => {
  it.each([
    ['acme.myshopify.com', 'acme.myshopify.com'],
    ['acme.myshopify.com/', 'acme.myshopify.com'],
    ['https://Acme-Store.myshopify.com/', 'acme-store.myshopify.com'],
    ['HTTPS://ACME.MYSHOPIFY.COM/ADMIN', 'acme.myshopify.com'],
    ['https://acme.myshopify.com/admin', 'acme.myshopify.com'],
    ['https://acme.myshopify.com/admin/orders?x=1', 'acme.myshopify.com'],
    ['https://acme.myshopify.com?x=1', 'acme.myshopify.com'],
    ['https://acme.myshopify.com#top', 'acme.myshopify.com'],
    ['https://acme.myshopify.com/@evil.example', 'acme.myshopify.com'],
    ['  https://acme.myshopify.com/admin/products?x=1 ', 'acme.myshopify.com'],
  ])('reduces %j to %s, over https', (input, host) => {
    expect(storeEndpoint(input, STRICT)).toEqual({ host, protocol: 'https:' });
    expect(new RegExp(storeDomainPattern(STRICT)).test(input)).toBe(true);
  });

  it.each([
    '127.0.0.1:8080',
    'localhost:3000',
    'http://acme.myshopify.com',
    'ftp://acme.myshopify.com',
    'acme.myshopify.com.evil.example',
    'acme.myshopify.com.',
    'evil.example/acme.myshopify.com',
    'evil.example?acme.myshopify.com',
    'https://evil.example#.myshopify.com',
    'https://evil.example@acme.myshopify.com',
    'https://acme.myshopify.com@evil.example',
    'https://acme.myshopify.com:pw@evil.example',
    'https://acme.myshopify.com\\@evil.example',
    'https://acme.myshopify.com /admin',
    'a.b.myshopify.com',
    '-acme.myshopify.com',
    'myshopify.com',
    '.myshopify.com',
    '10.0.0.1',
    'acme.myshopify.com:8443',
    '//acme.myshopify.com',
    '',
  ])('refuses %j', (input) => {
    expect(() => storeEndpoint(input, STRICT)).toThrow('credentials.storeDomain must be a domain ending in .myshopify.com');
    expect(new RegExp(storeDomainPattern(STRICT)).test(input)).toBe(false);
  });

  it('allows a loopback fake, over http, only with the test setting', () => {
    expect(storeEndpoint('http://127.0.0.1:43123', LOOPBACK)).toEqual({ host: '127.0.0.1:43123', protocol: 'http:' });
    expect(storeEndpoint('HTTP://localhost:43123/admin?x=1', LOOPBACK)).toEqual({ host: 'localhost:43123', protocol: 'http:' });
    expect(storeEndpoint('http://Acme.myshopify.com/admin', LOOPBACK)).toEqual({ host: 'acme.myshopify.com', protocol: 'https:' });
    expect(() => storeEndpoint('http://10.1.2.3:43123', LOOPBACK)).toThrow('credentials.storeDomain');
    expect(() => storeEndpoint('http://127.0.0.1:43123@evil.example', LOOPBACK)).toThrow('credentials.storeDomain');
  });

  it('has patterns an HTML form can use (the `v` flag of the pattern attribute)', () => {
    for (const loopback of [false, true]) expect(() => new RegExp(storeDomainPattern({ allowLoopback: loopback }), 'v')).not.toThrow();
  });
});
