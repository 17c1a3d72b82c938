import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExecutionsModule } from '../executions/executions.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { AlertSettingsController } from './alert-settings.controller.js';
import { AlertSettingsService } from './alert-settings.service.js';
import { FailureAlertsSweep } from './failure-alerts-sweep.service.js';
import { FailureAlertsListener } from './failure-alerts.listener.js';
import { FailureAlerts } from './failure-alerts.service.js';
import { IntegrationAlertStateEntity } from './integration-alert-state.entity.js';
import { OrganizationAlertSettingsEntity } from './organization-alert-settings.entity.js';

/** Failure alerts from the sync events, sent as webhooks, and auto-disable of failing integrations. */
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationAlertSettingsEntity, IntegrationAlertStateEntity]), ExecutionsModule, IntegrationsModule, WebhooksModule],
  controllers: [AlertSettingsController],
  providers: [AlertSettingsService, FailureAlerts, FailureAlertsListener, FailureAlertsSweep],
})
export class AlertsModule {}
