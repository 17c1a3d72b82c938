import type { Operation } from './openapi-operations.js';
import type { TokenKind } from './fuzz-tokens.js';

/** How a real resource's id is spelled in the request. */
export type IdForm = 'as-is' | 'upper' | 'mixed-case' | 'percent-encoded' | 'percent-broken' | 'padded' | 'nul-suffix';

/**
 * A real resource of the test organization ('own') or of another one ('foreign'), picked
 * when the request is sent: the pool of resources is seeded afresh between rounds, and a
 * generated request names it by position so that runs with one seed send the same requests.
 */
export class ResourceRef {
  constructor(
    readonly owner: 'own' | 'foreign',
    /** The pool's kind: a path's first segment (`integrations`, `sku-mappings`). */
    readonly kind: string,
    /** The item's property that holds the value (`id`, `externalId`, `key`). */
    readonly property: string,
    readonly index: number,
    readonly form: IdForm,
    /** Sent when the pool has no such resource. */
    readonly fallback: string,
  ) {}
}

/** JSON text inserted verbatim: numbers JavaScript cannot hold, nesting too deep to build as objects. */
export class RawJson {
  constructor(
    readonly text: string,
    /** What it is, for reports (the text may be 30 KB). */
    readonly label: string,
  ) {}
}

/** A request body as a tree: JSON values with resources and raw JSON among the leaves. */
export type BodyValue = null | boolean | number | string | ResourceRef | RawJson | BodyValue[] | { [key: string]: BodyValue };

export type RequestBody =
  | { kind: 'json'; value: BodyValue; contentType?: string }
  /** Bytes as given: invalid JSON, oversize, other media types. */
  | { kind: 'raw'; text: string; contentType?: string; label: string };

export interface QueryEntry {
  name: string;
  value: string | ResourceRef;
  /** Sent as is rather than encoded (a broken `%` sequence). */
  raw?: boolean;
}

export interface FuzzRequest {
  operation: Operation;
  /** Path parameters: a resource, or a literal segment sent as is (already encoded, or broken on purpose). */
  path: Record<string, ResourceRef | string>;
  /** Query parameters in order; a name may repeat. */
  query: QueryEntry[];
  token: TokenKind;
  body?: RequestBody;
  /** The external service the request is about, when it has one: resources of that service are preferred. */
  service?: string;
  /** The class of the mutation ('valid' for none), for grouping failures. */
  mutation: string;
  /** Where and what, for the reproduction (`body.settings: object nested 3000 levels`). */
  detail: string;
  /** The top-level body field or query parameter the mutation is about (a reduction keeps it). */
  target?: string;
  /** Why the document refuses the request, when it certainly does: then a 2xx is a failure. */
  mustRefuse?: string;
}

/** Mutations of the body as a whole (not of a field): a 400 about them names the body, not a field. */
export const BODY_LEVEL_MUTATIONS: ReadonlySet<string> = new Set([
  'invalid-json',
  'body-not-object',
  'body-null',
  'body-deep',
  'deep-nesting',
  'unsupported-charset',
  'oversize',
]);
