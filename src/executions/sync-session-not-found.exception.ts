import { NotFoundException } from '@nestjs/common';

export class SyncSessionNotFoundException extends NotFoundException {
  constructor(id: string) {
    super(`sync session ${id} not found`);
  }
}
