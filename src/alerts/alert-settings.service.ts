import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { type AlertSettingsDto, DEFAULT_AUTO_DISABLE_AFTER } from './dto/alert-settings.dto.js';
import { OrganizationAlertSettingsEntity } from './organization-alert-settings.entity.js';

@Injectable()
export class AlertSettingsService {
  constructor(@InjectRepository(OrganizationAlertSettingsEntity) private readonly settings: Repository<OrganizationAlertSettingsEntity>) {}

  async get(organizationId: string): Promise<AlertSettingsDto> {
    const row = await this.settings.findOneBy({ organizationId });
    return { autoDisableAfterFailures: row?.autoDisableAfter ?? DEFAULT_AUTO_DISABLE_AFTER };
  }

  async put(principal: Principal, dto: AlertSettingsDto): Promise<AlertSettingsDto> {
    await this.settings.upsert(
      { organizationId: principal.organizationId, autoDisableAfter: dto.autoDisableAfterFailures, updatedBy: principal.subject },
      ['organizationId'],
    );
    return this.get(principal.organizationId);
  }
}
