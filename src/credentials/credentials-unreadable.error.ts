/**
 * Stored credentials that cannot be decrypted: their key is no longer in CREDENTIAL_KEYS,
 * or the row does not authenticate. The message names the key id, never a secret.
 */
export class CredentialsUnreadableError extends Error {
  constructor(
    readonly integrationId: string,
    readonly keyId: string,
    readonly reason: 'missing-key' | 'unauthenticated',
  ) {
    super(
      reason === 'missing-key'
        ? `the stored credentials are encrypted under key "${keyId}", which is not in CREDENTIAL_KEYS: put that key back in CREDENTIAL_KEYS or replace the credentials`
        : `the stored credentials (key "${keyId}") cannot be decrypted: replace the credentials`,
    );
    this.name = 'CredentialsUnreadableError';
  }
}
