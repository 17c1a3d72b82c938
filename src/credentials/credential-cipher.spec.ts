import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { AppConfig } from '../config/app-config.js';
import { CredentialCipher, type EncryptedValue } from './credential-cipher.service.js';
import { parseKeyRing } from './key-ring.js';

const OLD = randomBytes(32).toString('base64');
const NEW = randomBytes(32).toString('base64');

function cipherWith(spec: string): CredentialCipher {
  const keyRing = parseKeyRing(spec, 'CREDENTIAL_KEYS');
  if (Array.isArray(keyRing)) throw new Error(keyRing.join('; '));
  return new CredentialCipher(
    new AppConfig({
      env: 'test',
      port: 0,
      host: '127.0.0.1',
      databaseUrl: undefined,
      embeddedDatabase: false,
      dataDir: '/nonexistent',
      auth: { mode: 'hs256', secret: 'x'.repeat(32), orgClaim: 'org', rolesClaim: 'roles' },
      keyRing,
      minCronIntervalSeconds: 60,
      sync: { concurrency: 0, heartbeatMs: 1000, staleAfterMs: 1000, pollMs: 1000, retryAttempts: 1, retryBaseMs: 0, reconcileMs: 1000 },
      webhooks: { pollMs: 1000, retryBaseMs: 1000, retryWindowMs: 1000, timeoutMs: 1000 },
      bodyLimit: '100kb',
      http: { corsOrigins: [], rateLimit: { perCallerPerMinute: 0, anonymousPerMinute: 0 }, trustProxyHops: 0 },
      logging: { format: 'json', level: 'silent' },
      outboundAllowLoopback: false,
      sampleSourceEnabled: false,
      metricsToken: undefined,
      warnings: [],
    }),
  );
}

const AAD = 'integration:0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11';
const PLAINTEXT = Buffer.from(JSON.stringify({ accessToken: 'shpat_cipher_spec_canary_value', storeDomain: 'x.myshopify.com' }));

const flipBit = (buffer: Buffer, index = 0): Buffer => {
  const copy = Buffer.from(buffer);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};

describe('CredentialCipher', () => {
  const cipher = cipherWith(`old:${OLD}`);

  it('round-trips under the active key, with a 12-byte IV and a 16-byte tag', () => {
    const encrypted = cipher.encrypt(PLAINTEXT, AAD);
    expect(encrypted.keyId).toBe('old');
    expect(cipher.activeKeyId).toBe('old');
    expect(encrypted.iv).toHaveLength(12);
    expect(encrypted.authTag).toHaveLength(16);
    expect(encrypted.ciphertext).toHaveLength(PLAINTEXT.length);
    expect(encrypted.ciphertext.includes(PLAINTEXT)).toBe(false);
    expect(encrypted.ciphertext.includes(Buffer.from('shpat_cipher_spec_canary_value'))).toBe(false);
    expect(cipher.decrypt(encrypted, AAD).equals(PLAINTEXT)).toBe(true);
  });

  it('round-trips an empty plaintext', () => {
    const encrypted = cipher.encrypt(Buffer.alloc(0), AAD);
    expect(cipher.decrypt(encrypted, AAD)).toHaveLength(0);
  });

  it('uses a fresh IV each time, so two encryptions of the same value differ', () => {
    const first = cipher.encrypt(PLAINTEXT, AAD);
    const second = cipher.encrypt(PLAINTEXT, AAD);
    expect(first.iv.equals(second.iv)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.authTag.equals(second.authTag)).toBe(false);
    const ivs = new Set(Array.from({ length: 200 }, () => cipher.encrypt(PLAINTEXT, AAD).iv.toString('hex')));
    expect(ivs.size).toBe(200);
  });

  describe('refuses anything tampered with', () => {
    const encrypted = cipher.encrypt(PLAINTEXT, AAD);

    it.each([0, 5, PLAINTEXT.length - 1])('a bit flipped in the ciphertext (byte %i)', (index) => {
      expect(() => cipher.decrypt({ ...encrypted, ciphertext: flipBit(encrypted.ciphertext, index) }, AAD)).toThrow();
    });

    it('a truncated or extended ciphertext', () => {
      expect(() => cipher.decrypt({ ...encrypted, ciphertext: encrypted.ciphertext.subarray(0, -1) }, AAD)).toThrow();
      expect(() => cipher.decrypt({ ...encrypted, ciphertext: Buffer.concat([encrypted.ciphertext, Buffer.from([0])]) }, AAD)).toThrow();
    });

    it.each([0, 15])('a bit flipped in the tag (byte %i)', (index) => {
      expect(() => cipher.decrypt({ ...encrypted, authTag: flipBit(encrypted.authTag, index) }, AAD)).toThrow();
    });

    it('a truncated tag, even one that is a correct prefix', () => {
      for (const length of [0, 4, 8, 12, 15]) {
        expect(() => cipher.decrypt({ ...encrypted, authTag: encrypted.authTag.subarray(0, length) }, AAD)).toThrow();
      }
    });

    it('a different IV', () => {
      expect(() => cipher.decrypt({ ...encrypted, iv: flipBit(encrypted.iv) }, AAD)).toThrow();
    });

    it('different associated data (the row copied onto another integration)', () => {
      expect(() => cipher.decrypt(encrypted, 'integration:11111111-1111-4111-8111-111111111111')).toThrow();
      expect(() => cipher.decrypt(encrypted, `${AAD} `)).toThrow();
      expect(() => cipher.decrypt(encrypted, '')).toThrow();
    });

    it('a ciphertext and tag taken from another encryption', () => {
      const other = cipher.encrypt(PLAINTEXT, AAD);
      expect(() => cipher.decrypt({ ...encrypted, authTag: other.authTag }, AAD)).toThrow();
      expect(() => cipher.decrypt({ ...encrypted, ciphertext: other.ciphertext }, AAD)).toThrow();
    });

    it('still decrypts the untouched value', () => {
      expect(cipher.decrypt(encrypted, AAD).equals(PLAINTEXT)).toBe(true);
    });
  });

  it('refuses a key id that is not in the ring, naming the id only', () => {
    const encrypted = cipher.encrypt(PLAINTEXT, AAD);
    const decrypt = (): Buffer => cipher.decrypt({ ...encrypted, keyId: 'retired' }, AAD);
    expect(decrypt).toThrow('credential key "retired" is not in the key ring');
    try {
      decrypt();
    } catch (error) {
      expect((error as Error).message).not.toContain(OLD);
    }
  });

  it('refuses a value encrypted under a key with the same id but other material', () => {
    const impostor = cipherWith(`old:${NEW}`).encrypt(PLAINTEXT, AAD);
    expect(impostor.keyId).toBe('old');
    expect(() => cipher.decrypt(impostor, AAD)).toThrow();
  });

  describe('after a key rotation', () => {
    const before = cipher.encrypt(PLAINTEXT, AAD);
    const rotated = cipherWith(`new:${NEW},old:${OLD}`);

    it('encrypts under the new key', () => {
      expect(rotated.activeKeyId).toBe('new');
      const after = rotated.encrypt(PLAINTEXT, AAD);
      expect(after.keyId).toBe('new');
      expect(rotated.decrypt(after, AAD).equals(PLAINTEXT)).toBe(true);
    });

    it('still decrypts values under the older key while it is in the ring', () => {
      expect(rotated.decrypt(before, AAD).equals(PLAINTEXT)).toBe(true);
    });

    it('cannot decrypt values under the older key once it is removed', () => {
      const newOnly = cipherWith(`new:${NEW}`);
      expect(() => newOnly.decrypt(before, AAD)).toThrow('credential key "old" is not in the key ring');
    });

    it('a ring that does not know the new key cannot read values under it', () => {
      const after: EncryptedValue = rotated.encrypt(PLAINTEXT, AAD);
      expect(() => cipher.decrypt(after, AAD)).toThrow('credential key "new" is not in the key ring');
    });
  });
});
