import { Injectable } from '@nestjs/common';
import { CredentialCipher } from '../credentials/credential-cipher.service.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

type SecretColumns = Pick<WebhookEndpointEntity, 'secretKeyId' | 'secretIv' | 'secretAuthTag' | 'secretCiphertext'>;

/** Endpoint secrets through the credentials' cipher, bound to their endpoint (a copied row fails to decrypt). */
@Injectable()
export class WebhookSecrets {
  constructor(private readonly cipher: CredentialCipher) {}

  seal(endpointId: string, secret: string): SecretColumns {
    const sealed = this.cipher.encrypt(Buffer.from(secret, 'utf8'), associatedData(endpointId));
    return { secretKeyId: sealed.keyId, secretIv: sealed.iv, secretAuthTag: sealed.authTag, secretCiphertext: sealed.ciphertext };
  }

  open(endpointId: string, columns: SecretColumns): string {
    const value = { keyId: columns.secretKeyId, iv: columns.secretIv, authTag: columns.secretAuthTag, ciphertext: columns.secretCiphertext };
    return this.cipher.decrypt(value, associatedData(endpointId)).toString('utf8');
  }
}

const associatedData = (endpointId: string): string => `webhook-endpoint:${endpointId}`;
