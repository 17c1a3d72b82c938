import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { SESSION_STATUSES, type SessionStatus } from '../entities/sync-session.entity.js';

export class ListSessionsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;
}
