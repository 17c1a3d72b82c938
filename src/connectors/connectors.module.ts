import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { BigQueryConnector } from './bigquery/bigquery.connector.js';
import { BrewmanConnector } from './brewman/brewman.connector.js';
import { CONNECTORS, type Connector } from './connector.js';
import { ConnectorRegistry } from './connector-registry.service.js';
import { OutboundPolicy } from './kit/outbound/outbound-policy.js';
import { OUTBOUND_RESOLVER, type Resolver, systemResolver } from './kit/outbound/resolver.js';
import { RedshiftConnector } from './redshift/redshift.connector.js';
import { ShopifyConnector } from './shopify/shopify.connector.js';
import { TrackStarConnector } from './trackstar/trackstar.connector.js';

/** Adding a service: its folder, and one line in this list. */
const connectorClasses: Type<Connector>[] = [ShopifyConnector, BigQueryConnector, RedshiftConnector, TrackStarConnector, BrewmanConnector];

export interface ConnectorsOptions {
  /** The outbound policy's resolver (default: the system's); tests point names at test answers. */
  outboundResolver?: Resolver;
}

/** Every connector, collected by the ConnectorRegistry (global: integrations and executions both read it). */
@Module({})
export class ConnectorsModule {
  /**
   * `extra`: more connectors beside the always-built-in ones: the sample service when the
   * configuration offers it, and the tests' fakes of external services.
   */
  static forRoot(extra: readonly Type<Connector>[] = [], options: ConnectorsOptions = {}): DynamicModule {
    const classes = [...connectorClasses, ...extra];
    return {
      module: ConnectorsModule,
      global: true,
      providers: [
        ...classes,
        { provide: CONNECTORS, inject: classes, useFactory: (...connectors: Connector[]) => connectors },
        ConnectorRegistry,
        { provide: OUTBOUND_RESOLVER, useValue: options.outboundResolver ?? systemResolver },
        OutboundPolicy,
      ],
      exports: [ConnectorRegistry, OutboundPolicy],
    };
  }
}
