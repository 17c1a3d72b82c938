// Re-encrypts every stored credential under the active key (the first in CREDENTIAL_KEYS).
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadConfigOrExit } from '../bootstrap/load-config-or-exit.js';
import { resolveDatabaseOrExit } from '../bootstrap/resolve-database-or-exit.js';
import { ConfigModule } from '../config/config.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { CredentialsService } from '../credentials/credentials.service.js';
import { DatabaseModule } from '../database/database.module.js';
import { IntegrationEntity } from '../integrations/integration.entity.js';

const { config, embedded } = await resolveDatabaseOrExit(loadConfigOrExit());

// Just what rotation needs: not the whole service, whose scheduler and worker would start syncing.
@Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, CredentialsModule, TypeOrmModule.forFeature([IntegrationEntity])] })
class RotateCredentialsModule {}

const context = await NestFactory.createApplicationContext(RotateCredentialsModule, { logger: ['error', 'warn'] });
try {
  const { reencrypted, total, unreadable } = await context.get(CredentialsService).reencryptAll();
  process.stdout.write(`re-encrypted ${reencrypted} of ${total} credentials under key "${config.keyRing.active.id}"\n`);
  for (const problem of unreadable) process.stderr.write(`integration ${problem.integrationId}: ${problem.message}\n`);
  if (unreadable.length > 0) {
    process.stderr.write(`${unreadable.length} credentials could not be re-encrypted and keep their old key\n`);
    process.exitCode = 1;
  }
} finally {
  await context.close();
  await embedded?.stop();
}
