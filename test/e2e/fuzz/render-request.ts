import { serialize } from './body-tree.js';
import { type FuzzRequest, ResourceRef } from './fuzz-request.js';
import { authorizationFor } from './fuzz-tokens.js';
import { spellId, spellIdInPath } from './id-forms.js';
import type { ResourcePool } from './resource-pool.js';
import { encodeComponent } from './uri-encoding.js';

/** A request as it goes over the wire. */
export interface HttpRequest {
  method: string;
  /** Path and query string, relative to the app. */
  target: string;
  headers: Record<string, string>;
  body?: string;
}

/** The concrete request: resources resolved in the pool, ids spelled, the token signed for the organization. */
export function renderRequest(request: FuzzRequest, pool: ResourcePool, organizationId: string, requestId: string): HttpRequest {
  const resolve = (ref: ResourceRef): string => pool.resolve(ref, request.service);
  const path = request.operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.path[name] ?? '';
    return value instanceof ResourceRef ? spellIdInPath(resolve(value), value.form) : value;
  });
  const query = request.query
    .map(({ name, value, raw }) => {
      const text = value instanceof ResourceRef ? spellId(resolve(value), value.form) : value;
      return `${encodeComponent(name)}=${raw === true ? text : encodeComponent(text)}`;
    })
    .join('&');
  const authorization = authorizationFor(request.token, organizationId, request.operation.scheme);
  const headers: Record<string, string> = {
    'x-request-id': requestId,
    ...(authorization === undefined ? {} : { authorization }),
  };
  const { body } = request;
  if (body !== undefined) headers['content-type'] = body.contentType ?? 'application/json';
  return {
    method: request.operation.method,
    target: query === '' ? path : `${path}?${query}`,
    headers,
    ...(body === undefined ? {} : { body: body.kind === 'raw' ? body.text : serialize(body.value, (ref) => spellId(resolve(ref), ref.form)) }),
  };
}
