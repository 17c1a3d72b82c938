import type { ForecastVersionRecord } from '../../sync-contract/records/forecast-version.record.js';
import type { SalesForecastRecord } from '../../sync-contract/records/sales-forecast.record.js';
import { ANCHOR_DATE, dateOf, dayStart, HISTORY_DAYS, instantOf, lastDayOf, weekOf } from './sample-calendar.js';
import { SELLING_CHANNELS, variantId } from './sample-catalog.js';
import type { SampleStore } from './sample-store.js';

const HORIZON_WEEKS = 8;
const CHANNEL_SHARE = { web: 0.65, retail: 0.35 } as const;

/** A baseline made before the history began, and the latest revision, made at the end of each day. */
export function forecastVersions(today: number): ForecastVersionRecord[] {
  return [
    { externalId: 'baseline', name: `Baseline (from ${ANCHOR_DATE})`, createdAt: instantOf(dayStart(0)) },
    { externalId: 'latest', name: `Latest (revised ${dateOf(today)})`, createdAt: instantOf(dayStart(today, 23 * 60)) },
  ];
}

/**
 * Weekly quantities per variant and channel, eight weeks ahead: the baseline's from the
 * anchor (generation 1 only: it never changes), the latest's from the next week, revised
 * on every generation.
 */
export function* salesForecast(store: SampleStore, generation: number): Generator<SalesForecastRecord> {
  if (generation === 1) yield* forecastOf(store, 'baseline', weekOf(HISTORY_DAYS), 0);
  yield* forecastOf(store, 'latest', weekOf(lastDayOf(generation)) + 7, generation);
}

function* forecastOf(store: SampleStore, version: string, firstWeek: number, revision: number): Generator<SalesForecastRecord> {
  const { random } = store;
  for (let product = 0; product < store.size; product += 1) {
    const weekly = random.int(2, 40, 'demand', product);
    for (const channel of SELLING_CHANNELS) {
      for (let week = firstWeek; week < firstWeek + 7 * HORIZON_WEEKS; week += 7) {
        const noise = 0.8 + 0.4 * random.fraction('forecast', version, product, channel, week, revision);
        yield {
          versionExternalId: version,
          skuExternalId: variantId(product),
          channelExternalId: channel,
          periodStart: dateOf(week),
          quantity: String(Math.round(weekly * CHANNEL_SHARE[channel] * noise)),
        };
      }
    }
  }
}
