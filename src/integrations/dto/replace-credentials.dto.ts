import { IsObject } from 'class-validator';

export class ReplaceCredentialsDto {
  /** The complete new credentials, validated against the service's fields. @example {"storeDomain": "your-store.myshopify.com", "accessToken": "<new admin API access token>"} */
  @IsObject()
  credentials!: Record<string, unknown>;
}
