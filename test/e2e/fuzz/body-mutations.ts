import fc from 'fast-check';
import { describePath, type FieldSite, fieldSites, isBodyObject, objectPaths, schemaAt, serialize, withField } from './body-tree.js';
import { acceptsValue, isClosed } from './document-rules.js';
import { notInEnum } from './enum-misses.js';
import type { BodyValue } from './fuzz-request.js';
import { describeValue, type Mutated, type Mutation, type Parts } from './mutation.js';
import { anyJsonValue, deeplyNested, hugeNumber, hugeString, INVALID_JSON, lookAlike, oddString, prototypeKey } from './odd-values.js';
import type { Schema } from './openapi-operations.js';

const jsonBody = (parts: Parts): BodyValue | undefined => (parts.body?.kind === 'json' ? parts.body.value : undefined);
const jsonType = (value: BodyValue): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const schemaType = (schema: Schema | undefined): string | undefined => (schema?.type === 'integer' ? 'number' : schema?.type);
const any = (): boolean => true;

type Refusal = (site: FieldSite, value: BodyValue | undefined) => string | undefined;

/** The document refuses the value where the field's schema does. */
const refusedBySchema: Refusal = (site, value) => (acceptsValue(site.schema, value) === false ? `${describePath(site.path)} breaks its schema` : undefined);
const always =
  (reason: string): Refusal =>
  (site) =>
    `${describePath(site.path)}: ${reason}`;

/** Replaces one field (among those `applies` accepts) with what `replacement` makes (undefined: removes it). */
const onField =
  (
    mutation: string,
    applies: (site: FieldSite) => boolean,
    replacement: (site: FieldSite) => fc.Arbitrary<BodyValue | undefined>,
    refusal: Refusal = refusedBySchema,
  ): Mutation =>
  (parts, { operation }) => {
    const body = jsonBody(parts);
    if (body === undefined) return undefined;
    const sites = fieldSites(body, operation.body?.schema).filter(applies);
    if (sites.length === 0) return undefined;
    return fc
      .constantFrom(...sites)
      .chain((site) => replacement(site).map((value) => ({ site, value })))
      .map(({ site, value }) => {
        const mustRefuse = refusal(site, value);
        return {
          ...parts,
          body: { kind: 'json' as const, value: withField(body, site.path, value) },
          mutation,
          detail: `${describePath(site.path)}: ${value === undefined ? 'removed' : describeValue(value)}`,
          target: String(site.path[0]),
          ...(mustRefuse === undefined ? {} : { mustRefuse }),
        };
      });
  };

export const wrongType = onField('wrong-type', any, (site) => anyJsonValue.filter((value) => jsonType(value) !== (schemaType(site.schema) ?? '')));
// Null in an optional field may mean "absent"; in a required one it is refused.
export const nullField = onField('null', any, () => fc.constant(null), (site) =>
  site.required && site.schema?.nullable !== true ? `${describePath(site.path)} is required` : undefined,
);
export const missingRequired = onField('missing-required', (site) => site.required, () => fc.constant(undefined), always('required'));
export const oddField = onField('odd-string', any, () => oddString);
export const lookAlikeField = onField('look-alike', any, () => lookAlike);
export const hugeStringField = onField('huge-string', any, () => hugeString);
export const hugeNumberField = onField('huge-number', any, () => hugeNumber);
export const deepField = onField('deep-nesting', any, () => deeplyNested, always('nested thousands of levels deep'));
export const badEnumField = onField(
  'bad-enum',
  (site) => (site.schema?.enum ?? site.schema?.items?.enum) !== undefined,
  (site) => {
    const bad = notInEnum((site.schema?.enum ?? site.schema?.items?.enum ?? []) as string[]);
    return site.schema?.type === 'array' ? bad.map((value) => [value]) : bad;
  },
  always('not one of its enum'),
);

/** Every top-level field explicitly null. */
export const allNull: Mutation = (parts, { operation }) => {
  const body = jsonBody(parts);
  if (!isBodyObject(body)) return undefined;
  const keys = Object.keys(body);
  if (keys.length === 0) return undefined;
  const value = keys.reduce<BodyValue>((current, key) => withField(current, [key], null), body);
  const required = keys.filter((key) => operation.body?.schema.required?.includes(key) === true);
  return fc.constant({
    ...parts,
    body: { kind: 'json' as const, value },
    mutation: 'all-null',
    detail: `${keys.join(', ')}: all null`,
    ...(required.length === 0 ? {} : { mustRefuse: `${required.join(', ')} required` }),
  });
};

/** A key added to one of the body's objects: one its schema lacks, or one aimed at the prototype. */
const addedKey =
  (mutation: string, keys: fc.Arbitrary<string>): Mutation =>
  (parts, { operation }) => {
    const body = jsonBody(parts);
    if (body === undefined) return undefined;
    const sites = fieldSites(body, operation.body?.schema);
    const known = new Set(sites.map((site) => String(site.path.at(-1))));
    const paths = objectPaths(body, sites);
    if (paths.length === 0) return undefined;
    return fc
      .tuple(fc.constantFrom(...paths), keys.filter((key) => !known.has(key)), fc.oneof(anyJsonValue, fc.constant<BodyValue>({ isAdmin: true })))
      .map(([path, key, value]) => ({
        ...parts,
        body: { kind: 'json' as const, value: withField(body, [...path, key], value) },
        mutation,
        detail: `${describePath([...path, key])}: ${describeValue(value)}`,
        target: String(path[0] ?? key),
        ...(isClosed(schemaAt(operation.body?.schema, path)) ? { mustRefuse: `${describePath([...path, key])} is not a field of the schema` } : {}),
      }));
  };

export const unknownField = addedKey('unknown-field', fc.oneof(fc.constantFrom('isAdmin', 'organizationId', 'id', 'Name'), fc.string({ minLength: 1, maxLength: 10 })));
export const prototypeField = addedKey('proto-key', prototypeKey);

/** The body as a whole: null, not an object, nested too deep, not JSON, missing, another media type, oversize. */
export const wholeBody: Mutation = (parts, { operation, bodyLimitBytes }) => {
  if (operation.body === undefined) return undefined;
  // Without a JSON body, the required fields are missing.
  const required = operation.body.schema.required ?? [];
  const missing = required.length === 0 ? undefined : `no JSON body, and ${required.join(', ')} required`;
  const json = (mutation: string, value: BodyValue, detail: string): Mutated => ({ ...parts, body: { kind: 'json', value }, mutation, detail, mustRefuse: detail });
  const raw = (mutation: string, text: string, label: string, contentType: string | undefined, mustRefuse: string | undefined): Mutated => ({
    ...parts,
    body: { kind: 'raw', text, label, ...(contentType === undefined ? {} : { contentType }) },
    mutation,
    detail: label,
    ...(mustRefuse === undefined ? {} : { mustRefuse }),
  });
  const validText = parts.body?.kind === 'json' ? serialize(parts.body.value, (ref) => ref.fallback) : '{}';
  return fc.oneof(
    fc.constant(json('body-null', null, 'body: null')),
    fc.constantFrom<BodyValue>([], 'text', 1, true, [{}]).map((value) => json('body-not-object', value, `body: ${describeValue(value)}`)),
    deeplyNested.map((value) => json('body-deep', value, `body: ${value.label}`)),
    fc.constantFrom(...INVALID_JSON).map((text) => raw('invalid-json', text, `body text ${JSON.stringify(text)}`, undefined, 'not JSON')),
    fc.constant(raw('missing-body', '', 'empty body, JSON content type', undefined, missing)),
    fc.constant<Mutated>({ ...parts, body: undefined, mutation: 'missing-body', detail: 'no body, no content type', ...(missing === undefined ? {} : { mustRefuse: missing }) }),
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream')
      .map((type) => raw('wrong-content-type', validText, `a valid body as ${type}`, type, missing)),
    fc
      .constantFrom('application/json; charset=iso-8859-1', 'application/json; charset=klingon', 'application/json; charset=utf-16')
      .map((type) => raw('unsupported-charset', validText, `a valid body as ${type}`, type, 'a charset JSON does not use')),
    fc.integer({ min: 1, max: bodyLimitBytes }).map((extra) => {
      const text = `{"name":"${'a'.repeat(bodyLimitBytes + extra)}"}`;
      return raw('oversize', text, `body of ${text.length} bytes (limit ${bodyLimitBytes})`, undefined, 'over the body limit');
    }),
  );
};
