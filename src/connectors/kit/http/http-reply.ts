import type { IncomingHttpHeaders } from 'node:http';

/** A reply as the service sent it: the raw status and headers (Retry-After...) and the body. */
export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HttpRequest {
  method: string;
  url: URL | string;
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** Default 60 s: a request taking longer fails with code ETIMEDOUT (a transient network failure). */
  timeoutMs?: number;
  /** Redirects followed, each to an address the policy allows; default 3 for GET and HEAD, none otherwise (the 3xx reply is returned). */
  maxRedirects?: number;
}
