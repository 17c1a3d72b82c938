import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { Capability } from '../../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../../sync-contract/source-page.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { type PageInfo, type VariantNode, VARIANTS_PAGE, VARIANTS_QUERY, variantsCost } from './shopify-queries.js';

/**
 * Every product variant, as records of one capability (products or prices). The catalog
 * is read whole each sync (the sinks leave unchanged rows alone): the cursor is Shopify's
 * page cursor while a read is under way, so an interrupted read resumes, and none after
 * the last page, so the next sync starts over.
 */
export async function* readVariants(
  client: ShopifyGraphql,
  cursor: SyncCursor | null,
  signal: AbortSignal,
  toRecord: (variant: VariantNode) => CanonicalRecord<Capability>,
): AsyncGenerator<SourcePage> {
  let after = typeof cursor === 'string' ? cursor : null;
  for (;;) {
    const data = (await client.query(VARIANTS_QUERY, { first: VARIANTS_PAGE, after }, variantsCost(VARIANTS_PAGE), signal)) as {
      productVariants: { nodes: VariantNode[]; pageInfo: PageInfo };
    };
    const { nodes, pageInfo } = data.productVariants;
    const more = pageInfo.hasNextPage && pageInfo.endCursor !== null;
    yield { records: nodes.map(toRecord), cursor: more ? pageInfo.endCursor : null };
    if (!more) return;
    after = pageInfo.endCursor;
  }
}
