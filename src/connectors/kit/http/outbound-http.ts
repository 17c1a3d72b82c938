import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { OutboundRefusal } from '../outbound/outbound-refusal.js';
import type { OutboundPolicy } from '../outbound/outbound-policy.js';
import { outcomeOf, type ServiceObserver, UNOBSERVED } from '../observe/outbound-observer.js';
import type { HttpReply, HttpRequest } from './http-reply.js';

/** How long a request may take before it counts as a (transient) network failure. */
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The one HTTP client of every HTTP connector: node's own, so that every connection
 * resolves through the outbound policy's lookup (every answer public, or loopback when
 * allowed), https only (http only to loopback, when allowed), and the raw status and
 * headers reach the caller's retry policy. Redirects are followed only to URLs the policy
 * allows, checked again at each hop. Errors keep their `code` (EADDRNOTPUBLIC, ENOTFOUND,
 * ETIMEDOUT...) so callers can classify them. Every request (each hop) is told to the
 * connector's observer, which its retries report to as well.
 */
export class OutboundHttp {
  constructor(
    private readonly policy: OutboundPolicy,
    readonly observer: ServiceObserver = UNOBSERVED,
  ) {}

  /** A request and its whole reply. */
  async send(request: HttpRequest): Promise<HttpReply> {
    const response = await this.open(request);
    let body = '';
    response.setEncoding('utf8');
    for await (const chunk of response) body += chunk as string;
    return { status: response.statusCode ?? 0, headers: response.headers, body };
  }

  /** A POST and its reply, redirects not followed. */
  post(url: URL | string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpReply> {
    return this.send({ method: 'POST', url, headers, body, signal });
  }

  /** A download as a stream (bulk results can be gigabytes); a status of 400 or more is an error carrying `status`. */
  async download(url: URL | string, signal: AbortSignal, headers: Record<string, string> = {}): Promise<Readable> {
    const response = await this.open({ method: 'GET', url, headers, signal });
    if ((response.statusCode ?? 0) >= 400) {
      response.resume();
      throw Object.assign(new Error(`download answered ${String(response.statusCode)}`), { status: response.statusCode });
    }
    return response;
  }


  private async open(request: HttpRequest): Promise<http.IncomingMessage> {
    // Only reads are followed: a redirected POST would have to change method or resend its body.
    const follow = request.method === 'GET' || request.method === 'HEAD' ? (request.maxRedirects ?? MAX_REDIRECTS) : 0;
    const first = this.policy.parseUrl(String(request.url), 'the request URL');
    let url = first;
    for (let hop = 0; ; hop++) {
      // The caller's headers (tokens) go to its own origin only, not to wherever a redirect points.
      const headers = url.origin === first.origin ? request.headers : {};
      const response = await this.once(url, { ...request, headers }).catch((error: unknown) => {
        // A hop the lookup refused: as refused as a literal address would have been.
        if (hop > 0 && (error as { code?: unknown }).code === 'EADDRNOTPUBLIC') throw new OutboundRefusal('the redirect target', 'resolves to a non-public address');
        throw error;
      });
      const location = response.headers.location;
      if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined || follow === 0) return response;
      response.resume();
      if (hop >= follow) throw new OutboundRefusal('the redirect', `chain is longer than ${String(follow)} hops`);
      let next: string;
      try {
        next = new URL(location, url).href;
      } catch {
        throw new OutboundRefusal('the redirect target', 'must be an https:// URL');
      }
      url = this.policy.parseUrl(next, 'the redirect target');
    }
  }

  private once(url: URL, request: HttpRequest): Promise<http.IncomingMessage> {
    const client = url.protocol === 'http:' ? http : https;
    const body = request.body;
    const headers = body === undefined ? { ...request.headers } : { ...request.headers, 'content-length': String(Buffer.byteLength(body)) };
    return new Promise((resolve, reject) => {
      const outgoing = client.request(url, {
        method: request.method,
        headers,
        signal: request.signal,
        timeout: request.timeoutMs ?? REQUEST_TIMEOUT_MS,
        lookup: this.policy.lookup,
      });
      let answered = false;
      outgoing.once('response', (response) => {
        answered = true;
        this.observer.requested(outcomeOf(response.statusCode ?? 0));
        resolve(response);
      });
      outgoing.once('error', (error) => {
        // An error after the reply (its body cut off) is not another request.
        if (!answered) this.observer.requested('network_error');
        reject(error);
      });
      outgoing.once('timeout', () => outgoing.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
      outgoing.end(body);
    });
  }
}
