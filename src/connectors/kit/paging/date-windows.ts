const DAY_MS = 86_400_000;

/** A half-open span of whole days [from, to), UTC. */
export interface DateWindow {
  from: Date;
  to: Date;
}

export interface DateWindowOptions {
  /** The day reading resumes from (a cursor's), or the first day to read. */
  from: Date;
  /** Days re-read before `from` (records back-dated or changed after the fact). */
  lookbackDays: number;
  /** Days per request. */
  windowDays: number;
  /** Reading stops at the end of this day. */
  now: Date;
  /** What the source returns at most per request: a window that hits it may have more. */
  limit: number;
  /** Shortest window a full one is split down to (default one day). */
  minDays?: number;
}

/** A window read: its items, and whether it still hit the limit at the shortest window (some may be missing). */
export interface WindowRead<T> extends DateWindow {
  items: T[];
  truncated: boolean;
  /** How many the source said match the window, when it says (else the items read). */
  matching: number;
}

/** What a source returns for a window: the items, and how many match when it says (a `matchingCount`). */
export interface WindowAnswer<T> {
  items: T[];
  matching?: number;
}

const startOfDay = (date: Date): number => Math.floor(date.getTime() / DAY_MS) * DAY_MS;
const days = (window: DateWindow): number => Math.round((window.to.getTime() - window.from.getTime()) / DAY_MS);

/** The windows from `from` less the lookback up to the end of `now`'s day, each `windowDays` long (the last shorter). */
export function dateWindows(options: Pick<DateWindowOptions, 'from' | 'lookbackDays' | 'windowDays' | 'now'>): DateWindow[] {
  if (!(options.windowDays >= 1) || !(options.lookbackDays >= 0)) throw new RangeError('windows need at least one day and a lookback of zero or more');
  const end = startOfDay(options.now) + DAY_MS;
  const windows: DateWindow[] = [];
  for (let at = startOfDay(options.from) - options.lookbackDays * DAY_MS; at < end; at += options.windowDays * DAY_MS) {
    windows.push({ from: new Date(at), to: new Date(Math.min(end, at + options.windowDays * DAY_MS)) });
  }
  return windows;
}

/**
 * Reads the windows in order through `fetchWindow`; a window the source cut short (more
 * matching than it returned, or `limit` items when it does not say how many match) is read
 * again as two halves, earlier first, down to `minDays`.
 */
export async function* readDateWindows<T>(fetchWindow: (window: DateWindow) => Promise<WindowAnswer<T>>, options: DateWindowOptions): AsyncGenerator<WindowRead<T>> {
  const minDays = Math.max(1, options.minDays ?? 1);
  async function* read(window: DateWindow): AsyncGenerator<WindowRead<T>> {
    const { items, matching } = await fetchWindow(window);
    const truncated = matching === undefined ? items.length >= options.limit : matching > items.length;
    const span = days(window);
    if (!truncated || span <= minDays) {
      yield { ...window, items, truncated, matching: matching ?? items.length };
      return;
    }
    const middle = new Date(window.from.getTime() + Math.max(minDays, Math.floor(span / 2)) * DAY_MS);
    yield* read({ from: window.from, to: middle });
    yield* read({ from: middle, to: window.to });
  }
  for (const window of dateWindows(options)) yield* read(window);
}
