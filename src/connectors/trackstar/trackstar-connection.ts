import type { TrackStarClient } from './trackstar-client.js';

/** What the connector reads of a WMS connection (`GET /connections`). */
export interface TrackStarConnection {
  connection_id: string;
  integration_name?: string;
  /** Per function (`get_inventory`, …): whether TrackStar's first full sync of the WMS has completed. */
  historical_sync_completed?: Record<string, boolean> | null;
}

/**
 * The connection of the access token, asked with the API key alone
 * (`GET /connections?access_token=…`); null when TrackStar lists none for it. The answer is a
 * list in `data` (TrackStar's documented shape), or the connection itself.
 */
export async function connectionOf(client: TrackStarClient, accessToken: string, signal: AbortSignal): Promise<TrackStarConnection | null> {
  const answer = await client.get<{ data?: TrackStarConnection[] | TrackStarConnection }>('/connections', { access_token: accessToken }, signal, { accessToken: false });
  const data = answer.data;
  const connection = Array.isArray(data) ? data[0] : data;
  return connection !== undefined && typeof connection.connection_id === 'string' ? connection : null;
}

/** Whether TrackStar has finished reading the WMS's inventory once (null: it does not say). */
export const inventorySynced = (connection: TrackStarConnection | null): boolean | null => {
  const done = connection?.historical_sync_completed?.get_inventory;
  return typeof done === 'boolean' ? done : null;
};
