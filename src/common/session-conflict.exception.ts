import { ConflictException } from '@nestjs/common';

/** A 409 caused by a sync session; the error envelope carries its id. */
export class SessionConflictException extends ConflictException {
  constructor(
    message: string,
    readonly sessionId: string,
  ) {
    super(message);
  }
}
