import { ConflictException } from '@nestjs/common';

export class DuplicateCodeException extends ConflictException {
  /** @param label what has the code, e.g. "SKU" */
  constructor(label: string) {
    super(`code: a ${label} with this code already exists in the organization`);
  }
}
