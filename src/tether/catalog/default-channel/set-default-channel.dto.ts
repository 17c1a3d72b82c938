import { IdField } from '../../../common/id.js';

export class SetDefaultChannelDto {
  /** The organization's channel for the integration's records that name none. @example "9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60" */
  @IdField()
  channelId!: string;
}
