// Re-encrypts every stored credential under the active key (the first in CREDENTIAL_KEYS).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfigOrExit } from '../bootstrap/load-config-or-exit.js';
import { resolveDatabase } from '../bootstrap/resolve-database.js';
import { CredentialsService } from '../credentials/credentials.service.js';

const { config, embedded } = await resolveDatabase(loadConfigOrExit());
const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
try {
  const { reencrypted, total } = await context.get(CredentialsService).reencryptAll();
  process.stdout.write(`re-encrypted ${reencrypted} of ${total} credentials under key "${config.keyRing.active.id}"\n`);
} finally {
  await context.close();
  await embedded?.stop();
}
