/** What SKUs and channels have besides their own fields. */
export class CatalogItemDto {
  /** @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  id!: string;
  /** The integration whose sync last wrote it; null when made through the API. @example null */
  integrationId!: string | null;
  /** @example "2026-11-27T09:00:00.000Z" */
  createdAt!: string;
  /** @example "2026-11-27T09:00:00.000Z" */
  updatedAt!: string;
}
