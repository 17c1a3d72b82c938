import { type BodyValue, RawJson, ResourceRef } from './fuzz-request.js';
import type { Schema } from './openapi-operations.js';

export type FieldPath = readonly (string | number)[];

/** A field present in a generated body, with its schema where the document gives one. */
export interface FieldSite {
  path: FieldPath;
  schema: Schema | undefined;
  required: boolean;
}

type BodyObject = { [key: string]: BodyValue };

export const isBodyObject = (value: BodyValue | undefined): value is BodyObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ResourceRef) && !(value instanceof RawJson);

/** Every field of the body (nested ones too), with the schema the document gives it. */
export function fieldSites(value: BodyValue, schema: Schema | undefined, path: FieldPath = []): FieldSite[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const site = { path: [...path, index], schema: schema?.items, required: false };
      return [site, ...fieldSites(item, schema?.items, site.path)];
    });
  }
  if (!isBodyObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const own = schema?.properties?.[key];
    const site = { path: [...path, key], schema: own, required: schema?.required?.includes(key) ?? false };
    return [site, ...fieldSites(item, own, site.path)];
  });
}

/** The paths of the objects in the body (the root included), where fields can be added. */
export const objectPaths = (value: BodyValue, sites: readonly FieldSite[]): FieldPath[] => [
  ...(isBodyObject(value) ? [[]] : []),
  ...sites.filter((site) => isBodyObject(valueAt(value, site.path))).map((site) => site.path),
];

function valueAt(value: BodyValue, path: FieldPath): BodyValue | undefined {
  let current: BodyValue | undefined = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isBodyObject(current) && typeof step === 'string') current = Object.hasOwn(current, step) ? current[step] : undefined;
    else return undefined;
  }
  return current;
}

/** A copy with the field at `path` replaced (`undefined`: removed). The key may be `__proto__`. */
export function withField(value: BodyValue, path: FieldPath, replacement: BodyValue | undefined): BodyValue {
  const [step, ...rest] = path;
  if (step === undefined) return replacement ?? null;
  if (Array.isArray(value) && typeof step === 'number') {
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(step, 1);
    else copy[step] = withField(value[step] ?? null, rest, replacement);
    return copy;
  }
  if (!isBodyObject(value) || typeof step !== 'string') return value;
  const copy: BodyObject = {};
  for (const [key, item] of Object.entries(value)) if (key !== step) define(copy, key, item);
  if (rest.length > 0 || replacement !== undefined) define(copy, step, rest.length === 0 ? (replacement ?? null) : withField(value[step] ?? null, rest, replacement));
  return copy;
}

// An own property even for `__proto__`, which plain assignment would treat as the prototype.
const define = (target: BodyObject, key: string, item: BodyValue): void => {
  Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
};

/** The JSON text of a body, resources spelled by `spell`. */
export function serialize(value: BodyValue, spell: (ref: ResourceRef) => string): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof ResourceRef) return JSON.stringify(spell(value));
  if (Array.isArray(value)) return `[${value.map((item) => serialize(item, spell)).join(',')}]`;
  if (isBodyObject(value)) return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${serialize(item, spell)}`).join(',')}}`;
  return JSON.stringify(value);
}

export const describePath = (path: FieldPath): string => ['body', ...path].join('.');

/** The schema the document gives the value at `path`, where it gives one. */
export function schemaAt(schema: Schema | undefined, path: FieldPath): Schema | undefined {
  return path.reduce<Schema | undefined>((current, step) => (typeof step === 'number' ? current?.items : current?.properties?.[step]), schema);
}
