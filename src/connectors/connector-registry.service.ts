import { Inject, Injectable } from '@nestjs/common';
import { CONNECTORS, type Connector } from './connector.js';
import { ServiceNotOfferedException } from './service-not-offered.exception.js';
import { UnknownServiceException } from './unknown-service.exception.js';

/** Every connector, looked up by service key. */
@Injectable()
export class ConnectorRegistry {
  private readonly byKey: ReadonlyMap<string, Connector>;

  constructor(@Inject(CONNECTORS) connectors: Connector[]) {
    this.byKey = new Map(connectors.map((c) => [c.metadata.key, c]));
  }

  list(): Connector[] {
    return [...this.byKey.values()].sort((a, b) => a.metadata.key.localeCompare(b.metadata.key));
  }

  keys(): string[] {
    return this.list().map((c) => c.metadata.key);
  }

  find(key: string): Connector | undefined {
    return this.byKey.get(key);
  }

  /** @throws UnknownServiceException (404) */
  get(key: string): Connector {
    const connector = this.byKey.get(key);
    if (connector === undefined) throw new UnknownServiceException(key, this.keys());
    return connector;
  }

  /** The connector of a stored integration's service. @throws ServiceNotOfferedException (409) */
  of(integration: { externalService: string }): Connector {
    const connector = this.byKey.get(integration.externalService);
    if (connector === undefined) throw new ServiceNotOfferedException(integration.externalService);
    return connector;
  }
}
