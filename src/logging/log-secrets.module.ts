import { Module } from '@nestjs/common';
import { LogSecrets } from './log-secrets.service.js';

/** The one LogSecrets: filled by the credentials module, read by the log writer. */
@Module({ providers: [LogSecrets], exports: [LogSecrets] })
export class LogSecretsModule {}
