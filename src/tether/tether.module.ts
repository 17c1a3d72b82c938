import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TETHER_ENTITIES } from './entities/index.js';

/** Tether's own data: SKUs, channels, their external ids, and one table and sink per data type. */
@Module({
  imports: [TypeOrmModule.forFeature(TETHER_ENTITIES)],
})
export class TetherModule {}
