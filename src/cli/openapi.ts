// Writes openapi/openapi.json and the typed client schema from the code, without
// starting the HTTP server or touching a database. With --check, fails on drift instead.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from '../app.module.js';
import { buildOpenApiDocument } from '../bootstrap/openapi-document.js';
import { loadConfig } from '../config/load-config.js';

const DOCUMENT = 'openapi/openapi.json';
const SCHEMA = 'openapi/schema.d.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

// Preview mode builds the module graph without instantiating providers: no database needed.
const config = loadConfig({
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
  AUTH_JWT_SECRET: 'openapi-generation-only-never-verifies-anything',
  CREDENTIAL_KEYS: `openapi:${Buffer.alloc(32).toString('base64')}`,
});
const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
const document = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
await app.close();
const schema = `// Generated from openapi.json by \`npm run openapi\`; do not edit.\n${astToString(
  await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]),
)}`;

if (values.check) {
  const stale = (
    [
      [DOCUMENT, document],
      [SCHEMA, schema],
    ] as const
  ).filter(([path, expected]) => readOrEmpty(path) !== expected);
  if (stale.length > 0) {
    process.stderr.write(`out of date: ${stale.map(([path]) => path).join(', ')}; run \`npm run openapi\` and commit the result\n`);
    process.exit(1);
  }
  process.stdout.write('openapi: up to date\n');
} else {
  writeFileSync(DOCUMENT, document);
  writeFileSync(SCHEMA, schema);
  process.stdout.write(`wrote ${DOCUMENT} and ${SCHEMA}\n`);
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
