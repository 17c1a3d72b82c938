import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OutboundOutcome } from '../observe/outbound-observer.js';
import { OutboundPolicy } from '../outbound/outbound-policy.js';
import type { Resolver } from '../outbound/resolver.js';
import { OutboundHttp } from './outbound-http.js';

const resolver: Resolver = (name) =>
  name === 'private.test'
    ? Promise.resolve([{ address: '10.0.0.5', family: 4 }])
    : Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' }));

/** A local server, reachable only because this policy allows loopback: the first hop; where it redirects is what is tested. */
const loopback = new OutboundHttp(new OutboundPolicy({ outboundAllowLoopback: true }, resolver));
const strict = new OutboundHttp(new OutboundPolicy({ outboundAllowLoopback: false }, resolver));
const signal = (): AbortSignal => AbortSignal.timeout(5000);

describe('OutboundHttp', () => {
  let server: Server;
  let base: string;
  let hits: string[];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      hits.push(`${request.method ?? ''} ${path}`);
      const redirect = (location: string): void => {
        response.writeHead(302, { location }).end();
      };
      if (path === '/ok') response.writeHead(200, { 'x-seen': request.headers['x-test'] ?? '' }).end('ok');
      else if (path === '/hop') redirect('/ok');
      else if (path === '/hop2') redirect(`${base}/hop`);
      else if (path === '/loop') redirect('/loop');
      else if (path === '/to-private') redirect('https://10.0.0.5/data');
      else if (path === '/to-decimal') redirect('https://167772165/ok');
      else if (path === '/to-metadata') redirect('https://169.254.169.254/latest/meta-data/');
      else if (path === '/to-private-name') redirect('https://private.test/data');
      else if (path === '/to-userinfo') redirect(`http://a@${base.slice('http://'.length)}/ok`);
      else if (path === '/to-ftp') redirect('ftp://example.com/');
      else if (path === '/to-other-origin') redirect(`${base.replace('127.0.0.1', 'localhost')}/ok`);
      else if (path === '/slow') return; // never answers
      else if (path === '/throttled') response.writeHead(429, { 'retry-after': '7' }).end('slow down');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('returns the raw status, headers and body', async () => {
    hits = [];
    const reply = await loopback.send({ method: 'GET', url: `${base}/throttled`, signal: signal() });
    expect(reply).toMatchObject({ status: 429, body: 'slow down', headers: { 'retry-after': '7' } });
  });

  it('follows redirects that stay allowed, at most 3', async () => {
    hits = [];
    await expect(loopback.send({ method: 'GET', url: `${base}/hop2`, headers: { 'x-test': 'y' }, signal: signal() })).resolves.toMatchObject({
      status: 200,
      body: 'ok',
      headers: { 'x-seen': 'y' },
    });
    expect(hits).toEqual(['GET /hop2', 'GET /hop', 'GET /ok']);
    await expect(loopback.send({ method: 'GET', url: `${base}/loop`, signal: signal() })).rejects.toMatchObject({ kind: 'config', message: 'the redirect chain is longer than 3 hops' });
  });

  it('sends the headers to the first origin only', async () => {
    await expect(loopback.send({ method: 'GET', url: `${base}/to-other-origin`, headers: { 'x-test': 'token' }, signal: signal() })).resolves.toMatchObject({
      status: 200,
      headers: { 'x-seen': '' },
    });
  });

  it('does not follow a POST redirect: the 3xx is the reply', async () => {
    await expect(loopback.post(`${base}/hop`, {}, '{}', signal())).resolves.toMatchObject({ status: 302, headers: { location: '/ok' } });
  });

  it.each([
    ['/to-private', 'the redirect target is a private address'],
    ['/to-decimal', 'the redirect target is a private address'],
    ['/to-metadata', 'the redirect target is the cloud metadata address'],
    ['/to-private-name', 'the redirect target resolves to a non-public address'],
    ['/to-userinfo', 'the redirect target must not contain a user name or password'],
    ['/to-ftp', 'the redirect target must be an https:// URL'],
  ])('refuses a redirect %s as a config error', async (path, message) => {
    hits = [];
    await expect(loopback.send({ method: 'GET', url: `${base}${path}`, signal: signal() })).rejects.toMatchObject({ kind: 'config', message });
    expect(hits).toEqual([`GET ${path}`]);
  });

  it('streams downloads, following redirects; a 4xx is an error with its status', async () => {
    const stream = await loopback.download(`${base}/hop`, signal());
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    expect(text).toBe('ok');
    await expect(loopback.download(`${base}/missing`, signal())).rejects.toMatchObject({ status: 404 });
  });

  it('times out (code ETIMEDOUT)', async () => {
    await expect(loopback.send({ method: 'GET', url: `${base}/slow`, signal: signal(), timeoutMs: 100 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('refuses http, loopback, private and unresolvable hosts before sending (strict policy)', async () => {
    hits = [];
    await expect(strict.send({ method: 'GET', url: `${base}/ok`, signal: signal() })).rejects.toMatchObject({ kind: 'config', message: 'the request URL must be an https:// URL' });
    await expect(strict.send({ method: 'GET', url: 'https://127.0.0.1/', signal: signal() })).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
    await expect(strict.send({ method: 'GET', url: 'https://0x7f.1/', signal: signal() })).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
    // A name: the policy's lookup (with its resolver, not the system's) refuses the connection.
    await expect(strict.send({ method: 'GET', url: 'https://private.test/', signal: signal() })).rejects.toMatchObject({ code: 'EADDRNOTPUBLIC' });
    await expect(strict.send({ method: 'GET', url: 'https://nowhere.test/', signal: signal() })).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect(hits).toEqual([]);
  });

  it("tells its observer each hop's status class, and a request without a reply", async () => {
    hits = [];
    const told: OutboundOutcome[] = [];
    const observed = new OutboundHttp(new OutboundPolicy({ outboundAllowLoopback: true }, resolver), {
      requested: (outcome) => told.push(outcome),
      retried: () => undefined,
      bucketObserved: () => undefined,
    });
    await observed.send({ method: 'GET', url: `${base}/hop`, signal: signal() });
    await observed.send({ method: 'GET', url: `${base}/throttled`, signal: signal() });
    await expect(observed.send({ method: 'GET', url: `${base}/slow`, signal: signal(), timeoutMs: 50 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(told).toEqual(['3xx', '2xx', '4xx', 'network_error']);
  });
});
