/**
 * The names shopify-graphql.ts and the bulk reader still import: Shopify's HTTP is the kit's
 * OutboundHttp now. To be removed once those files import from ../kit/http directly.
 */
export type { OutboundHttp as ShopifyTransport } from '../kit/http/outbound-http.js';
export type { HttpReply as TransportResponse } from '../kit/http/http-reply.js';
