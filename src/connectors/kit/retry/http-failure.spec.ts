import { describe, expect, it } from '@jest/globals';
import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { httpErrorKind } from './http-error-kind.js';
import { httpFailure } from './http-failure.js';
import { networkFailure } from './network-failure.js';
import { RetryLater } from './with-retries.js';

describe('httpErrorKind', () => {
  it('maps statuses to error kinds', () => {
    expect([200, 204, 302].map(httpErrorKind)).toEqual([null, null, null]);
    expect([401, 403].map(httpErrorKind)).toEqual(['auth', 'auth']);
    expect([404, 501].map(httpErrorKind)).toEqual(['config', 'config']);
    expect([408, 429, 500, 502, 503].map(httpErrorKind)).toEqual(Array(5).fill('transient'));
    expect([400, 409, 422].map(httpErrorKind)).toEqual(['data', 'data', 'data']);
  });
});

describe('httpFailure', () => {
  const options = { service: 'TrackStar', secrets: ['key-123456'], capMs: 30_000, now: 0 };

  it('asks for a retry after what the headers say', () => {
    const failure = httpFailure({ status: 429, headers: { 'retry-after': '2' }, body: '' }, options);
    expect(failure).toEqual(new RetryLater('HTTP 429', 2_000));
  });

  it('quotes the service without the credentials', () => {
    const failure = httpFailure({ status: 401, headers: {}, body: '{"error":"Invalid API key key-123456"}' }, options);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ kind: 'auth', retryable: false, message: 'TrackStar answered HTTP 401: {"error":"Invalid API key [redacted]"}' });
    expect(httpFailure({ status: 200, headers: {}, body: '' }, options)).toBeNull();
  });
});

describe('networkFailure', () => {
  const signal = new AbortController().signal;
  const host = { what: 'store domain', host: 'shop.example' };

  it('names a host that does not resolve (or only privately) as config, retries the rest', () => {
    expect(() => networkFailure(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), signal, host)).toThrow('the store domain shop.example does not exist');
    expect(() => networkFailure(Object.assign(new Error('x'), { code: 'EADDRNOTPUBLIC' }), signal, host)).toThrow('does not resolve to a public address');
    expect(networkFailure(new Error('socket hang up'), signal, host)).toEqual(new RetryLater('network: socket hang up'));
  });
});
