/** A sales channel as a source knows it; becomes a Tether channel (by code) and an external id. */
export interface ChannelRecord {
  externalId: string;
  code: string;
  name: string;
}
