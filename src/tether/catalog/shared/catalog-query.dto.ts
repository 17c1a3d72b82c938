import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../../common/no-nul-characters.decorator.js';
import { PageQueryDto } from '../../../common/page-query.dto.js';
import { trim } from './catalog-fields.js';

export class CatalogQueryDto extends PageQueryDto {
  /** Only those whose code or name starts with this (ignoring case). @example "pale" */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  @NoNulCharacters()
  q?: string;
}
