import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from './catalog/catalog.module.js';
import { TETHER_ENTITIES } from './entities/index.js';
import { SyncedDataModule } from './synced-data/synced-data.module.js';

/** Tether's own data: SKUs, channels, their external ids, and one table and sink per data type. */
@Module({
  imports: [TypeOrmModule.forFeature(TETHER_ENTITIES), CatalogModule, SyncedDataModule],
  exports: [CatalogModule],
})
export class TetherModule {}
