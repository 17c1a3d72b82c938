import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from './page.js';

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
