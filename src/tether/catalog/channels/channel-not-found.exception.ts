import { NotFoundException } from '@nestjs/common';

/** Also what another organization's channel looks like. */
export class ChannelNotFoundException extends NotFoundException {
  constructor(id: string) {
    super(`Channel ${id} not found`);
  }
}
