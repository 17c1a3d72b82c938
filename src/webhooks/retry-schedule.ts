/**
 * When a failed delivery is tried again: `baseMs` after the first attempt, doubling each
 * time, for as long as the event is younger than `windowMs`; null: give up (failed).
 */
export function nextAttemptAt(createdAt: Date, attempts: number, now: Date, schedule: { baseMs: number; windowMs: number }): Date | null {
  // Capped exponent: a large attempt count must not overflow to Infinity.
  const delay = schedule.baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const at = new Date(now.getTime() + delay);
  return at.getTime() > createdAt.getTime() + schedule.windowMs ? null : at;
}
