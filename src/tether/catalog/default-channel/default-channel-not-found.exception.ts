import { NotFoundException } from '@nestjs/common';

export class DefaultChannelNotFoundException extends NotFoundException {
  constructor(integrationId: string) {
    super(`Integration ${integrationId} has no default channel`);
  }
}
