import type { Capability } from './capability.js';
import type { CanonicalRecord, CanonicalRecords } from './records/canonical-record.js';
import { PERIOD_LENGTHS } from './records/sales-history.record.js';

/*
 * The shape every record must have when it leaves a connector, checked in one place (the
 * runner) for every connector: a record that does not fit is refused with the field and
 * the rule it broke, never written, and the rest of its page goes on.
 */

type Rule = 'id' | 'text' | 'decimal' | 'instant' | 'date' | 'currency' | 'boolean' | 'period';

interface FieldRule {
  rule: Rule;
  optional?: boolean;
}

type Shape<R> = { [K in keyof R]-?: FieldRule | { each: Shape<NonNullable<R[K]> extends readonly (infer E)[] ? E : never> } };

const must = (rule: Rule): FieldRule => ({ rule });
const may = (rule: Rule): FieldRule => ({ rule, optional: true });

const SHAPES: { [C in Capability]: { key: keyof CanonicalRecords[C] & string; shape: Shape<CanonicalRecords[C]> } } = {
  sales_orders: {
    key: 'externalId',
    shape: {
      externalId: must('id'),
      orderNumber: may('text'),
      channelExternalId: may('id'),
      status: must('id'),
      countsAsSale: may('boolean'),
      orderedAt: must('instant'),
      cancelledAt: may('instant'),
      currency: must('currency'),
      totalAmount: must('decimal'),
      refundedAmount: may('decimal'),
      sourceUpdatedAt: may('instant'),
      lines: {
        each: { externalId: must('id'), skuExternalId: must('id'), quantity: must('decimal'), orderedQuantity: may('decimal'), unitPrice: must('decimal') },
      },
    },
  },
  sales_history: {
    key: 'skuExternalId',
    shape: {
      skuExternalId: must('id'),
      channelExternalId: may('id'),
      periodStart: must('date'),
      periodLength: must('period'),
      quantity: must('decimal'),
      revenue: must('decimal'),
      currency: must('currency'),
    },
  },
  pending_sales: {
    key: 'lineExternalId',
    shape: {
      orderExternalId: must('id'),
      lineExternalId: must('id'),
      skuExternalId: must('id'),
      channelExternalId: may('id'),
      orderedAt: must('instant'),
      quantity: must('decimal'),
      amount: must('decimal'),
      currency: must('currency'),
    },
  },
  warehouse_inventory: {
    key: 'skuExternalId',
    shape: {
      skuExternalId: must('id'),
      location: must('id'),
      onHand: must('decimal'),
      committed: must('decimal'),
      available: must('decimal'),
      asOf: must('instant'),
    },
  },
  products: { key: 'externalId', shape: { externalId: must('id'), sku: { rule: 'text', optional: true }, name: must('text'), barcode: may('text') } },
  channels: { key: 'externalId', shape: { externalId: must('id'), code: must('text'), name: must('text') } },
  pricing: {
    key: 'skuExternalId',
    shape: {
      skuExternalId: must('id'),
      priceList: must('id'),
      channelExternalId: may('id'),
      currency: must('currency'),
      amount: must('decimal'),
      validFrom: may('date'),
      validTo: may('date'),
    },
  },
  forecast_versions: { key: 'externalId', shape: { externalId: must('id'), name: must('text'), createdAt: may('instant') } },
  sales_forecast: {
    key: 'skuExternalId',
    shape: { versionExternalId: must('id'), skuExternalId: must('id'), channelExternalId: may('id'), periodStart: must('date'), quantity: must('decimal') },
  },
};

/** What the numeric(20, 4) columns hold: up to 16 digits before the point (more after it are rounded). */
const DECIMAL = /^-?\d{1,16}(\.\d+)?$/;
/** ISO 8601 with an offset: an instant, not a local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_TEXT = 1000;

const validDate = (text: string): boolean => {
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(text);
};

/** Why a value breaks its rule, or null when it fits. */
function problem(value: unknown, rule: Rule): string | null {
  if (rule === 'boolean') return typeof value === 'boolean' ? null : 'must be true or false';
  if (typeof value !== 'string') return rule === 'decimal' ? 'must be a decimal string (e.g. "2.50"), not a number' : 'must be a string';
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (value.length > MAX_TEXT) return `must be at most ${MAX_TEXT} characters`;
  switch (rule) {
    case 'id':
      return value.trim() === '' ? 'must not be empty' : null;
    case 'text':
      return null;
    case 'decimal':
      return DECIMAL.test(value) ? null : 'must be a decimal string with at most 16 digits before the point (e.g. "2.50")';
    case 'instant':
      return INSTANT.test(value) && Number.isFinite(Date.parse(value)) ? null : 'must be an ISO 8601 instant with an offset (e.g. "2026-11-01T10:00:00Z")';
    case 'date':
      return DATE.test(value) && validDate(value) ? null : 'must be a calendar date (e.g. "2026-11-01")';
    case 'currency':
      return CURRENCY.test(value) ? null : 'must be a three-letter ISO 4217 code (e.g. "USD")';
    case 'period':
      return (PERIOD_LENGTHS as readonly string[]).includes(value) ? null : `must be one of ${PERIOD_LENGTHS.join(', ')}`;
  }
}

function shapeProblem(record: unknown, shape: Record<string, FieldRule | { each: Record<string, unknown> }>, path: string): string | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return `${path === '' ? 'the record' : path} must be an object`;
  const fields = record as Record<string, unknown>;
  for (const [name, spec] of Object.entries(shape)) {
    const value = fields[name];
    const at = `${path}${name}`;
    if ('each' in spec) {
      if (!Array.isArray(value)) return `${at} must be a list`;
      for (const [index, item] of value.entries()) {
        const found = shapeProblem(item, spec.each as Record<string, FieldRule>, `${at}[${index}].`);
        if (found !== null) return found;
      }
      continue;
    }
    if (value === undefined || value === null) {
      if (spec.optional === true) continue;
      return `${at} is required`;
    }
    const found = problem(value, spec.rule);
    if (found !== null) return `${at} ${found}`;
  }
  return null;
}

/** A record refused where it left its connector: which one (its key, when it has one) and why. */
export interface RecordRefusal {
  externalId: string;
  reason: string;
}

/** Splits a page's records into those fit to write and the refused ones, in page order. */
export function checkRecords<C extends Capability>(capability: C, records: readonly unknown[]): { valid: CanonicalRecord<C>[]; refused: RecordRefusal[] } {
  const { key, shape } = SHAPES[capability];
  const valid: CanonicalRecord<C>[] = [];
  const refused: RecordRefusal[] = [];
  for (const record of records) {
    const reason = shapeProblem(record, shape, '');
    if (reason === null) {
      valid.push(record as CanonicalRecord<C>);
      continue;
    }
    const id = record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
    refused.push({ externalId: typeof id === 'string' ? id.slice(0, 200) : '', reason });
  }
  return { valid, refused };
}
