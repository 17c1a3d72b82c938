import type { HttpRequest } from './render-request.js';
import type { Answer } from './response-checks.js';

/** Sends the request over real HTTP; undefined when no answer came (reset, timeout). */
export async function sendRequest(baseUrl: string, request: HttpRequest): Promise<{ answer?: Answer; path: string; error?: string }> {
  // What fetch puts on the wire, which the envelope's `path` must echo.
  const url = new URL(request.target, baseUrl);
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      // Past the connectors' own deadlines (15 s for a connection check), so that a slow answer still comes.
      signal: AbortSignal.timeout(30_000),
    });
    return {
      path: url.pathname,
      answer: {
        status: response.status,
        requestId: response.headers.get('x-request-id'),
        contentType: response.headers.get('content-type'),
        text: await response.text(),
        ms: Date.now() - started,
      },
    };
  } catch (error) {
    return { path: url.pathname, error: error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error) };
  }
}
