const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

export const TTL_FORMS = 'a whole number with a unit s, m, h or d, e.g. 30s, 15m, 12h, 7d';

/**
 * `--ttl` in seconds, or undefined when it is not one of TTL_FORMS. Checked here because
 * jsonwebtoken reads a bare number as milliseconds and throws on anything it cannot read.
 */
export function parseTtl(value: string): number | undefined {
  const match = /^([1-9]\d{0,6})([smhd])$/.exec(value);
  if (match === null) return undefined;
  return Number(match[1]) * SECONDS_PER_UNIT[match[2] as keyof typeof SECONDS_PER_UNIT];
}
