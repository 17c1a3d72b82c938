import { Module } from '@nestjs/common';
import { SyncedDataController } from './synced-data.controller.js';
import { SyncedRowsReader } from './reader/synced-rows.reader.js';

/** Read endpoints over every synced data type, for admins to check what landed. */
@Module({
  controllers: [SyncedDataController],
  providers: [SyncedRowsReader],
})
export class SyncedDataModule {}
