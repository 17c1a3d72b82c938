import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { CAPABILITIES, type Capability } from '../../connectors/capability.js';

export class ResetSyncStateDto {
  /** Only these capabilities' cursors. Default: all of them. @example ["sales_orders"] */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(CAPABILITIES, { each: true })
  capabilities?: Capability[];
}

export class ResetSyncStateResultDto {
  /** The capabilities whose cursors were cleared (those never synced have none). @example ["sales_orders"] */
  cleared!: string[];
}
