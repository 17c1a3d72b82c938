import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { publicOnlyLookup } from './safe-lookup.js';

export interface TransportResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How long a request may take before it counts as a (transient) network failure. */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * HTTP for the connector: node's own client, so that every connection resolves through
 * publicOnlyLookup (unless the loopback fake is allowed) and the status and headers
 * (Retry-After) reach the retry policy as they are.
 */
export class ShopifyTransport {
  constructor(private readonly allowLoopback: boolean) {}

  async post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<TransportResponse> {
    const response = await this.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, signal, body);
    let text = '';
    response.setEncoding('utf8');
    for await (const chunk of response) text += chunk as string;
    return { status: response.statusCode ?? 0, headers: response.headers, body: text };
  }

  /** A download as a stream (bulk results can be gigabytes). */
  async get(url: URL, signal: AbortSignal): Promise<Readable> {
    const response = await this.request(url, { method: 'GET' }, signal);
    if ((response.statusCode ?? 0) >= 400) {
      response.resume();
      throw Object.assign(new Error(`download answered ${String(response.statusCode)}`), { status: response.statusCode });
    }
    return response;
  }

  private request(url: URL, options: http.RequestOptions, signal: AbortSignal, body?: string): Promise<http.IncomingMessage> {
    const client = url.protocol === 'http:' ? http : https;
    if (url.protocol === 'http:' && !this.allowLoopback) return Promise.reject(new Error('plain http is refused'));
    return new Promise((resolve, reject) => {
      const request = client.request(url, {
        ...options,
        signal,
        timeout: REQUEST_TIMEOUT_MS,
        ...(this.allowLoopback ? {} : { lookup: publicOnlyLookup }),
      });
      request.once('response', resolve);
      request.once('error', reject);
      request.once('timeout', () => request.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
      request.end(body);
    });
  }
}
