import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { migrateUnderLock } from './migrate-under-lock.js';
import { PgNotifications } from './pg-notifications.service.js';

/** The one PostgreSQL connection pool (migrations run before anything else uses it), and LISTEN/NOTIFY. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (config.databaseUrl === undefined) throw new Error('databaseUrl must be resolved before the app starts');
        return {
          ...dataSourceOptions(config.databaseUrl),
          autoLoadEntities: true,
          // Tests fail fast; a deployed replica waits a little for its database.
          retryAttempts: config.env === 'test' ? 0 : 5,
        };
      },
      dataSourceFactory: async (options) => {
        if (options === undefined) throw new Error('missing data source options');
        return migrateUnderLock(await new DataSource(options).initialize());
      },
    }),
  ],
  providers: [PgNotifications],
  exports: [PgNotifications],
})
export class DatabaseModule {}
