import { hasNulCharacter } from '../common/no-nul-characters.decorator.js';
import type { ValidationDetail } from '../common/validation-detail.js';
import type { Capability } from '../sync-contract/capability.js';
import type { FieldDefinition } from './connector-metadata.js';

export type FieldValue = string | number | Record<string, unknown>;

export interface FieldValuesResult {
  values: Record<string, FieldValue>;
  problems: ValidationDetail[];
}

const MAX_TEXT_LENGTH = 4096;

/**
 * Checks credential or setting values against a service's field definitions.
 * Messages name the field and the rule, never the value: these may be secrets.
 */
export function validateFieldValues(
  fields: readonly FieldDefinition[],
  input: Record<string, unknown>,
  options: { path: string; capabilities: readonly Capability[]; applyDefaults: boolean },
): FieldValuesResult {
  const problems: ValidationDetail[] = [];
  const values: Record<string, FieldValue> = {};
  const byName = new Map(fields.map((f) => [f.name, f]));
  const known = fields.map((f) => f.name).join(', ') || 'none';
  const problem = (name: string, rule: string, message: string): void => {
    problems.push({ field: `${options.path}.${name}`, rule, message: `${options.path}.${name} ${message}` });
  };

  for (const name of Object.keys(input)) {
    if (!byName.has(name)) problem(name, 'unknown', `is not a field of this service (fields: ${known})`);
  }
  for (const field of fields) {
    const raw = input[field.name];
    if (raw === undefined || raw === null || raw === '') {
      const required = field.required || (field.requiredFor ?? []).some((c) => options.capabilities.includes(c));
      if (required) problem(field.name, 'required', `is required${field.required ? '' : ' for the selected capabilities'}`);
      else if (options.applyDefaults && field.default !== undefined) values[field.name] = field.default;
      continue;
    }
    const checked = checkValue(field, raw);
    if (typeof checked === 'string') problem(field.name, checked, ruleMessage(field, checked));
    else values[field.name] = checked.value;
  }
  return { values, problems };
}

type Rule = 'type' | 'integer' | 'pattern' | 'minimum' | 'maximum' | 'maxLength' | 'noNulCharacters' | 'requiredKeys';

function checkValue(field: FieldDefinition, raw: unknown): { value: FieldValue } | Rule {
  switch (field.type) {
    case 'text':
    case 'secret': {
      if (typeof raw !== 'string') return 'type';
      if (raw.length > MAX_TEXT_LENGTH) return 'maxLength';
      if (hasNulCharacter(raw)) return 'noNulCharacters';
      if (field.pattern !== undefined && !new RegExp(field.pattern).test(raw)) return 'pattern';
      return { value: raw };
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return 'type';
      if (field.integer === true && !Number.isSafeInteger(raw)) return 'integer';
      if (field.minimum !== undefined && raw < field.minimum) return 'minimum';
      if (field.maximum !== undefined && raw > field.maximum) return 'maximum';
      return { value: raw };
    }
    case 'json': {
      const object = typeof raw === 'string' ? parseJsonObject(raw) : raw;
      if (!isPlainObject(object)) return 'type';
      if ((field.requiredKeys ?? []).some((key) => object[key] === undefined)) return 'requiredKeys';
      return { value: object };
    }
  }
}

function ruleMessage(field: FieldDefinition, rule: Rule): string {
  switch (rule) {
    case 'type':
      return field.type === 'json'
        ? 'must be a JSON object (or a string holding one)'
        : `must be a ${field.type === 'number' ? 'number' : 'string'}`;
    case 'integer':
      return 'must be a whole number';
    case 'pattern':
      return `must be ${field.patternDescription ?? `a value matching ${field.pattern ?? ''}`}`;
    case 'minimum':
      return `must be at least ${String(field.minimum)}`;
    case 'maximum':
      return `must be at most ${String(field.maximum)}`;
    case 'maxLength':
      return `must be at most ${MAX_TEXT_LENGTH} characters`;
    case 'noNulCharacters':
      return 'must not contain NUL characters';
    case 'requiredKeys':
      return `must contain the keys ${(field.requiredKeys ?? []).join(', ')}`;
  }
}

function parseJsonObject(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
