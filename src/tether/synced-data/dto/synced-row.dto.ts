/** What every synced row records: the integration that wrote it, and when. */
export class SyncedRowDto {
  /** The integration whose sync wrote the row. @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  integrationId!: string;
  /** When a sync last created or changed the row (ISO 8601, UTC). @example "2026-11-27T02:00:03.120Z" */
  writtenAt!: string;
}

/** The Tether SKU a row is about. */
export class SkuRefDto {
  /** @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  skuId!: string;
  /** The SKU's code; null if the SKU has been deleted since. @example "PALE-ALE-330" */
  skuCode!: string | null;
}

/** The Tether channel a row is about. */
export class ChannelRefDto {
  /** @example "9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5" */
  channelId!: string;
  /** The channel's code; null if the channel has been deleted since. @example "WEB" */
  channelCode!: string | null;
}
