import { IsIn, IsOptional } from 'class-validator';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { EXECUTION_STATUSES, type ExecutionStatus } from '../entities/sync-execution.entity.js';

export class ListExecutionsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(CAPABILITIES)
  capability?: Capability;

  @IsOptional()
  @IsIn(EXECUTION_STATUSES)
  status?: ExecutionStatus;
}
