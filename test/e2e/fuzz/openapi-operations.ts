import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/dist-script.js';

/** The parts of an OpenAPI 3.0 schema object the fuzzer reads; `$ref`s resolved. */
export interface Schema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The template, e.g. `/integrations/{id}`. */
  path: string;
  parameters: Parameter[];
  body?: { schema: Schema; required: boolean };
  /** The statuses the document lists for it. */
  statuses: ReadonlySet<number>;
  /** Whether it needs a bearer token. */
  secured: boolean;
  /** Whose: a user's JWT, or the metrics token (GET /metrics). */
  scheme: 'jwt' | 'metrics';
}

export interface ApiDocument {
  operations: Operation[];
  /** The error envelope every 4xx and 5xx must be (`ErrorResponseDto`). */
  errorEnvelope: Schema;
}

interface RawSchema extends Omit<Schema, 'items' | 'properties' | 'additionalProperties'> {
  $ref?: string;
  allOf?: RawSchema[];
  items?: RawSchema;
  properties?: Record<string, RawSchema>;
  additionalProperties?: boolean | RawSchema;
}

interface RawOperation {
  operationId: string;
  parameters?: (Omit<Parameter, 'schema' | 'required'> & { required?: boolean; schema: RawSchema })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: RawSchema }> };
  responses: Record<string, unknown>;
  security?: Record<string, unknown>[];
}

interface RawDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, RawSchema> };
}

const ERROR_ENVELOPE = 'ErrorResponseDto';

/** Reads the committed document (`openapi/openapi.json`), the contract the fuzzer holds the API to. */
export function readApiDocument(file = join(PROJECT_ROOT, 'openapi', 'openapi.json')): ApiDocument {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawDocument;
  const resolve = schemaResolver(raw.components.schemas);
  const operations = Object.entries(raw.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): Operation => {
      const json = op.requestBody?.content['application/json'];
      return {
        id: op.operationId,
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: (op.parameters ?? []).map((p) => ({ ...p, required: p.required ?? false, schema: resolve(p.schema) })),
        ...(json === undefined ? {} : { body: { schema: resolve(json.schema), required: op.requestBody?.required ?? false } }),
        statuses: new Set(Object.keys(op.responses).map(Number)),
        secured: (op.security ?? []).length > 0,
        scheme: (op.security ?? []).some((requirement) => 'metrics' in requirement) ? 'metrics' : 'jwt',
      };
    }),
  );
  const envelope = raw.components.schemas[ERROR_ENVELOPE];
  if (envelope === undefined) throw new Error(`the document has no ${ERROR_ENVELOPE}`);
  return { operations, errorEnvelope: resolve(envelope) };
}

/** Inlines `$ref`s and single-entry `allOf`s (the shapes the Swagger plugin emits). */
function schemaResolver(components: Record<string, RawSchema>): (schema: RawSchema) => Schema {
  const resolve = (schema: RawSchema, seen: readonly string[]): Schema => {
    if (schema.$ref !== undefined) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = components[name];
      if (target === undefined || seen.includes(name)) throw new Error(`cannot resolve ${schema.$ref}`);
      return resolve(target, [...seen, name]);
    }
    // Here `$ref` is undefined: `rest` carries no reference on.
    const { allOf, items, properties, additionalProperties, ...rest } = schema;
    const merged = (allOf ?? []).reduce<Schema>((all, part) => ({ ...all, ...resolve(part, seen) }), {});
    return {
      ...merged,
      ...rest,
      ...(items === undefined ? {} : { items: resolve(items, seen) }),
      ...(properties === undefined
        ? {}
        : { properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, resolve(value, seen)])) }),
      ...(typeof additionalProperties === 'object' ? { additionalProperties: resolve(additionalProperties, seen) } : {}),
      ...(typeof additionalProperties === 'boolean' ? { additionalProperties } : {}),
    };
  };
  return (schema) => resolve(schema, []);
}
