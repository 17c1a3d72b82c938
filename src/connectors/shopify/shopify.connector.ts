import { Injectable } from '@nestjs/common';
import type { Connector } from '../connector.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { capability, secretField, textField } from '../metadata-builders.js';

/** Shopify through the GraphQL Admin API. */
@Injectable()
export class ShopifyConnector implements Connector {
  readonly metadata: ConnectorMetadata = {
    key: 'shopify',
    displayName: 'Shopify',
    description: 'E-commerce platform for sales orders and products',
    capabilities: [
      capability('sales_orders', 'Paid and partially refunded orders with their line items, new and updated since the last sync'),
      capability('pending_sales', 'Open orders not yet paid (pending, authorized, partially paid), replaced on each sync'),
      capability('products', 'Product variants (SKU, barcode, title, price) as Tether SKUs'),
      capability('channels', 'The store as a sales channel'),
      capability('pricing', "Variant prices on the store's channel"),
    ],
    credentialFields: [
      textField('storeDomain', 'Store URL', {
        placeholder: 'your-store.myshopify.com',
        description: "The store's myshopify.com domain",
        pattern: '^[A-Za-z0-9][A-Za-z0-9-]*\\.myshopify\\.com$',
        patternDescription: 'a domain ending in .myshopify.com, e.g. your-store.myshopify.com',
      }),
      secretField('accessToken', 'Admin API Access Token', {
        placeholder: 'shpat_...',
        description: 'Generated in Shopify Admin under Settings, Apps and sales channels (needs read_orders and read_products)',
      }),
    ],
    settingFields: [
      textField('apiVersion', 'API version', {
        required: false,
        default: '2026-10',
        description: 'Shopify Admin API version (quarterly releases, each supported about 12 months)',
        pattern: '^\\d{4}-(01|04|07|10)$',
        patternDescription: 'a quarterly version such as 2026-10',
      }),
    ],
  };
}
