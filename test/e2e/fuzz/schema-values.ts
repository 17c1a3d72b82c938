import fc from 'fast-check';
import { type BodyValue, type IdForm, ResourceRef } from './fuzz-request.js';
import type { Schema } from './openapi-operations.js';
import { catalogValue, type ServiceContext } from './service-fields.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const instants = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });

/** The pool kind a `fooBarId` field refers to: `foo-bars`, as the resource's path names them. */
export const kindOfField = (name: string): string => `${name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}s`;

/** A real resource's value (mostly the test organization's), or now and then an unknown id. */
export function resourceValue(kind: string, property: string, form: IdForm = 'as-is'): fc.Arbitrary<ResourceRef> {
  return fc
    .tuple(fc.oneof({ arbitrary: fc.constant('own' as const), weight: 9 }, { arbitrary: fc.constant('foreign' as const), weight: 1 }), fc.nat(), fc.uuid())
    .map(([owner, index, fallback]) => new ResourceRef(owner, kind, property, index, form, fallback));
}

/**
 * A value the schema accepts, as far as the document says: enums, formats, bounds and
 * required lists; examples where a random string would rarely do (a cron expression).
 * Resource ids are real ones; a service's fields follow the catalog.
 */
export function validValue(schema: Schema | undefined, name: string | undefined, context: ServiceContext): fc.Arbitrary<BodyValue> {
  const fromCatalog = catalogValue(name, context);
  if (fromCatalog !== undefined) return fromCatalog;
  if (schema === undefined) return fc.string({ maxLength: 10 });
  if (schema.enum !== undefined) return fc.constantFrom(...(schema.enum as BodyValue[]));
  switch (schema.type) {
    case 'string':
      return stringValue(schema, name);
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 0;
      return fc.integer({ min, max: schema.maximum ?? min + 1000 });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return arrayValue(schema, name, context);
    case 'object':
    case undefined:
      return objectValue(schema, context);
  }
}

function stringValue(schema: Schema, name: string | undefined): fc.Arbitrary<BodyValue> {
  if (schema.format === 'uuid' && name !== undefined) {
    return fc.oneof({ arbitrary: resourceValue(kindOfField(name), 'id'), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 });
  }
  if (schema.format === 'date-time') return instants.map((date) => date.toISOString());
  const example = typeof schema.example === 'string' ? schema.example : undefined;
  if (example !== undefined && DATE_ONLY.test(example)) return instants.map((date) => date.toISOString().slice(0, 10));
  const random = fc.string({ minLength: Math.max(schema.minLength ?? 0, 1), maxLength: Math.min(schema.maxLength ?? 30, 30) });
  return example === undefined ? random : fc.oneof(fc.constant(example), random);
}

function arrayValue(schema: Schema, name: string | undefined, context: ServiceContext): fc.Arbitrary<BodyValue> {
  const minLength = schema.minItems ?? 0;
  const choices = schema.items?.enum as BodyValue[] | undefined;
  if (choices !== undefined) return fc.shuffledSubarray(choices, { minLength, maxLength: schema.maxItems ?? choices.length });
  const item = validValue(schema.items, name, context);
  return fc.array(item, { minLength, maxLength: Math.max(minLength, schema.maxItems ?? 3) });
}

function objectValue(schema: Schema, context: ServiceContext): fc.Arbitrary<BodyValue> {
  if (schema.properties === undefined) return fc.constant((schema.example ?? {}) as BodyValue);
  const model = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, validValue(property, key, context)]));
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}
