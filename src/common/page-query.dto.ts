import { QueryInt } from './query-int.js';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Offset pagination over a stable order. */
export class PageQueryDto {
  /** Items per page (1-100). */
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  /** Items to skip. */
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  offset?: number;
}

export const DEFAULT_PAGE_LIMIT = 25;
