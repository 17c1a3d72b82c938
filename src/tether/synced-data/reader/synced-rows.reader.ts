import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_LIMIT } from '../../../common/page-query.dto.js';
import type { Page } from '../../../common/page.js';
import type { Listing } from './listing.js';
import { countSql, filterSql, keySql, type ListingQuery, Parameters, selectSql } from './listing-sql.js';

/** Reads any listing: one page with its total, or one row by key; always in the caller's organization. */
@Injectable()
export class SyncedRowsReader {
  constructor(private readonly dataSource: DataSource) {}

  async page<Q extends ListingQuery, I>(listing: Listing<Q, I>, organizationId: string, query: Q): Promise<Page<I>> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const offset = query.offset ?? 0;
    const parameters = new Parameters();
    const where = filterSql(listing, organizationId, query, parameters);
    const countParameters = [...parameters.values];
    // Past the last row every offset gives an empty page; PostgreSQL's OFFSET stops at 2^63.
    const tail = `LIMIT ${parameters.add(limit)} OFFSET ${parameters.add(Math.min(offset, Number.MAX_SAFE_INTEGER))}`;
    const [counted, items] = await Promise.all([
      this.dataSource.query<{ total: string }[]>(countSql(listing, where), countParameters),
      this.dataSource.query<I[]>(selectSql(listing, where, tail), parameters.values),
    ]);
    return { items, total: Number(counted[0]?.total ?? 0), limit, offset };
  }

  /** The row with this key (column → value), or undefined. */
  async find<Q, I>(listing: Listing<Q, I>, organizationId: string, key: Readonly<Record<string, unknown>>): Promise<I | undefined> {
    const parameters = new Parameters();
    const rows = await this.dataSource.query<I[]>(selectSql(listing, keySql(organizationId, key, parameters), 'LIMIT 1'), parameters.values);
    return rows[0];
  }
}
