import type { CalendarDate, Instant } from '../../sync-contract/records/decimal.js';

/**
 * The sample store's clock. Days are numbered from the first day of its history; a read's
 * generation says how far the store has got: generation 1 is the 90 days before the
 * anchor, and each later generation is one trading day more.
 */
export const ANCHOR_DATE = '2026-11-02';
export const HISTORY_DAYS = 90;

const DAY_MS = 86_400_000;
const ANCHOR_MS = Date.parse(`${ANCHOR_DATE}T00:00:00Z`);

/** The last day a generation has reached: generation 1 ends the day before the anchor. */
export const lastDayOf = (generation: number): number => HISTORY_DAYS + generation - 2;

/** Midnight UTC starting a day, in milliseconds; `minutes` after it. */
export const dayStart = (day: number, minutes = 0): number => ANCHOR_MS + (day - HISTORY_DAYS) * DAY_MS + minutes * 60_000;

export const instantOf = (ms: number): Instant => new Date(ms).toISOString();

export const dateOf = (day: number): CalendarDate => instantOf(dayStart(day)).slice(0, 10);

/** The day as digits, for ids: 20261102. */
export const compactDateOf = (day: number): string => dateOf(day).replaceAll('-', '');

/** The Monday starting the day's week (a day number; the first week starts before day 0). */
export const weekOf = (day: number): number => day - ((new Date(dayStart(day)).getUTCDay() + 6) % 7);
