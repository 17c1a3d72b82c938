import { readValue, type SqlType, sqlType, type Value } from './encoding.js';
import { invalid } from './errors.js';

/** A named query parameter as the query sees it: its declared type (scalar or not) and its value. */
export interface Parameter {
  /** A scalar type the fake compares, or the declared type's text (`ARRAY<INT64>`, …) for one it only names in errors. */
  type: SqlType | { other: string };
  value: Value | null;
}

interface ParameterType {
  type?: unknown;
  arrayType?: ParameterType;
  structTypes?: { name?: string; type?: ParameterType }[];
}

/** `ARRAY<INT64>`, `STRUCT<a INT64>`: how BigQuery names types in its messages. */
function typeText(type: ParameterType | undefined): string {
  const name = typeof type?.type === 'string' ? type.type.toUpperCase() : '?';
  if (name === 'ARRAY') return `ARRAY<${typeText(type?.arrayType)}>`;
  if (name === 'STRUCT') return `STRUCT<${(type?.structTypes ?? []).map((field) => `${field.name ?? ''} ${typeText(field.type)}`.trim()).join(', ')}>`;
  const scalar = sqlType(name);
  return scalar ?? name;
}

/**
 * The request's `queryParameters` (named mode), keyed by name. A value that is not one of its
 * type is refused up front, as BigQuery refuses it before running anything.
 */
export function readParameters(raw: unknown, mode: unknown): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  if (raw === undefined || raw === null) return parameters;
  if (!Array.isArray(raw)) throw invalid('Invalid value for queryParameters: expected a list');
  if (raw.length > 0 && mode !== 'NAMED' && mode !== 'named') throw invalid('Positional parameters are not supported by the fake BigQuery; use parameterMode NAMED');
  for (const item of raw as unknown[]) {
    const { name, parameterType, parameterValue } = (item ?? {}) as { name?: unknown; parameterType?: ParameterType; parameterValue?: { value?: unknown } };
    if (typeof name !== 'string' || name === '') throw invalid('Query parameter is missing a name');
    if (parameters.has(name)) throw invalid(`Duplicate query parameter name: ${name}`);
    const declared = typeof parameterType?.type === 'string' ? sqlType(parameterType.type) : undefined;
    if (declared === undefined) {
      parameters.set(name, { type: { other: typeText(parameterType) }, value: null });
      continue;
    }
    const rawValue = parameterValue?.value;
    if (rawValue === undefined || rawValue === null) {
      parameters.set(name, { type: declared, value: null });
      continue;
    }
    const value = readValue(declared, rawValue);
    if (value === null) throw invalid(`Invalid ${declared} value for query parameter ${name}: ${JSON.stringify(rawValue)}`);
    parameters.set(name, { type: declared, value });
  }
  return parameters;
}
