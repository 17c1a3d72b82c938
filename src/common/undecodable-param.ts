import type { Request } from 'express';

interface RouteLayer {
  route?: { path?: unknown };
}

/** Express reports a route parameter it cannot percent-decode as this, without its name. */
export const isParamDecodeError = (error: unknown): error is URIError & { status: number } =>
  error instanceof URIError && (error as { status?: unknown }).status === 400;

/**
 * The name of the route parameter that holds the first undecodable segment of the
 * request's path, found by matching the path against the app's routes segment by segment
 * (our routes are literal segments, `:name` parameters and a last `*name` wildcard, which
 * takes every segment from its place on).
 */
export function undecodableParam(request: Request): string | undefined {
  const segments = request.path.split('/');
  const bad = segments.findIndex((segment) => !decodes(segment));
  if (bad < 0) return undefined;
  const stack = (request.app.router as unknown as { stack?: RouteLayer[] }).stack ?? [];
  for (const layer of stack) {
    const path = layer.route?.path;
    if (typeof path !== 'string') continue;
    const parts = path.split('/');
    const wildcard = parts.at(-1)?.startsWith('*') === true;
    const fixed = wildcard ? parts.slice(0, -1) : parts;
    const matches =
      (wildcard ? segments.length > fixed.length : segments.length === parts.length) &&
      fixed.every((part, i) => part.startsWith(':') || (i !== bad && part === segments[i]));
    if (matches) return (parts[Math.min(bad, parts.length - 1)] ?? '').slice(1) || undefined;
  }
  return undefined;
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
