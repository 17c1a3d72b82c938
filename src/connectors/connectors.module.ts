import { Module } from '@nestjs/common';
import { BigQueryConnector } from './bigquery/bigquery.connector.js';
import { BrewmanConnector } from './brewman/brewman.connector.js';
import { CONNECTORS, type Connector } from './connector.js';
import { ConnectorRegistry } from './connector-registry.service.js';
import { RedshiftConnector } from './redshift/redshift.connector.js';
import { ShopifyConnector } from './shopify/shopify.connector.js';
import { TrackStarConnector } from './trackstar/trackstar.connector.js';

/** Adding a service: its folder, and one line in this list. */
const connectorClasses = [ShopifyConnector, BigQueryConnector, RedshiftConnector, TrackStarConnector, BrewmanConnector];

@Module({
  providers: [
    ...connectorClasses,
    { provide: CONNECTORS, inject: connectorClasses, useFactory: (...connectors: Connector[]) => connectors },
    ConnectorRegistry,
  ],
  exports: [ConnectorRegistry],
})
export class ConnectorsModule {}
