import { NotFoundException } from '@nestjs/common';

export class UnknownServiceException extends NotFoundException {
  constructor(key: string, known: readonly string[]) {
    super(`External service "${key}" is not supported (supported: ${known.join(', ')})`);
  }
}
