import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** One page of rows, in the listing's documented order. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A page class for OpenAPI, per item type: `class XPageDto extends PageOf(XDto) {}`. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: item, isArray: true })
    items!: T[];

    @ApiProperty({ description: 'Rows matching the filters, on all pages', example: 1 })
    total!: number;

    @ApiProperty({ example: 25 })
    limit!: number;

    @ApiProperty({ example: 0 })
    offset!: number;
  }
  return PageDto;
}
