import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { Capability } from '../../sync-contract/capability.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import { pageTokenCodec } from '../kit/cursor/cursor-codec.js';
import { pagesByToken } from '../kit/paging/pages-by-token.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { type PageInfo, type VariantNode, VARIANTS_PAGE, VARIANTS_QUERY, variantsCost } from './shopify-queries.js';

/** A read under way: Shopify's page cursor. */
export const VARIANTS_CURSOR = pageTokenCodec('Shopify variants page');

/**
 * Every product variant, as records of one capability (products or prices). The catalog
 * is read whole each sync (the sinks leave unchanged rows alone): the cursor is Shopify's
 * page cursor while a read is under way, so an interrupted read resumes, and none after
 * the last page, so the next sync starts over.
 */
export function readVariants(
  client: ShopifyGraphql,
  from: string | null,
  signal: AbortSignal,
  toRecord: (variant: VariantNode) => CanonicalRecord<Capability>,
): AsyncGenerator<SourcePage> {
  return pagesByToken({
    fetch: async (after) => {
      const data = (await client.query(VARIANTS_QUERY, { first: VARIANTS_PAGE, after }, variantsCost(VARIANTS_PAGE), signal)) as {
        productVariants: { nodes: VariantNode[]; pageInfo: PageInfo };
      };
      const { nodes, pageInfo } = data.productVariants;
      return { items: nodes, next: pageInfo.hasNextPage ? pageInfo.endCursor : null };
    },
    toRecord,
    codec: VARIANTS_CURSOR,
    from,
  });
}
