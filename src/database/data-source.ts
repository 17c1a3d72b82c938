// Data source for the TypeORM CLI (`npm run migration:generate`), from the compiled build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export default new DataSource({
  ...dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
  entities: [join(root, '**/*.entity.js')],
});
