import type { HttpRequest } from './render-request.js';
import type { Answer } from './response-checks.js';

/** Sends the request over real HTTP; undefined when no answer came (reset, timeout). */
export async function sendRequest(baseUrl: string, request: HttpRequest): Promise<{ answer?: Answer; path: string; error?: string }> {
  // What fetch puts on the wire, which the envelope's `path` must echo.
  const url = new URL(request.target, baseUrl);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(15_000),
    });
    return {
      path: url.pathname,
      answer: {
        status: response.status,
        requestId: response.headers.get('x-request-id'),
        contentType: response.headers.get('content-type'),
        text: await response.text(),
      },
    };
  } catch (error) {
    return { path: url.pathname, error: error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error) };
  }
}
