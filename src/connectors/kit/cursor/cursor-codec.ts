import type { Capability } from '../../../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../../../sync-contract/source-page.js';

/** How one reader stores its position: checked when read back. */
export interface CursorCodec<T> {
  readonly name: string;
  /** The position, or null when the stored JSON is not of this reader's shape. */
  decode(stored: SyncCursor): T | null;
  encode(position: T): SyncCursor;
}

export const cursorCodec = <T>(codec: CursorCodec<T>): CursorCodec<T> => codec;

/** Where a read starts: the stored position, or the beginning; with a note when a stored cursor was not understood. */
export interface ResumePoint<T> {
  position: T | null;
  notes: string[];
}

export const restartNote = (capability: Capability): string => `the stored cursor of ${capability} was not understood; reading from the start`;

/** A stored cursor read back: of the wrong shape it restarts the capability, with a note for the execution (it does not fail). */
export function resumeFrom<T>(codec: CursorCodec<T>, stored: SyncCursor | null, capability: Capability): ResumePoint<T> {
  if (stored === null) return { position: null, notes: [] };
  const position = codec.decode(stored);
  return position === null ? { position: null, notes: [restartNote(capability)] } : { position, notes: [] };
}

/** The pages with `notes` added to the first one (an empty page carrying them if there is none). */
export async function* withFirstPageNotes(pages: AsyncIterable<SourcePage>, notes: readonly string[]): AsyncGenerator<SourcePage> {
  if (notes.length === 0) {
    yield* pages;
    return;
  }
  let first = true;
  for await (const page of pages) {
    yield first ? { ...page, notes: [...notes, ...(page.notes ?? [])] } : page;
    first = false;
  }
  if (first) yield { records: [], cursor: null, notes: [...notes] };
}

/** A plain string position: a service's page token. */
export const pageTokenCodec = (name: string): CursorCodec<string> =>
  cursorCodec({ name, decode: (stored) => (typeof stored === 'string' && stored !== '' ? stored : null), encode: (token) => token });

/** The stored JSON as an object of fields, or null. */
export const cursorObject = (stored: SyncCursor | null | undefined): { [key: string]: SyncCursor } | null =>
  stored === null || stored === undefined || typeof stored !== 'object' || Array.isArray(stored) ? null : stored;
