import type { Page } from '../common/page.js';
import { DEFAULT_PAGE_LIMIT, type PageQueryDto } from '../common/page-query.dto.js';
import type { IntegrationSummaryDto } from './dto/integration.dto.js';
import type { IntegrationEntity } from './integration.entity.js';
import { type IntegrationView, toIntegrationSummary } from './integration.mapper.js';

/**
 * The dashboard by next sync, soonest first; those with none (disabled) last. The next run
 * comes from cron and an IANA timezone (DST included), which SQL cannot evaluate, and a
 * stored copy would have to be rewritten after every tick: so the organization's matching
 * rows (few, one per configured connection) are ordered here. `rows` come in name order,
 * which a stable sort keeps among equal next syncs.
 */
export function bySoonestNextSync(
  rows: readonly IntegrationEntity[],
  query: PageQueryDto,
  viewOf: (row: IntegrationEntity) => IntegrationView,
): Page<IntegrationSummaryDto> {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const offset = query.offset ?? 0;
  const viewed = rows.map((row) => ({ row, view: viewOf(row) }));
  // Past any Date's time (at most 8.64e15 ms): none scheduled sorts last.
  const at = (view: IntegrationView): number => view.nextSync?.getTime() ?? Number.MAX_SAFE_INTEGER;
  viewed.sort((a, b) => at(a.view) - at(b.view));
  return {
    items: viewed.slice(offset, offset + limit).map(({ row, view }) => toIntegrationSummary(row, view)),
    total: rows.length,
    limit,
    offset,
  };
}
