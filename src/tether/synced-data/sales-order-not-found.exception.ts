import { NotFoundException } from '@nestjs/common';

/** Also what another organization's order looks like. */
export class SalesOrderNotFoundException extends NotFoundException {
  constructor(integrationId: string, externalId: string) {
    super(`Sales order ${JSON.stringify(externalId)} of integration ${integrationId} not found`);
  }
}
