import { IsOptional } from 'class-validator';
import type { Capability } from '../../sync-contract/capability.js';
import { CapabilityList } from '../../connectors/capability-list.decorator.js';

export class ResetSyncStateDto {
  /** Only these capabilities' cursors. Default: all of them. @example ["sales_orders"] */
  @IsOptional()
  @CapabilityList()
  capabilities?: Capability[];
}

export class ResetSyncStateResultDto {
  /** The capabilities whose cursors were cleared (those never synced have none). @example ["sales_orders"] */
  cleared!: string[];
}
