import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuditContext } from '../audit/audit-context.js';
import { AuditService } from '../audit/audit.service.js';
import { InputValidationException } from '../common/input-validation.exception.js';
import { type Page, paginate } from '../common/page.js';
import { SessionConflictException } from '../common/session-conflict.exception.js';
import type { Capability } from '../sync-contract/capability.js';
import { integrationTarget } from '../integrations/integration-audit.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import type { ResetSyncStateResultDto } from './dto/reset-sync-state.dto.js';
import type { ListExecutionsQueryDto } from './dto/list-executions-query.dto.js';
import type { ListOrganizationSessionsQueryDto, ListSessionsQueryDto } from './dto/list-sessions-query.dto.js';
import type { SyncExecutionDto } from './dto/sync-execution.dto.js';
import type { SyncSessionDetailDto, SyncSessionDto } from './dto/sync-session.dto.js';
import type { TriggerSyncDto } from './dto/trigger-sync.dto.js';
import { SyncExecutionEntity } from './entities/sync-execution.entity.js';
import { SyncSessionEntity } from './entities/sync-session.entity.js';
import { SessionQueue } from './session-queue.service.js';
import { SyncSessionNotFoundException } from './sync-session-not-found.exception.js';
import { toSyncExecutionDto, toSyncSessionDto } from './sync-session.mapper.js';
import { SyncStateService } from './sync-state.service.js';

const ACTIVE = 'a sync session is already queued or running for this integration';

/** Sync history and the admin's actions on it; every method is scoped by organization. */
@Injectable()
export class SyncSessionsService {
  constructor(
    @InjectRepository(SyncSessionEntity) private readonly sessions: Repository<SyncSessionEntity>,
    @InjectRepository(SyncExecutionEntity) private readonly executions: Repository<SyncExecutionEntity>,
    private readonly integrations: IntegrationsService,
    private readonly queue: SessionQueue,
    private readonly states: SyncStateService,
    private readonly audit: AuditService,
  ) {}

  /** A manual sync: works on a disabled integration too (it is explicit). */
  async trigger(actor: AuditContext, integrationId: string, dto: TriggerSyncDto): Promise<SyncSessionDetailDto> {
    const integration = await this.integrations.get(actor.organizationId, integrationId);
    const capabilities = this.within(integration.capabilities, dto.capabilities);
    // Twice at most: the active session may end between the refused insert and the lookup.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const dryRun = dto.dryRun ?? integration.dryRun;
      const id = await this.queue.enqueue({
        organizationId: actor.organizationId,
        integrationId,
        trigger: 'manual',
        triggeredBy: actor.subject,
        correlationId: actor.correlationId,
        scheduledFor: null,
        dryRun,
        capabilities,
      });
      if (id !== null) {
        await this.audit.record(actor, { action: 'sync.triggered', target: integrationTarget(integration), changes: { after: { sessionId: id, capabilities, dryRun } } });
        return this.get(actor.organizationId, id);
      }
      const active = await this.queue.activeSessionId(integrationId);
      if (active !== null) throw new SessionConflictException(ACTIVE, active);
    }
    throw new Error(`could not queue a session for integration ${integrationId}`);
  }

  /** Clears cursors so the next sync re-reads everything (or these capabilities). */
  async resetState(actor: AuditContext, integrationId: string, capabilities: Capability[] | undefined): Promise<ResetSyncStateResultDto> {
    const integration = await this.integrations.get(actor.organizationId, integrationId);
    if (capabilities !== undefined) this.within(integration.capabilities, capabilities);
    const { activeSessionId, cleared } = await this.states.reset(integrationId, capabilities);
    if (activeSessionId !== null) throw new SessionConflictException(`${ACTIVE}; reset it once the session ends`, activeSessionId);
    // Null capabilities: all of them.
    await this.audit.record(actor, { action: 'sync_state.reset', target: integrationTarget(integration), changes: { after: { capabilities: capabilities ?? null, cleared } } });
    return { cleared };
  }

  async listSessions(organizationId: string, integrationId: string, query: ListSessionsQueryDto): Promise<Page<SyncSessionDto>> {
    await this.integrations.assertExists(organizationId, integrationId);
    return this.sessionPage(organizationId, query, { integrationId });
  }

  /** Sessions across the organization's integrations, newest first, by the query's filters. */
  listOrganizationSessions(organizationId: string, query: ListOrganizationSessionsQueryDto): Promise<Page<SyncSessionDto>> {
    return this.sessionPage(organizationId, query, query);
  }

  private sessionPage(
    organizationId: string,
    query: ListSessionsQueryDto,
    scope: { integrationId?: string; externalService?: string },
  ): Promise<Page<SyncSessionDto>> {
    const builder = this.sessions
      .createQueryBuilder('s')
      .where('s.organization_id = :organizationId', { organizationId })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC');
    if (scope.integrationId !== undefined) builder.andWhere('s.integration_id = :integrationId', { integrationId: scope.integrationId });
    if (scope.externalService !== undefined) {
      builder.innerJoin('s.integration', 'i', 'i.external_service = :externalService', { externalService: scope.externalService });
    }
    if (query.status !== undefined) builder.andWhere('s.status = :status', { status: query.status });
    if (query.trigger !== undefined) builder.andWhere('s.trigger = :trigger', { trigger: query.trigger });
    if (query.from !== undefined) builder.andWhere('s.created_at >= :from', { from: query.from });
    // Inclusive at the API's precision: a session queued at .123456 shows (and is asked for) as .123.
    if (query.to !== undefined) builder.andWhere('s.created_at < :before', { before: new Date(query.to.getTime() + 1) });
    return paginate(builder, query, toSyncSessionDto);
  }

  async get(organizationId: string, id: string): Promise<SyncSessionDetailDto> {
    const session = await this.sessions.findOneBy({ id, organizationId });
    if (session === null) throw new SyncSessionNotFoundException(id);
    const executions = await this.executions.find({ where: { sessionId: id }, order: { position: 'ASC' } });
    return Object.assign(toSyncSessionDto(session), { executions: executions.map(toSyncExecutionDto) });
  }

  async listExecutions(organizationId: string, integrationId: string, query: ListExecutionsQueryDto): Promise<Page<SyncExecutionDto>> {
    await this.integrations.assertExists(organizationId, integrationId);
    const builder = this.executions
      .createQueryBuilder('e')
      .where('e.organization_id = :organizationId AND e.integration_id = :integrationId', { organizationId, integrationId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.position', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (query.capability !== undefined) builder.andWhere('e.capability = :capability', { capability: query.capability });
    if (query.status !== undefined) builder.andWhere('e.status = :status', { status: query.status });
    return paginate(builder, query, toSyncExecutionDto);
  }

  /** A queued session is cancelled at once; a running one stops after the page in flight. */
  async cancel(actor: AuditContext, id: string): Promise<SyncSessionDetailDto> {
    const before = await this.queue.requestCancel(actor.organizationId, id);
    const session = await this.get(actor.organizationId, id);
    if (before === null) throw new SessionConflictException(`sync session ${id} has already ended (${session.status})`, id);
    const target = integrationTarget({ id: session.integrationId, name: await this.integrations.nameOf(actor.organizationId, session.integrationId) });
    await this.audit.record(actor, { action: 'sync.cancelled', target, changes: { before: { status: before }, after: { sessionId: id, status: session.status } } });
    return session;
  }

  /** The requested capabilities, which must all be the integration's; all of them if none. */
  private within(configured: Capability[], requested: Capability[] | undefined): Capability[] {
    if (requested === undefined) return configured;
    const foreign = requested.filter((c) => !configured.includes(c));
    if (foreign.length > 0) {
      throw new InputValidationException([
        {
          field: 'capabilities',
          rule: 'isSubset',
          message: `capabilities must be ones this integration syncs (${configured.join(', ')}); not ${foreign.join(', ')}`,
        },
      ]);
    }
    return requested;
  }
}
