import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_LIMIT, type PageQueryDto } from './page-query.dto.js';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** One page of the builder's rows, in its order (which must be stable), mapped to DTOs, with the total. */
export async function paginate<E extends ObjectLiteral, D>(
  builder: SelectQueryBuilder<E>,
  query: PageQueryDto,
  toDto: (entity: E) => D,
): Promise<Page<D>> {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const offset = query.offset ?? 0;
  const [rows, total] = await builder
    .limit(limit)
    // Past the last row every offset gives an empty page; PostgreSQL's OFFSET stops at 2^63.
    .offset(Math.min(offset, Number.MAX_SAFE_INTEGER))
    .getManyAndCount();
  return { items: rows.map(toDto), total, limit, offset };
}
