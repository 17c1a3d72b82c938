/** Exact decimals for NUMERIC / BIGNUMERIC (and INT64 beside them): a bigint mantissa and a scale, never a float. */

export interface Decimal {
  /** value = mantissa × 10^-scale; normalized: no trailing zero digits in the mantissa when scale > 0. */
  readonly mantissa: bigint;
  readonly scale: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses `-12.50`, `1e3`, `.5`; null when the text is no decimal number. */
export function parseDecimal(text: string): Decimal | null {
  const match = DECIMAL.exec(text.trim());
  if (match === null) return null;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return null;
  let mantissa = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    mantissa *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return normalize(sign === '-' ? -mantissa : mantissa, scale);
}

export const decimalFromBigInt = (value: bigint): Decimal => ({ mantissa: value, scale: 0 });

function normalize(mantissa: bigint, scale: number): Decimal {
  let m = mantissa;
  let s = scale;
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return { mantissa: m, scale: m === 0n ? 0 : s };
}

/** Digits before and after the point, to check NUMERIC (29, 9) and BIGNUMERIC (38, 38) bounds. */
export function digits(value: Decimal): { integer: number; fraction: number } {
  const abs = value.mantissa < 0n ? -value.mantissa : value.mantissa;
  const text = abs.toString();
  return { integer: Math.max(0, text.length - value.scale), fraction: value.scale };
}

export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.mantissa * 10n ** BigInt(scale - a.scale);
  const right = b.mantissa * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The shortest exact text, as BigQuery renders NUMERIC cells: `1.5`, `-0.001`, `120`. */
export function formatDecimal(value: Decimal): string {
  const negative = value.mantissa < 0n;
  const text = (negative ? -value.mantissa : value.mantissa).toString().padStart(value.scale + 1, '0');
  const point = text.length - value.scale;
  const body = value.scale === 0 ? text : `${text.slice(0, point)}.${text.slice(point)}`;
  return negative ? `-${body}` : body;
}
