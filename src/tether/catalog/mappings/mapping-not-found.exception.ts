import { NotFoundException } from '@nestjs/common';

export class MappingNotFoundException extends NotFoundException {
  /** @param label what the mapping leads to, e.g. "SKU" */
  constructor(label: string, integrationId: string, externalId: string) {
    super(`No ${label} mapping for external id ${JSON.stringify(externalId)} of integration ${integrationId}`);
  }
}
