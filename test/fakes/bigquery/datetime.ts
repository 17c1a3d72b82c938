/**
 * TIMESTAMP, DATE and DATETIME text in BigQuery's canonical formats. Instants are bigint
 * microseconds since the epoch (BigQuery's precision), so nothing is lost through a float.
 */

const MICROS_PER_SECOND = 1_000_000n;
const MICROS_PER_DAY = 86_400n * MICROS_PER_SECOND;

/**
 * `YYYY-[M]M-[D]D[( |T)[H]H:[M]M:[S]S[.F]][zone]`, zone `Z`, `UTC`, `+HH[:MM]` (a space before
 * it allowed). Up to 9 fraction digits are read, because the Node client sends a
 * PreciseDate's nanoseconds (`…05.123456000Z`); digits past the 6th must be zeros.
 */
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?)? ?(Z|z|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/;
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATETIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,6}))?)?$/;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian), valid for years 1–9999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micros: number;
}

function civil(parts: (string | undefined)[], maxFraction: number): Civil | null {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(0, 6).map((part) => Number(part ?? 0));
  const fraction = parts[6] ?? '';
  if (year === undefined || month === undefined || day === undefined || year < 1) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (fraction.length > maxFraction || /[1-9]/.test(fraction.slice(6))) return null;
  return { year, month, day, hour, minute, second, micros: Number(fraction.slice(0, 6).padEnd(6, '0')) };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone === 'Z' || zone === 'z' || zone === 'UTC') return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (match === null) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Microseconds since the epoch, or null when the text is no BigQuery timestamp. */
export function parseTimestamp(text: string): bigint | null {
  const match = TIMESTAMP.exec(text.trim());
  if (match === null) return null;
  const fields = civil(match.slice(1, 8), 9);
  const offset = offsetMinutes(match[8]);
  if (fields === null || offset === null) return null;
  const seconds = BigInt(daysFromCivil(fields.year, fields.month, fields.day)) * 86_400n + BigInt(fields.hour * 3600 + fields.minute * 60 + fields.second - offset * 60);
  return seconds * MICROS_PER_SECOND + BigInt(fields.micros);
}

/** `YYYY-MM-DDTHH:MM:SS.ffffffZ`, always six fraction digits (what `rows()` hands back). */
export function formatTimestamp(micros: bigint): string {
  const days = micros >= 0n ? micros / MICROS_PER_DAY : -((-micros + MICROS_PER_DAY - 1n) / MICROS_PER_DAY);
  const rest = Number(micros - days * MICROS_PER_DAY);
  const [year, month, day] = civilFromDays(Number(days));
  const second = Math.floor(rest / 1_000_000);
  const fraction = rest % 1_000_000;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}.${pad(fraction, 6)}Z`;
}

/** `YYYY-MM-DD` zero-padded, or null. */
export function parseDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (match === null) return null;
  const fields = civil([...match.slice(1, 4)], 0);
  return fields === null ? null : `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}`;
}

/** `YYYY-MM-DDTHH:MM:SS.ffffff` (always six digits, so the text sorts as the value does), or null. */
export function parseDatetime(text: string): string | null {
  const match = DATETIME.exec(text.trim());
  if (match === null) return null;
  const fields = civil(match.slice(1, 8), 6);
  if (fields === null) return null;
  return `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}T${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)}.${pad(fields.micros, 6)}`;
}

/** A DATETIME as the REST API renders it: the fraction only when it is not zero. */
export const formatDatetime = (normalized: string): string => (normalized.endsWith('.000000') ? normalized.slice(0, -7) : normalized);

/**
 * A double as Java's Double.toString writes it (BigQuery's float TIMESTAMP cells look like
 * `1.4093488E9`): plain between 10^-3 and 10^7, else `d.dddE±n`, always a fraction digit.
 */
export function javaDouble(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(value);
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
