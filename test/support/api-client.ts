import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../openapi/schema.js';

export type ApiClient = Client<paths>;

/** The generated client, as an SDK user would hold it; token optional. */
export function apiClient(baseUrl: string, token?: string): ApiClient {
  return createClient<paths>({
    baseUrl,
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}
