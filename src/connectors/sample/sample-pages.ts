import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { Capability } from '../../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../../sync-contract/source-page.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SampleFeed } from './sample-feeds.js';
import type { SampleStore } from './sample-store.js';

/**
 * The generation a read yields and how many of its records are already written. A cursor
 * is `{generation}` once a generation is written whole (the next read yields the one
 * after), `{generation, after}` after the first `after` records of one.
 */
function positionAfter(cursor: SyncCursor | null): { generation: number; skip: number } {
  if (cursor === null) return { generation: 1, skip: 0 };
  const fields: Readonly<Record<string, SyncCursor | undefined>> = typeof cursor === 'object' && !Array.isArray(cursor) ? cursor : {};
  const { generation, after } = fields;
  if (typeof generation === 'number' && Number.isInteger(generation) && generation >= 1) {
    if (after === undefined) return { generation: generation + 1, skip: 0 };
    if (typeof after === 'number' && Number.isInteger(after) && after >= 0) return { generation, skip: after };
  }
  throw new ConnectorError('config', 'the stored cursor is not one the sample store wrote; reset the sync state to start over', false);
}

/**
 * The pages of the generation after the cursor. The last page (empty when the generation
 * has no records) carries `{generation}`, so the next read moves the store a day on.
 */
export function* samplePages<C extends Capability>(feed: SampleFeed<C>, store: SampleStore, cursor: SyncCursor | null): Generator<SourcePage> {
  const { generation, skip } = positionAfter(cursor);
  if (feed.snapshot) {
    yield { records: [...feed.records(store, generation)], cursor: { generation }, replace: true };
    return;
  }
  let page: CanonicalRecord<C>[] = [];
  let position = skip;
  let seen = 0;
  for (const record of feed.records(store, generation)) {
    seen += 1;
    if (seen <= skip) continue;
    if (page.length === feed.pageSize) {
      position += page.length;
      yield { records: page, cursor: { generation, after: position } };
      page = [];
    }
    page.push(record);
  }
  yield { records: page, cursor: { generation } };
}
