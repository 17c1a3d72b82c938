import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import { PageQueryDto } from '../../common/page-query.dto.js';

export const INTEGRATION_STATUSES = ['enabled', 'disabled'] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

export class ListIntegrationsQueryDto extends PageQueryDto {
  /** Only integrations of this service. @example "shopify" */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NoNulCharacters()
  externalService?: string;

  /** Only enabled or only disabled integrations. */
  @IsOptional()
  @IsIn(INTEGRATION_STATUSES)
  status?: IntegrationStatus;
}
