/** A position in `(updated_at, key)` order: after the last record read. */
export interface KeysetPosition<K extends string | number = string | number> {
  updatedAt: string;
  key: K;
}

/** Order of two positions: by instant (parsed, so `Z` and `+00:00` forms agree), then by key. */
export function compareKeyset(a: KeysetPosition, b: KeysetPosition): number {
  const at = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (at !== 0) return Math.sign(at);
  if (typeof a.key === 'number' && typeof b.key === 'number') return Math.sign(a.key - b.key);
  const [x, y] = [String(a.key), String(b.key)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** At or before the position: already read. */
export const readUpTo = (item: KeysetPosition, position: KeysetPosition | null): boolean => position !== null && compareKeyset(item, position) <= 0;

/** The later of two positions: a committed cursor never moves backwards. */
export function laterPosition<P extends KeysetPosition>(a: P | null, b: P | null): P | null {
  if (a === null || b === null) return a ?? b;
  return compareKeyset(b, a) > 0 ? b : a;
}
