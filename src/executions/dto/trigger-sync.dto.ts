import { IsBoolean, IsOptional } from 'class-validator';
import type { Capability } from '../../sync-contract/capability.js';
import { CapabilityList } from '../../connectors/capability-list.decorator.js';

export class TriggerSyncDto {
  /** Read and map everything, write nothing but the session's report. Default: the integration's dry-run setting. */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  /** Only these capabilities, each one the integration syncs. Default: all of them. @example ["sales_orders"] */
  @IsOptional()
  @CapabilityList()
  capabilities?: Capability[];
}
