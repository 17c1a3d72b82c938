import { Module } from '@nestjs/common';
import { CronScheduleService } from './cron-schedule.service.js';

@Module({ providers: [CronScheduleService], exports: [CronScheduleService] })
export class SchedulingModule {}
