/** Where a page stands in the whole list; extended by each page DTO with its items. */
export class PageMetaDto {
  /** Items matching, over all pages. @example 1 */
  total!: number;
  /** @example 25 */
  limit!: number;
  /** @example 0 */
  offset!: number;
}
