import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';

export interface EncryptedValue {
  keyId: string;
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

const ALGORITHM = 'aes-256-gcm';
// Pinned: without it, decryption accepts a tag truncated to as little as 4 bytes.
const AUTH_TAG_LENGTH = 16;

/**
 * AES-256-GCM with a random 12-byte IV per encryption. The associated data binds a
 * ciphertext to its owner, so a row copied onto another integration fails to decrypt.
 */
@Injectable()
export class CredentialCipher {
  constructor(private readonly config: AppConfig) {}

  get activeKeyId(): string {
    return this.config.keyRing.active.id;
  }

  hasKey(keyId: string): boolean {
    return this.config.keyRing.byId.has(keyId);
  }

  encrypt(plaintext: Buffer, associatedData: string): EncryptedValue {
    const { id, key } = this.config.keyRing.active;
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: AUTH_TAG_LENGTH });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { keyId: id, iv, authTag: cipher.getAuthTag(), ciphertext };
  }

  decrypt(value: EncryptedValue, associatedData: string): Buffer {
    const key = this.config.keyRing.byId.get(value.keyId);
    if (key === undefined) throw new Error(`credential key "${value.keyId}" is not in the key ring`);
    const decipher = createDecipheriv(ALGORITHM, key.key, value.iv, { authTagLength: AUTH_TAG_LENGTH });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(value.authTag);
    return Buffer.concat([decipher.update(value.ciphertext), decipher.final()]);
  }
}
