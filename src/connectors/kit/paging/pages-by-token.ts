import type { Capability } from '../../../sync-contract/capability.js';
import type { CanonicalRecord } from '../../../sync-contract/records/canonical-record.js';
import type { SourcePage, SyncCursor } from '../../../sync-contract/source-page.js';
import type { CursorCodec } from '../cursor/cursor-codec.js';

/** One page of a next-token API: its items and the token of the next page (null after the last). */
export interface TokenPage<I> {
  items: readonly I[];
  next: string | null;
}

export interface TokenPaging<I> {
  /** Fetches the page at `token` (null: the first). */
  fetch: (token: string | null) => Promise<TokenPage<I>>;
  toRecord: (item: I) => CanonicalRecord<Capability>;
  /** How the token is stored while a read is under way. */
  codec: CursorCodec<string>;
  /** Where to start: a token read back, or null. */
  from: string | null;
  /** The cursor after the last page (default null: the next sync reads from the start). */
  final?: SyncCursor | null;
}

/**
 * A next-token API as SourcePages: each page's cursor is the next page's token, so an
 * interrupted read resumes there; the last page's is `final`.
 */
export async function* pagesByToken<I>(paging: TokenPaging<I>): AsyncGenerator<SourcePage> {
  let token = paging.from;
  for (;;) {
    const { items, next } = await paging.fetch(token);
    yield { records: items.map(paging.toRecord), cursor: next === null ? (paging.final ?? null) : paging.codec.encode(next) };
    if (next === null) return;
    token = next;
  }
}
