import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CAPABILITIES, type Capability } from '../../connectors/capability.js';

export class TriggerSyncDto {
  /** Read and map everything, write nothing but the session's report. Default: the integration's dry-run setting. */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  /** Only these capabilities, each one the integration syncs. Default: all of them. @example ["sales_orders"] */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(CAPABILITIES, { each: true })
  capabilities?: Capability[];
}
