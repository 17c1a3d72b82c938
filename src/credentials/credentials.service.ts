import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, MoreThan, Repository } from 'typeorm';
import { prepared, runPrepared } from '../database/prepared-statement.js';
import { LogSecrets } from '../logging/log-secrets.service.js';
import { secretValues } from '../sync-contract/redact-secrets.js';
import { CredentialCipher, type EncryptedValue } from './credential-cipher.service.js';
import { CredentialsUnreadableError } from './credentials-unreadable.error.js';
import { IntegrationCredentialsEntity } from './integration-credentials.entity.js';

// Prepared: once per sync session, many at once at midnight.
const DECRYPT = prepared(
  'credentials.for_run',
  'SELECT key_id AS "keyId", iv, auth_tag AS "authTag", ciphertext FROM integration_credentials WHERE integration_id = $1',
);

export interface ReencryptionReport {
  reencrypted: number;
  total: number;
  /** Rows left under their old key because they could not be decrypted. */
  unreadable: CredentialsUnreadableError[];
}

const associatedData = (integrationId: string): string => `integration:${integrationId}`;

/** Stores credentials encrypted; values come back out only to the sync runner (`decrypt`). */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectRepository(IntegrationCredentialsEntity)
    private readonly repository: Repository<IntegrationCredentialsEntity>,
    private readonly cipher: CredentialCipher,
    private readonly logSecrets: LogSecrets,
  ) {}

  /** Replaces an integration's credentials, inside the caller's transaction. */
  async save(manager: EntityManager, integrationId: string, values: Record<string, unknown>, actor: string): Promise<void> {
    this.logSecrets.remember(integrationId, secretValues(values));
    const encrypted = this.cipher.encrypt(Buffer.from(JSON.stringify(values), 'utf8'), associatedData(integrationId));
    await manager.getRepository(IntegrationCredentialsEntity).upsert(
      { integrationId, ...encrypted, fieldNames: Object.keys(values).sort(), updatedBy: actor, updatedAt: new Date() },
      ['integrationId'],
    );
  }

  /** The plaintext values, for the sync runner alone (never for a response). */
  async decrypt(integrationId: string): Promise<Record<string, unknown>> {
    const rows = await runPrepared<Pick<IntegrationCredentialsEntity, 'keyId' | 'iv' | 'authTag' | 'ciphertext'>>(this.repository.manager.dataSource, DECRYPT, [
      integrationId,
    ]);
    const row = rows[0];
    if (row === undefined) return {};
    const values = JSON.parse(this.open(integrationId, row).toString('utf8')) as Record<string, unknown>;
    this.logSecrets.remember(integrationId, secretValues(values));
    return values;
  }

  /** The names of the fields set, per integration (names are not secret). */
  async fieldNames(integrationIds: string[]): Promise<Map<string, string[]>> {
    if (integrationIds.length === 0) return new Map();
    const rows = await this.repository.find({
      select: { integrationId: true, fieldNames: true },
      where: { integrationId: In(integrationIds) },
    });
    return new Map(rows.map((r) => [r.integrationId, r.fieldNames]));
  }

  /**
   * Re-encrypts every credential not under the active key, in batches, each row
   * locked while it is rewritten. A row that cannot be decrypted is left as it is and
   * reported, so one bad row does not stop the others.
   */
  async reencryptAll(batchSize = 100): Promise<ReencryptionReport> {
    const activeKeyId = this.cipher.activeKeyId;
    let reencrypted = 0;
    const unreadable: CredentialsUnreadableError[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.repository.manager.transaction(async (manager) => {
        const rows = await manager.getRepository(IntegrationCredentialsEntity).find({
          where: { integrationId: MoreThan(after) },
          order: { integrationId: 'ASC' },
          take: batchSize,
          lock: { mode: 'pessimistic_write' },
        });
        for (const row of rows.filter((r) => r.keyId !== activeKeyId)) {
          let plaintext: Buffer;
          try {
            plaintext = this.open(row.integrationId, row);
          } catch (error) {
            if (!(error instanceof CredentialsUnreadableError)) throw error;
            unreadable.push(error);
            continue;
          }
          const encrypted = this.cipher.encrypt(plaintext, associatedData(row.integrationId));
          await manager.getRepository(IntegrationCredentialsEntity).update({ integrationId: row.integrationId }, encrypted);
          reencrypted += 1;
        }
        return rows;
      });
      const last = batch.at(-1);
      if (last === undefined) break;
      after = last.integrationId;
    }
    return { reencrypted, total: await this.repository.count(), unreadable };
  }

  /** Decrypts a row; @throws CredentialsUnreadableError naming the key id (never a secret). */
  private open(integrationId: string, row: EncryptedValue): Buffer {
    if (!this.cipher.hasKey(row.keyId)) throw new CredentialsUnreadableError(integrationId, row.keyId, 'missing-key');
    try {
      return this.cipher.decrypt(row, associatedData(integrationId));
    } catch {
      throw new CredentialsUnreadableError(integrationId, row.keyId, 'unauthenticated');
    }
  }
}
