import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import type { AuditContext } from '../audit/audit-context.js';
import { AuditService } from '../audit/audit.service.js';
import { paginate } from '../common/page.js';
import type { Capability } from '../sync-contract/capability.js';
import type { Connector } from '../connectors/connector.js';
import { prepared, runPrepared, runPreparedIn } from '../database/prepared-statement.js';
import { retryOnConflict } from '../database/retry-on-conflict.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { CronScheduleService } from '../scheduling/cron-schedule.service.js';
import type { CreateIntegrationDto } from './dto/create-integration.dto.js';
import type { IntegrationDto, IntegrationPageDto } from './dto/integration.dto.js';
import type { ListIntegrationsQueryDto } from './dto/list-integrations-query.dto.js';
import type { SchedulePreviewDto } from './dto/schedule-preview.dto.js';
import type { UpdateIntegrationDto } from './dto/update-integration.dto.js';
import { DuplicateNameException } from './duplicate-name.exception.js';
import { integrationTarget, snapshotOf, updateRecords } from './integration-audit.js';
import { IntegrationChanges } from './integration-changes.service.js';
import { IntegrationInputValidator } from './integration-input.validator.js';
import type { IntegrationSchedule } from './integration-schedule.js';
import { IntegrationEntity } from './integration.entity.js';
import { IntegrationNotFoundException } from './integration-not-found.exception.js';
import { type IntegrationView, toIntegrationDto, toIntegrationSummary } from './integration.mapper.js';
import { bySoonestNextSync } from './next-sync-order.js';
import type { RunnableIntegration } from './runnable-integration.js';

/** Who the audit trail and `updatedBy` name for an integration the failure alerts disabled. */
const AUTO_DISABLE_ACTOR = 'system:auto-disable';

const SCHEDULE_COLUMNS = `id, organization_id AS "organizationId", cron_expression AS "cronExpression", timezone, enabled,
  dry_run AS "dryRun", capabilities, updated_at AS "updatedAt"`;

const FOR_RUN = prepared(
  'integrations.for_run',
  `SELECT id, organization_id AS "organizationId", external_service AS "externalService", capabilities, settings, enabled,
     dry_run AS "dryRun"
   FROM integrations WHERE id = $1`,
);

// Plain SQL, so that updated_at keeps meaning "configuration last changed".
const RECORD_LAST_SYNC = prepared(
  'integrations.record_last_sync',
  `UPDATE integrations SET last_sync_session_id = $2, last_sync_status = $3, last_sync_at = $4
   WHERE id = $1 AND (last_sync_session_id IS NULL OR last_sync_session_id = $2 OR last_sync_at <= $4)`,
);

export const DEFAULT_CRON_EXPRESSION = '0 0 0 * * *';
export const DEFAULT_TIMEZONE = 'UTC';

/** The integration aggregate; every method is scoped by the caller's organization. */
@Injectable()
export class IntegrationsService {
  constructor(
    @InjectRepository(IntegrationEntity) private readonly integrations: Repository<IntegrationEntity>,
    private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly validator: IntegrationInputValidator,
    private readonly credentials: CredentialsService,
    private readonly schedule: CronScheduleService,
    private readonly changes: IntegrationChanges,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuditContext, dto: CreateIntegrationDto): Promise<IntegrationDto> {
    const connector = this.validator.connector(dto.externalService);
    const schedule = { cronExpression: dto.cronExpression ?? DEFAULT_CRON_EXPRESSION, timezone: dto.timezone ?? DEFAULT_TIMEZONE };
    const valid = await this.validator.validateWithDestinations(connector, {
      capabilities: dto.capabilities,
      schedule,
      credentials: dto.credentials,
      settings: dto.settings ?? {},
    });
    const id = await this.uniqueName(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(IntegrationEntity).save(
          manager.getRepository(IntegrationEntity).create({
            organizationId: actor.organizationId,
            name: dto.name,
            externalService: connector.metadata.key,
            ...schedule,
            capabilities: dto.capabilities,
            settings: valid.settings ?? {},
            enabled: dto.enabled ?? true,
            dryRun: dto.dryRun ?? false,
            createdBy: actor.subject,
            updatedBy: actor.subject,
          }),
        );
        await this.credentials.save(manager, saved.id, valid.credentials ?? {}, actor.subject);
        await this.audit.record(actor, { action: 'integration.created', target: integrationTarget(saved), changes: { after: snapshotOf(saved) } }, manager);
        return saved.id;
      }),
    );
    await this.changes.changed(id);
    return this.get(actor.organizationId, id);
  }

  async list(organizationId: string, query: ListIntegrationsQueryDto): Promise<IntegrationPageDto> {
    const builder = this.integrations
      .createQueryBuilder('integration')
      .where('integration.organization_id = :organizationId', { organizationId });
    if (query.externalService !== undefined) {
      builder.andWhere('integration.external_service = :externalService', { externalService: query.externalService });
    }
    if (query.status !== undefined) builder.andWhere('integration.enabled = :enabled', { enabled: query.status === 'enabled' });
    if (query.lastSyncStatus !== undefined) builder.andWhere('integration.last_sync_status = :lastSyncStatus', { lastSyncStatus: query.lastSyncStatus });
    if (query.sort === 'lastSync') builder.orderBy('integration.last_sync_at', 'DESC', 'NULLS LAST');
    // Stable order: name ignoring case, then id (after the sort asked for).
    builder.addOrderBy('lower(integration.name)').addOrderBy('integration.id');
    if (query.sort === 'nextSync') return bySoonestNextSync(await builder.getMany(), query, (row) => this.view(row));
    return paginate(builder, query, (row) => toIntegrationSummary(row, this.view(row)));
  }

  async get(organizationId: string, id: string): Promise<IntegrationDto> {
    const entity = await this.find(organizationId, id);
    const fieldNames = await this.credentials.fieldNames([id]);
    return toIntegrationDto(entity, this.view(entity), fieldNames.get(id) ?? []);
  }

  async update(actor: AuditContext, id: string, dto: UpdateIntegrationDto): Promise<IntegrationDto> {
    const entity = await this.find(actor.organizationId, id);
    const before = snapshotOf(entity);
    const capabilities = dto.capabilities ?? (entity.capabilities as Capability[]);
    const scheduleChanged = dto.cronExpression !== undefined || dto.timezone !== undefined;
    const schedule = {
      cronExpression: dto.cronExpression ?? entity.cronExpression,
      timezone: dto.timezone ?? entity.timezone,
    };
    // Settings are re-checked even when only capabilities change: some are required per capability.
    const valid = await this.validator.validateWithDestinations(this.registry.of(entity), {
      capabilities,
      schedule: scheduleChanged ? schedule : undefined,
      settings: dto.settings ?? entity.settings,
    });
    Object.assign(entity, {
      // As for every field here, null (which IsOptional lets through) keeps the current value.
      name: dto.name ?? entity.name,
      ...schedule,
      capabilities,
      settings: valid.settings ?? entity.settings,
      enabled: dto.enabled ?? entity.enabled,
      dryRun: dto.dryRun ?? entity.dryRun,
      updatedBy: actor.subject,
      // Re-enabling is the admin's answer to an auto-disable: its reason goes.
      ...(dto.enabled === true ? { disabledReason: null, disabledAt: null } : {}),
    });
    await this.uniqueName(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.getRepository(IntegrationEntity).save(entity);
        for (const record of updateRecords(before, entity)) await this.audit.record(actor, record, manager);
      }),
    );
    await this.changes.changed(id);
    return this.get(actor.organizationId, id);
  }

  async replaceCredentials(actor: AuditContext, id: string, credentials: Record<string, unknown>): Promise<IntegrationDto> {
    const entity = await this.find(actor.organizationId, id);
    const valid = await this.validator.validateWithDestinations(this.registry.of(entity), {
      capabilities: entity.capabilities as Capability[],
      credentials,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.credentials.save(manager, id, valid.credentials ?? {}, actor.subject);
      await manager.getRepository(IntegrationEntity).update({ id }, { updatedBy: actor.subject });
      // That they were replaced, never what they are.
      await this.audit.record(actor, { action: 'integration.credentials_replaced', target: integrationTarget(entity) }, manager);
    });
    return this.get(actor.organizationId, id);
  }

  async delete(actor: AuditContext, id: string): Promise<void> {
    // Credentials, cursors and sync history go with it (ON DELETE CASCADE); its audit events stay.
    await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const entity = await manager.getRepository(IntegrationEntity).findOneBy({ id, organizationId: actor.organizationId });
        if (entity === null) throw new IntegrationNotFoundException(id);
        await manager.getRepository(IntegrationEntity).delete({ id });
        await this.audit.record(actor, { action: 'integration.deleted', target: integrationTarget(entity), changes: { before: snapshotOf(entity) } }, manager);
      }),
    );
    await this.changes.changed(id);
  }

  async previewSchedule(organizationId: string, id: string, count: number, from?: Date): Promise<SchedulePreviewDto> {
    const entity = await this.find(organizationId, id);
    const runs = this.schedule.nextRuns(entity.cronExpression, entity.timezone, count, from);
    return {
      cronExpression: entity.cronExpression,
      timezone: entity.timezone,
      runs: runs.map((run) => ({ utc: run.at.toISOString(), local: run.local })),
    };
  }

  /**
   * For a connection check before saving: the service's connector and the credentials and
   * settings validated as a create would (a 400 naming each bad field otherwise).
   */
  validConnectionInput(
    externalService: string,
    credentials: Record<string, unknown>,
    settings: Record<string, unknown>,
  ): { connector: Connector; credentials: Record<string, unknown>; settings: Record<string, unknown> } {
    const connector = this.registry.get(externalService);
    const valid = this.validator.validate(connector, { capabilities: [], credentials, settings });
    return { connector, credentials: valid.credentials ?? {}, settings: valid.settings ?? {} };
  }

  /**
   * For the failure alerts: disables an enabled integration with the reason shown in its
   * detail, in the caller's transaction (with the alerts that say so). False if it was
   * already disabled or gone. Once committed, `announceChanged` removes its cron jobs.
   */
  async disableWithReason(organizationId: string, id: string, reason: string, sessionId: string, manager: EntityManager): Promise<boolean> {
    const repository = manager.getRepository(IntegrationEntity);
    const result = await repository.update(
      { id, organizationId, enabled: true },
      { enabled: false, disabledReason: reason, disabledAt: () => 'now()', updatedBy: AUTO_DISABLE_ACTOR },
    );
    if (result.affected === 0) return false;
    const entity = await repository.findOneByOrFail({ id });
    // The trail shows it beside the admins' changes; its cause is the session that tipped it.
    const cause = { organizationId, subject: AUTO_DISABLE_ACTOR, correlationId: sessionId };
    const changes = { before: { enabled: true }, after: { enabled: false, disabledReason: reason } };
    await this.audit.record(cause, { action: 'integration.disabled', target: integrationTarget(entity), changes }, manager);
    return true;
  }

  /** Tells every replica's scheduler that the integration changed (after a change committed elsewhere). */
  announceChanged(id: string): Promise<void> {
    return this.changes.changed(id);
  }

  /** For other modules' audit events: the integration's name (its label); IntegrationNotFoundException unless the organization has it. */
  async nameOf(organizationId: string, id: string): Promise<string> {
    return (await this.find(organizationId, id)).name;
  }

  /** For other modules: throws IntegrationNotFoundException unless the organization has this integration. */
  async assertExists(organizationId: string, id: string): Promise<void> {
    if (!(await this.integrations.existsBy({ id, organizationId }))) throw new IntegrationNotFoundException(id);
  }

  /** For the scheduler: every integration's schedule, or one's (null once deleted). */
  // The scheduler's and the runner's reads are plain SQL: every tick of every replica makes
  // one, and the query builder's CPU per call is what a herd of ticks at midnight pays for.
  async schedules(): Promise<IntegrationSchedule[]> {
    return this.integrations.query<IntegrationSchedule[]>(`SELECT ${SCHEDULE_COLUMNS} FROM integrations WHERE enabled`);
  }

  async scheduleOf(id: string): Promise<IntegrationSchedule | null> {
    const rows = await this.integrations.query<IntegrationSchedule[]>(`SELECT ${SCHEDULE_COLUMNS} FROM integrations WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** For the sync runner: the integration with its credentials decrypted; null once deleted. */
  async forRun(id: string): Promise<RunnableIntegration | null> {
    const rows = await runPrepared<Omit<RunnableIntegration, 'credentials'>>(this.dataSource, FOR_RUN, [id]);
    const integration = rows[0];
    return integration === undefined ? null : { ...integration, credentials: await this.credentials.decrypt(id) };
  }

  /**
   * For the sync engine: the dashboard's last sync, unless a later session is already shown.
   * In the caller's transaction, the one that changes the session's status, so the two never disagree.
   */
  async recordLastSync(manager: EntityManager, id: string, sync: { sessionId: string; status: string; at: Date }): Promise<void> {
    await runPreparedIn(manager, RECORD_LAST_SYNC, [id, sync.sessionId, sync.status, sync.at]);
  }

  private async find(organizationId: string, id: string): Promise<IntegrationEntity> {
    const entity = await this.integrations.findOneBy({ id, organizationId });
    if (entity === null) throw new IntegrationNotFoundException(id);
    return entity;
  }

  private view(entity: IntegrationEntity): IntegrationView {
    return {
      externalServiceName: this.registry.find(entity.externalService)?.metadata.displayName ?? entity.externalService,
      nextSync: entity.enabled ? this.schedule.nextRun(entity.cronExpression, entity.timezone) : null,
    };
  }

  private async uniqueName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      if (driverError?.code === '23505' && driverError.constraint === 'UQ_integrations_organization_name') {
        throw new DuplicateNameException();
      }
      throw error;
    }
  }
}
