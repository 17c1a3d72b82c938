import { filterDay } from './dates.js';

/**
 * Request bodies read the way ASP.NET Core reads them with System.Text.Json's web defaults:
 * property names match case-insensitively (the last of several spellings wins), unknown
 * properties are ignored (the fake lists them, the server says nothing), numbers may come
 * as strings, enums by name in any case or by number. The first value that does not convert
 * fails the whole body (one error, as System.Text.Json stops there); then required
 * properties are checked. Failures are ModelState errors: key → messages.
 */

export type FieldType =
  | { kind: 'guid' }
  | { kind: 'int' }
  | { kind: 'string' }
  | { kind: 'day' }
  | { kind: 'enum'; name: string; values: readonly string[] }
  | { kind: 'list'; of: FieldType }
  | ObjectType;

export interface ObjectType {
  kind: 'object';
  /** The .NET type name, for conversion messages. */
  name: string;
  fields: Readonly<Record<string, FieldType>>;
  /** Reference-type properties that must not be missing or null ("The Filter field is required."). */
  required?: readonly string[];
}

export type BindResult = { ok: true; value: Record<string, unknown>; ignored: string[] } | { ok: false; errors: Record<string, string[]> };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d+$/;
/** What a body that failed to convert adds: the action parameter left null (its name is not confirmed). */
const PARAMETER_REQUIRED = { request: ['The request field is required.'] };

class ConversionError extends Error {
  constructor(
    readonly path: string,
    readonly typeName: string,
  ) {
    super(`The JSON value could not be converted to ${typeName}. Path: ${path}.`);
  }
}

function netName(type: FieldType, nullable: boolean): string {
  switch (type.kind) {
    case 'guid':
      return 'System.Guid';
    case 'int':
      return 'System.Nullable`1[System.Int32]';
    case 'string':
      return 'System.String';
    case 'day':
      return 'System.Nullable`1[System.DateTime]';
    case 'enum':
      return nullable ? `System.Nullable\`1[${type.name}]` : type.name;
    case 'list':
      return `System.Collections.Generic.List\`1[${netName(type.of, false)}]`;
    case 'object':
      return type.name;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function bindValue(value: unknown, type: FieldType, path: string, ignored: string[]): unknown {
  const fail = (): never => {
    throw new ConversionError(path, netName(type, true));
  };
  switch (type.kind) {
    case 'guid':
      return typeof value === 'string' && GUID.test(value) ? value.toLowerCase() : fail();
    case 'int': {
      if (value === null) return null;
      const number = typeof value === 'string' && INTEGER.test(value) ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) && Math.abs(number) <= 2_147_483_647 ? number : fail();
    }
    case 'string':
      return value === null || typeof value === 'string' ? value : fail();
    case 'day':
      if (value === null) return null;
      return typeof value === 'string' ? (filterDay(value) ?? fail()) : fail();
    case 'enum': {
      if (typeof value === 'number' && Number.isInteger(value)) return type.values[value] ?? `#${String(value)}`;
      const name = typeof value === 'string' ? type.values.find((entry) => entry.toLowerCase() === value.toLowerCase()) : undefined;
      return name ?? fail();
    }
    case 'list':
      if (value === null) return null;
      if (!Array.isArray(value)) return fail();
      return value.map((entry, index) => (entry === null && type.of.kind === 'string' ? null : bindValue(entry, type.of, `${path}[${String(index)}]`, ignored)));
    case 'object':
      if (value === null) return null;
      return isObject(value) ? bindObject(value, type, path, ignored) : fail();
  }
}

function bindObject(json: Record<string, unknown>, type: ObjectType, path: string, ignored: string[]): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  const names = Object.keys(type.fields);
  for (const [key, value] of Object.entries(json)) {
    const name = names.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    const fieldType = name === undefined ? undefined : type.fields[name];
    if (name === undefined || fieldType === undefined) {
      ignored.push(`${path}.${key}`.slice(2));
      continue;
    }
    bound[name] = bindValue(value, fieldType, `${path}.${key}`, ignored);
  }
  return bound;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Binds a request body (the raw text) to `type`. */
export function bindBody(raw: string, type: ObjectType): BindResult {
  if (raw.trim() === '') return { ok: false, errors: { '': ['A non-empty request body is required.'], ...PARAMETER_REQUIRED } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1] ?? '0';
    return { ok: false, errors: { $: [`The JSON value could not be parsed. Path: $ | LineNumber: 0 | BytePositionInLine: ${position}.`], ...PARAMETER_REQUIRED } };
  }
  const ignored: string[] = [];
  let value: Record<string, unknown>;
  try {
    if (!isObject(json)) throw new ConversionError('$', type.name);
    value = bindObject(json, type, '$', ignored);
  } catch (error) {
    if (error instanceof ConversionError) return { ok: false, errors: { [error.path]: [error.message], ...PARAMETER_REQUIRED } };
    throw error;
  }
  const missing = (type.required ?? []).filter((name) => value[name] === undefined || value[name] === null);
  if (missing.length > 0) return { ok: false, errors: Object.fromEntries(missing.map((name) => [pascal(name), [`The ${pascal(name)} field is required.`]])) };
  return { ok: true, value, ignored };
}
