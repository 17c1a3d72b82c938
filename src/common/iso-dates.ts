const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date, or a date and time with its offset: 2026-11-01, 2026-11-01T10:00Z, 2026-11-01T10:00:00.5+01:00.
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** A real date written YYYY-MM-DD, from 0001-01-01 on (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value) || value < '0001') return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * An ISO 8601 instant as strictly as written: a real calendar date, hours 00-23, minutes
 * and seconds 00-59, an offset when a time is given (a bare date is midnight UTC). Date's
 * own parser is looser (it rolls 2026-02-30 over to March 2nd): null for anything else.
 */
export function parseIsoInstant(value: string): Date | null {
  const match = INSTANT.exec(value);
  if (match === null) return null;
  const [, day, hour = '00', minute = '00', second = '00', fraction = '', offset = 'Z', offsetHours = '00', offsetMinutes = '00'] = match;
  if (!isCalendarDate(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
  const millis = fraction === '' ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`;
  const date = new Date(`${day}T${hour}:${minute}:${second}${millis}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** class-transformer: a query string that is a strict ISO instant becomes a Date; anything else is left for the validator to refuse. */
export const toIsoInstant = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? (parseIsoInstant(value) ?? value) : value);
