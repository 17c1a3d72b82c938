import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LogSecretsModule } from '../logging/log-secrets.module.js';
import { CredentialCipher } from './credential-cipher.service.js';
import { CredentialsService } from './credentials.service.js';
import { IntegrationCredentialsEntity } from './integration-credentials.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([IntegrationCredentialsEntity]), LogSecretsModule],
  providers: [CredentialCipher, CredentialsService],
  exports: [CredentialsService, CredentialCipher],
})
export class CredentialsModule {}
