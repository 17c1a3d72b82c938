// The seeded generator the fakes share (mulberry32: the same seed gives the same tenant data,
// ids included, so a failing test can be replayed exactly), and Brewman's own draws.
import type { Random } from '../shopify/random.js';

export { intBetween, type Random, seededRandom, weighted } from '../shopify/random.js';

export function pick<T>(random: Random, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick() needs at least one value');
  return value;
}

/** A version-4 GUID in .NET's "D" format (lower case), drawn from the generator. */
export function guid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Money and quantities as Brewman shows them: rounded to `places` decimals, no float tails. */
export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
