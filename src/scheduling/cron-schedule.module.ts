import { Module } from '@nestjs/common';
import { CronScheduleService } from './cron-schedule.service.js';

/** Reading cron schedules (validation, next runs), for the integrations API and the scheduler. */
@Module({ providers: [CronScheduleService], exports: [CronScheduleService] })
export class CronScheduleModule {}
