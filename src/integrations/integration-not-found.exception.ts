import { NotFoundException } from '@nestjs/common';

/** Also what another organization's integration looks like: never a 403 that confirms it exists. */
export class IntegrationNotFoundException extends NotFoundException {
  constructor(id: string) {
    super(`Integration ${id} not found`);
  }
}
