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
  /** Default 60 s: a connection idle that long fails with code ETIMEDOUT (a transient network failure). */
  timeoutMs?: number;
  /**
   * GET and HEAD only (other methods get the 3xx reply as it is): redirects followed, each
   * to a URL the policy allows, default 3; the headers are sent to the first URL's origin only.
   */
  maxRedirects?: number;
}
