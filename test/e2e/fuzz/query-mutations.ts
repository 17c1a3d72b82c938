import fc from 'fast-check';
import { acceptsText } from './document-rules.js';
import { notInEnum } from './enum-misses.js';
import { type QueryEntry, ResourceRef } from './fuzz-request.js';
import { idForms, namesSameId } from './id-forms.js';
import { describeValue, type Mutation } from './mutation.js';
import { lookAlike, oddString } from './odd-values.js';
import type { Operation, Parameter } from './openapi-operations.js';
import { kindOfField, resourceValue } from './schema-values.js';

const queryParameters = (operation: Operation): Parameter[] => operation.parameters.filter((p) => p.in === 'query');
const any = (): boolean => true;
const isNumeric = (p: Parameter): boolean => p.schema.type === 'number' || p.schema.type === 'integer';
const isUuid = (p: Parameter): boolean => p.schema.format === 'uuid';

/**
 * The document refuses a text where the parameter's schema does, and an id spelled as another
 * string; an empty value may mean "absent" as well.
 */
const refusedBySchema = (parameter: Parameter, value: string | ResourceRef): boolean =>
  value instanceof ResourceRef ? !namesSameId(value.form, 'value') : value !== '' && acceptsText(parameter.schema, value) === false;

/** Sets one query parameter (added when absent) to what `value` makes; `raw`: sent unencoded. */
const onQuery =
  (
    mutation: string,
    applies: (parameter: Parameter) => boolean,
    value: (parameter: Parameter) => fc.Arbitrary<string | ResourceRef>,
    raw = false,
  ): Mutation =>
  (parts, { operation }) => {
    const parameters = queryParameters(operation).filter(applies);
    if (parameters.length === 0) return undefined;
    return fc
      .constantFrom(...parameters)
      .chain((parameter) => value(parameter).map((v) => ({ parameter, v })))
      .map(({ parameter, v }) => {
        const entry: QueryEntry = { name: parameter.name, value: v, ...(raw ? { raw } : {}) };
        return {
          ...parts,
          query: [...parts.query.filter((e) => e.name !== parameter.name), entry],
          mutation,
          detail: `query.${parameter.name}: ${describeValue(v)}`,
          target: parameter.name,
          ...(refusedBySchema(parameter, v) ? { mustRefuse: `query.${parameter.name} breaks its schema` } : {}),
        };
      });
  };

export const queryWrongType = onQuery(
  'query-wrong-type',
  (p) => isNumeric(p) || isUuid(p) || p.schema.enum !== undefined,
  () => fc.constantFrom('abc', '[]', '{}', 'true', '1,2', 'null', 'undefined'),
);
export const queryLookAlike = onQuery('query-look-alike', any, () => lookAlike);
export const queryBadEnum = onQuery('query-bad-enum', (p) => p.schema.enum !== undefined, (p) => notInEnum(p.schema.enum as string[]));
export const queryOdd = onQuery('query-odd', any, () => oddString);
export const queryBrokenPercent = onQuery('query-percent-broken', any, () => fc.constantFrom('%', '%zz', '%E0%A4%A', 'a%2', '%00'), true);
// Kept under Node's 16 KB header limit: past it Node answers 431 itself, before the app.
export const queryHuge = onQuery('query-huge', any, () => fc.integer({ min: 1_000, max: 6_000 }).map((n) => '9'.repeat(n)));
export const queryEmpty = onQuery('query-empty', any, () => fc.constant(''));
export const queryIdForm = onQuery('query-id-form', isUuid, (p) => idForms.chain((form) => resourceValue(kindOfField(p.name), 'id', form)));

/** A parameter given twice (an array to a lenient parser). */
export const queryRepeated: Mutation = (parts, { operation }) => {
  const parameters = queryParameters(operation);
  if (parameters.length === 0) return undefined;
  return fc.tuple(fc.constantFrom(...parameters), fc.constantFrom('1', '2', 'x')).map(([parameter, second]) => {
    const first = parts.query.find((e) => e.name === parameter.name) ?? { name: parameter.name, value: '1' };
    return {
      ...parts,
      query: [...parts.query.filter((e) => e.name !== parameter.name), first, { name: parameter.name, value: second }],
      mutation: 'query-repeated',
      detail: `query.${parameter.name} twice`,
      target: parameter.name,
      mustRefuse: `query.${parameter.name} is one value`,
    };
  });
};

/** A parameter the operation does not have (some aimed at the prototype or at the tenant). */
export const queryUnknown: Mutation = (parts, { operation }) => {
  const known = new Set(queryParameters(operation).map((p) => p.name));
  const names = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'limit[]', 'LIMIT', 'offset ', 'organizationId'), fc.string({ minLength: 1, maxLength: 8 }));
  return fc.tuple(names.filter((name) => !known.has(name)), fc.string({ maxLength: 5 })).map(([name, value]) => ({
    ...parts,
    query: [...parts.query, { name, value }],
    mutation: 'query-unknown',
    detail: `query.${describeValue(name)}: ${describeValue(value)}`,
    target: name,
  }));
};
