import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';
import { UNMAPPED_KINDS, type UnmappedKind } from '../../entities/unmapped-external-id.entity.js';

export class UnmappedQueryDto extends PageQueryDto {
  /** Only SKU, channel or forecast version ids. */
  @IsOptional()
  @IsIn(UNMAPPED_KINDS)
  kind?: UnmappedKind;
}
