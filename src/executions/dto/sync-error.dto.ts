import { ApiProperty } from '@nestjs/swagger';
import { ERROR_KINDS, type ErrorKind } from '../../sync-contract/connector-error.js';

/** Why a run failed, without secrets. */
export class SyncErrorDto {
  /** @example "Shopify answered 401: the access token was refused" */
  message!: string;
  /** auth: credentials refused; config: set up wrong; transient: retry may help; data: unusable data. */
  @ApiProperty({ enum: ERROR_KINDS, example: 'auth' })
  kind!: ErrorKind;
  /** Whether running again, unchanged, may succeed. */
  retryable!: boolean;
}
