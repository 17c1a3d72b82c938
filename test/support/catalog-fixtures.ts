import { expect } from '@jest/globals';
import type { components } from '../../openapi/schema.js';
import type { ApiClient } from './api-client.js';

export type SkuBody = components['schemas']['SkuDto'];
export type ChannelBody = components['schemas']['ChannelDto'];

/** Asserts the status (showing the body when it differs) and returns the body. */
export function bodyOf<T>(result: { data?: T; error?: unknown; response: Response }, status = 200): T {
  expect({ status: result.response.status, error: result.error }).toEqual({ status, error: undefined });
  if (result.data === undefined) throw new Error(`${status} without a body`);
  return result.data;
}

/** Creates a SKU through the API, asserting the 201. */
export async function createSku(client: ApiClient, code: string, name = `Product ${code}`): Promise<SkuBody> {
  return bodyOf(await client.POST('/skus', { body: { code, name } }), 201);
}

/** Creates a channel through the API, asserting the 201. */
export async function createChannel(client: ApiClient, code: string, name = `Channel ${code}`): Promise<ChannelBody> {
  return bodyOf(await client.POST('/channels', { body: { code, name } }), 201);
}
