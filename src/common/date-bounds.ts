import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { isCalendarDate, toIsoInstant } from './iso-dates.js';

// What PostgreSQL's date and timestamptz take, and more than any sync writes.
const EARLIEST = new Date('0001-01-01T00:00:00.000Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');
const INSTANT = '$property must be an ISO 8601 instant between 0001-01-01 and 9999-12-31, e.g. 2026-11-01T00:00:00Z';

const isInstant = (value: unknown): value is Date =>
  value instanceof Date && value.getTime() >= EARLIEST.getTime() && value.getTime() <= LATEST.getTime();

/** An optional instant bound (ISO 8601; a bare date is midnight UTC). */
export const InstantBound = (): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    Transform(toIsoInstant),
    ValidateBy({ name: 'isInstant', validator: { validate: isInstant, defaultMessage: () => INSTANT } }),
  );

/** An optional calendar date bound, YYYY-MM-DD. */
export const CalendarDateBound = (): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a calendar date YYYY-MM-DD, e.g. 2026-11-01' },
    }),
  );

/** What the bound compares by, once valid: an instant's time, or a calendar date's text. */
function boundKey(value: unknown): number | string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  return isCalendarDate(value) ? value : undefined;
}

/** The upper bound of a range: not before the lower one (equal is a one-point range). */
export const NotBefore = (lower: string): PropertyDecorator =>
  ValidateBy({
    name: 'notBefore',
    constraints: [lower],
    validator: {
      validate: (value, args) => {
        const upper = boundKey(value);
        const other = boundKey((args?.object as Record<string, unknown> | undefined)?.[lower]);
        return upper === undefined || other === undefined || typeof upper !== typeof other || upper >= other;
      },
      defaultMessage: () => `$property must not be before ${lower}`,
    },
  });
