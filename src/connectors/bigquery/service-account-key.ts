import { ConnectorError } from '../../sync-contract/connector-error.js';

/** Where Google exchanges a service-account JWT for an access token (a key's `token_uri`, usually this). */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** What the connector uses of a service account's JSON key. */
export interface ServiceAccountKey {
  clientEmail: string;
  privateKey: string;
  privateKeyId?: string;
  tokenUri: string;
}

/** The saved key (an object, or its JSON text), its required parts checked; a `config` error naming the property otherwise. */
export function serviceAccountKey(saved: unknown): ServiceAccountKey {
  let key: unknown = saved;
  if (typeof saved === 'string') {
    try {
      key = JSON.parse(saved);
    } catch {
      throw new ConnectorError('config', 'credentials.serviceAccountKey is not JSON', false);
    }
  }
  const fields = (typeof key === 'object' && key !== null ? key : {}) as Record<string, unknown>;
  const text = (name: string): string | undefined => (typeof fields[name] === 'string' && fields[name] !== '' ? fields[name] : undefined);
  const clientEmail = text('client_email');
  const privateKey = text('private_key');
  if (clientEmail === undefined) throw new ConnectorError('config', 'credentials.serviceAccountKey.client_email is missing', false);
  if (privateKey === undefined) throw new ConnectorError('config', 'credentials.serviceAccountKey.private_key is missing', false);
  return { clientEmail, privateKey, privateKeyId: text('private_key_id'), tokenUri: text('token_uri') ?? GOOGLE_TOKEN_URL };
}
