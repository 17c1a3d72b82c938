import fc from 'fast-check';
import type { components } from '../../../openapi/schema.js';
import type { BodyValue } from './fuzz-request.js';

export type ExternalService = components['schemas']['ExternalServiceDto'];
type FieldDefinition = components['schemas']['FieldDefinitionDto'];

/** The service a request is about, and the credential values the test's fakes answer to. */
export interface ServiceContext {
  service: ExternalService | undefined;
  /**
   * By field name: where a fake stands in for the service (Shopify's store domain and token),
   * the only valid values generated, so that no request reaches a real service.
   */
  fakeValues: Readonly<Record<string, readonly string[]>>;
}

/**
 * Values of the fields the service catalog (`GET /external-services`) describes rather than
 * the document: a service's credentials and settings are free-form objects there. Without
 * them every create, check and credentials request would stop at validation.
 */
export function catalogValue(name: string | undefined, { service, fakeValues }: ServiceContext): fc.Arbitrary<BodyValue> | undefined {
  if (service === undefined || name === undefined) return undefined;
  switch (name) {
    case 'externalService':
      return fc.constant(service.key);
    case 'credentials':
      return fieldValues(service.credentialFields, fakeValues);
    case 'settings':
      return fieldValues(service.settingFields, fakeValues);
    case 'capabilities':
      return fc.subarray(
        service.capabilities.map((capability) => capability.key),
        { minLength: 1 },
      );
    default:
      return undefined;
  }
}

function fieldValues(fields: readonly FieldDefinition[], fakeValues: ServiceContext['fakeValues']): fc.Arbitrary<BodyValue> {
  const model = Object.fromEntries(
    fields.map((field) => {
      const faked = fakeValues[field.name];
      return [field.name, faked === undefined ? fieldValue(field) : fc.constantFrom(...faked)];
    }),
  );
  return fc.record(model, { requiredKeys: fields.filter((field) => field.required).map((field) => field.name) });
}

function fieldValue(field: FieldDefinition): fc.Arbitrary<BodyValue> {
  switch (field.type) {
    case 'number': {
      const min = field.minimum ?? 0;
      return fc.integer({ min, max: field.maximum ?? min + 100 });
    }
    case 'json':
      return fc.record(Object.fromEntries((field.requiredKeys ?? []).map((key) => [key, fc.string({ minLength: 1, maxLength: 20 })])));
    case 'text':
    case 'secret': {
      const pattern = field.pattern === undefined ? undefined : new RegExp(field.pattern);
      const known = [field.placeholder, field.default].filter((value): value is string => typeof value === 'string' && (pattern?.test(value) ?? true));
      const random = pattern === undefined ? fc.string({ minLength: 1, maxLength: 30 }) : fc.stringMatching(pattern);
      return known.length === 0 ? random : fc.oneof(fc.constantFrom(...known), random);
    }
  }
}
