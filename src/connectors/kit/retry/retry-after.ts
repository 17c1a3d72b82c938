/** A reply's headers as node and the outbound client give them (lower-case names). */
export type ReplyHeaders = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim();

/** Epoch seconds are told from a count of seconds by size: anything past 2001-09-09. */
const EPOCH_SECONDS_FROM = 1_000_000_000;

/**
 * `Retry-After` in milliseconds, capped: either delta-seconds (`"3"`, `"1.5"`; Shopify,
 * TrackStar) or an HTTP date (`"Wed, 21 Oct 2026 07:28:00 GMT"`, counted from `now`; a
 * date already past is 0). Undefined when absent, empty, negative or unreadable.
 */
export function retryAfterMs(header: string | string[] | undefined, now: number, capMs: number): number | undefined {
  const value = first(header);
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(Number(value) * 1000, capMs);
  const at = Date.parse(value);
  if (!/[a-z]/i.test(value) || Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), capMs);
}

/**
 * A rate-limit reset header in milliseconds from `now`, capped: `x-ratelimit-reset`, or
 * its older spelling `x-rate-limit-reset` (TrackStar before 2025-09). Its value is epoch
 * seconds (TrackStar), or, when too small to be one, seconds from now (as some APIs send).
 */
export function rateLimitResetMs(headers: ReplyHeaders, now: number, capMs: number): number | undefined {
  const value = first(headers['x-ratelimit-reset'] ?? headers['x-rate-limit-reset']);
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  const seconds = Number(value);
  const ms = seconds >= EPOCH_SECONDS_FROM ? seconds * 1000 - now : seconds * 1000;
  return Math.min(Math.max(0, ms), capMs);
}

/** How long a throttled reply asks to wait: `Retry-After` first, then the rate-limit reset. */
export function waitHintMs(headers: ReplyHeaders, now: number, capMs: number): number | undefined {
  return retryAfterMs(headers['retry-after'], now, capMs) ?? rateLimitResetMs(headers, now, capMs);
}
