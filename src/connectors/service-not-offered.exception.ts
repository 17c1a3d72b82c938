import { ConflictException } from '@nestjs/common';

/** Why an integration of a service this server does not offer (any more) cannot be used. */
export const serviceNotOfferedMessage = (key: string): string =>
  `the "${key}" service is not available on this server: its integrations can be listed, read and deleted, not edited, checked or synced`;

/** 409: the integration exists, but its service is not registered on this server (e.g. the sample service turned off). */
export class ServiceNotOfferedException extends ConflictException {
  constructor(key: string) {
    super(serviceNotOfferedMessage(key));
  }
}
