import type { Decimal } from '../../sync-contract/records/decimal.js';
import { SampleRandom } from './sample-random.js';

/** The integration's settings (validated against the connector's fields). */
export interface SampleSettings {
  seed: number;
  /** Products; orders per day, pending orders, stock, prices and forecasts scale with it. */
  size: number;
}

/** Everything the generator needs: the settings and their random values. */
export interface SampleStore extends SampleSettings {
  random: SampleRandom;
}

export const sampleStore = (settings: SampleSettings): SampleStore => ({ ...settings, random: new SampleRandom(settings.seed) });

export const CURRENCY = 'USD';

/** Whole cents as a decimal string: 1299 → "12.99" (no float on the way). */
export const money = (cents: number): Decimal => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
