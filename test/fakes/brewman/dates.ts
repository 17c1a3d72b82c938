/**
 * Brewman's date texts. Instants (createdAt, lastUpdatedAt, cancelledAt) are written as
 * System.Text.Json writes a UTC DateTime: `2026-09-01T08:15:00Z`, a fraction only when
 * there is one, its trailing zeros cut (`…00.12Z`). Days (deliveryDate, despatchDate) are
 * `YYYY-MM-DD`. Neither is confirmed by the vendor (README).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What System.Text.Json takes for a DateTime: a day, or a day and time with an optional fraction and offset. */
const DAY_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

export const MS_PER_DAY = 86_400_000;

export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString(); // always .sssZ
  const [seconds = '', fraction = ''] = iso.slice(0, -1).split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept === '' ? `${seconds}Z` : `${seconds}.${kept}Z`;
}

/** The calendar day of an instant in an IANA time zone, `YYYY-MM-DD`. */
export function dayIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

/** Midnight UTC of a `YYYY-MM-DD` day, in ms; NaN when it is not a real day. */
export function dayStart(day: string): number {
  const match = DAY.exec(day);
  if (match === null) return Number.NaN;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : Number.NaN;
}

export function addDays(day: string, days: number): string {
  return new Date(dayStart(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The day a filter date names: its `YYYY-MM-DD` part, whatever time or offset follows
 * (the fake compares whole days). null when System.Text.Json would refuse the text.
 */
export function filterDay(text: string): string | null {
  const day = DAY.test(text) ? text : DAY_TIME.exec(text)?.[1];
  return day !== undefined && !Number.isNaN(dayStart(day)) ? day : null;
}
