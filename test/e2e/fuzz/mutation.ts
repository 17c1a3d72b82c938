import type fc from 'fast-check';
import { type BodyValue, type FuzzRequest, RawJson, ResourceRef } from './fuzz-request.js';
import type { Operation } from './openapi-operations.js';

/** The parts of a request a mutation changes. */
export type Parts = Pick<FuzzRequest, 'path' | 'query' | 'body'>;
export type Mutated = Parts & Pick<FuzzRequest, 'mutation' | 'detail' | 'target' | 'mustRefuse'>;

export interface MutationContext {
  operation: Operation;
  /** Bodies over this many bytes must get a 413. */
  bodyLimitBytes: number;
}

/** Changes a valid request into one the API must refuse cleanly; undefined where it does not apply. */
export type Mutation = (parts: Parts, context: MutationContext) => fc.Arbitrary<Mutated> | undefined;

/** How a value reads in a report: short, with its odd characters escaped. */
export function describeValue(value: BodyValue | undefined): string {
  if (value === undefined) return 'undefined';
  if (value instanceof RawJson) return value.label;
  if (value instanceof ResourceRef) return `${value.owner} ${value.kind}.${value.property} (${value.form})`;
  if (typeof value === 'string' && value.length > 40) return `${JSON.stringify(value.slice(0, 12))}... (${value.length} characters)`;
  return JSON.stringify(value);
}
