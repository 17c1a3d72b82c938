import { NotFoundException } from '@nestjs/common';

/** Also what another organization's SKU looks like. */
export class SkuNotFoundException extends NotFoundException {
  constructor(id: string) {
    super(`SKU ${id} not found`);
  }
}
