import type { IncomingMessage } from 'node:http';

/** What Express sets on a request once a route matched it. */
interface RoutedRequest extends IncomingMessage {
  baseUrl?: string;
  route?: { path?: unknown };
}

/**
 * The route a request matched, its parameters as names (`/integrations/:id`), or null when
 * none did: log lines and metrics group by endpoint, and no id or query string (which may
 * hold anything) is copied out.
 */
export function requestRoute(request: IncomingMessage): string | null {
  const { baseUrl, route } = request as RoutedRequest;
  // A wildcard is a middleware mounted on every path (the logger's), which every request passes.
  return typeof route?.path === 'string' && !route.path.includes('*') ? `${baseUrl ?? ''}${route.path}` : null;
}
