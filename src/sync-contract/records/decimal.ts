/** A decimal number as a string ("2000.0", "-1.5"): money and quantities never pass through floats. */
export type Decimal = string;
/** An instant, ISO 8601 with offset ("2026-11-27T10:00:00Z"). */
export type Instant = string;
/** A calendar date, ISO 8601 ("2026-11-01"). */
export type CalendarDate = string;
