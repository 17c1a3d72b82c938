import { expect } from '@jest/globals';
import type { FakeShopify } from '../fakes/shopify/index.js';

/* Plain-HTTP GraphQL calls to the fake Shopify store, for the specs that check the fake itself. */

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface Cost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

export interface Reply<D> {
  data?: D;
  errors?: GraphqlError[];
  extensions?: { cost: Cost; search?: { path: string[]; query: string; warnings: { field: string; message: string }[] }[] };
}

/** A raw POST to the fake's GraphQL endpoint (the token left out when null). */
export async function post(fake: FakeShopify, body: string, token: string | null = fake.accessToken): Promise<Response> {
  return fetch(fake.graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-shopify-access-token': token }) },
    body,
  });
}

/** A query that must answer HTTP 200; its reply as it is. */
export async function gql<D>(fake: FakeShopify, query: string, variables?: Record<string, unknown>): Promise<Reply<D>> {
  const response = await post(fake, JSON.stringify({ query, variables }));
  expect(response.status).toBe(200);
  return (await response.json()) as Reply<D>;
}

/** Data of a reply that must have succeeded. */
export function dataOf<D>(reply: Reply<D>): D {
  expect(reply.errors).toBeUndefined();
  if (reply.data === undefined) throw new Error('no data');
  return reply.data;
}
