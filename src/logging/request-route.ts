import type { IncomingMessage } from 'node:http';

/** What Express sets on a request once a route matched it. */
interface RoutedRequest extends IncomingMessage {
  baseUrl?: string;
  route?: { path?: unknown };
}

/**
 * The route a request matched, its parameters as names (`/integrations/:id`): log lines
 * group by endpoint, and no id or query string (which may hold anything) is copied out.
 */
export function requestRoute(request: IncomingMessage): string {
  const { baseUrl, route } = request as RoutedRequest;
  // A wildcard is the middleware mounted on every path (this logger's own), which every request passes.
  return typeof route?.path === 'string' && !route.path.includes('*') ? `${baseUrl ?? ''}${route.path}` : '(no route)';
}
