import fc from 'fast-check';
import { type BodyValue, type FuzzRequest, type QueryEntry, ResourceRef } from './fuzz-request.js';
import { tokenKinds } from './fuzz-tokens.js';
import type { Parts } from './mutation.js';
import { mutationsOf } from './mutations.js';
import type { Operation } from './openapi-operations.js';
import { validValue } from './schema-values.js';
import type { ExternalService, ServiceContext } from './service-fields.js';

export interface GenerationContext {
  /** The catalog (`GET /external-services`): what a service's credentials and settings hold. */
  services: readonly ExternalService[];
  fakeValues: ServiceContext['fakeValues'];
  bodyLimitBytes: number;
}

/** Requests for every operation of the document, each equally likely: valid ones and mutations of them. */
export function requestArbitrary(operations: readonly Operation[], context: GenerationContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...operations.map((operation) => operationRequests(operation, context)));
}

function operationRequests(operation: Operation, context: GenerationContext): fc.Arbitrary<FuzzRequest> {
  const services = context.services.length === 0 ? fc.constant(undefined) : fc.constantFrom(...context.services);
  return services.chain((service) =>
    validParts(operation, { service, fakeValues: context.fakeValues }).chain((parts) =>
      fc
        .tuple(
          fc.oneof(
            { arbitrary: fc.constant({ ...parts, mutation: 'valid', detail: 'a valid request' }), weight: 6 },
            ...mutationsOf(parts, { operation, bodyLimitBytes: context.bodyLimitBytes }),
          ),
          tokenKinds,
        )
        .map(([mutated, token]): FuzzRequest => ({ operation, token, ...(service === undefined ? {} : { service: service.key }), ...mutated })),
    ),
  );
}

/**
 * A request the document says is valid: path parameters address one real resource of the
 * path's first segment (`/sku-mappings/{integrationId}/{externalId}`: one SKU mapping's two
 * fields), required query parameters always and optional ones sometimes, a body of the schema.
 */
function validParts(operation: Operation, context: ServiceContext): fc.Arbitrary<Parts> {
  const kind = operation.path.split('/')[1] ?? '';
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const path = fc
    .tuple(fc.nat(), fc.uuid())
    .map(([index, fallback]) => Object.fromEntries(pathParameters.map((p) => [p.name, new ResourceRef('own', kind, p.name, index, 'as-is', fallback)])));
  const query = fc
    .record(Object.fromEntries(queryParameters.map((p) => [p.name, validValue(p.schema, p.name, context)])), {
      requiredKeys: queryParameters.filter((p) => p.required).map((p) => p.name),
    })
    .map((values) => Object.entries(values).map(([name, value]): QueryEntry => ({ name, value: queryValue(value) })));
  const body = operation.body === undefined ? fc.constant(undefined) : validValue(operation.body.schema, undefined, context);
  return fc.record({ path, query, body }).map((parts) => ({
    path: parts.path,
    query: parts.query,
    ...(parts.body === undefined ? {} : { body: { kind: 'json' as const, value: parts.body } }),
  }));
}

const queryValue = (value: BodyValue): string | ResourceRef =>
  typeof value === 'string' || value instanceof ResourceRef ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
