import { describe, expect, it } from '@jest/globals';
import type { SourcePage } from '../../../sync-contract/source-page.js';
import { cursorCodec, pageTokenCodec, resumeFrom, withFirstPageNotes } from './cursor-codec.js';

const offsetCodec = cursorCodec<{ offset: number }>({
  name: 'offset',
  decode: (stored) => (typeof stored === 'object' && stored !== null && !Array.isArray(stored) && typeof stored.offset === 'number' ? { offset: stored.offset } : null),
  encode: (position) => position,
});

async function collect(pages: AsyncIterable<SourcePage>): Promise<SourcePage[]> {
  const all = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('cursor codecs', () => {
  it('reads a stored cursor of its shape back, starts without one, restarts with a note on a wrong one', () => {
    expect(resumeFrom(offsetCodec, { offset: 4 }, 'products')).toEqual({ position: { offset: 4 }, notes: [] });
    expect(resumeFrom(offsetCodec, null, 'products')).toEqual({ position: null, notes: [] });
    expect(resumeFrom(offsetCodec, 'abc', 'sales_orders')).toEqual({ position: null, notes: ['the stored cursor of sales_orders was not understood; reading from the start'] });
    expect(resumeFrom(pageTokenCodec('variants'), { offset: 1 }, 'products').notes).toHaveLength(1);
    expect(resumeFrom(pageTokenCodec('variants'), 'abc', 'products').position).toBe('abc');
  });

  it('puts the notes on the first page, or on an empty page when there is none', async () => {
    async function* of(...pages: SourcePage[]): AsyncGenerator<SourcePage> {
      for (const page of pages) yield await Promise.resolve(page);
    }
    const two = (): AsyncGenerator<SourcePage> => of({ records: [], cursor: 1, notes: ['own'] }, { records: [], cursor: 2 });
    const none = (): AsyncGenerator<SourcePage> => of();
    expect((await collect(withFirstPageNotes(two(), ['restart']))).map((p) => p.notes)).toEqual([['restart', 'own'], undefined]);
    expect(await collect(withFirstPageNotes(none(), ['restart']))).toEqual([{ records: [], cursor: null, notes: ['restart'] }]);
  });
});
