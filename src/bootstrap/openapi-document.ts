import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document, built from the controllers and DTOs (operationId = method name). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tether Integrations')
    .setDescription(
      'Connects Tether to the systems its customers run (Shopify, BigQuery, Redshift, TrackStar, Brewman) ' +
        'and keeps their data flowing in on schedule. Every route but /health needs a bearer JWT; ' +
        'admins manage integrations, viewers read them.',
    )
    .setVersion('0.1.0')
    .setContact('Tether Integrations team', '', 'integrations@tether.example')
    .setLicense('Proprietary', 'https://tether.example/terms')
    .addServer('http://localhost:3000', 'Local development')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addTag('integrations', 'Configured connections to external services')
    .addTag('external-services', 'The services Tether can connect to, with their fields')
    .addTag('skus', 'Tether’s products, by code')
    .addTag('channels', 'Sales channels, by code')
    .addTag('mappings', 'External ids mapped to SKUs and channels, default channels, and the ids syncs could not map')
    .addTag('sync', 'Sync now, sync history (sessions and their executions), cancel, reset')
    .addTag('synced-data', 'What the syncs wrote, per data type, to check it landed (read-only)')
    .addTag('health', 'Liveness')
    .build();
  return sortKeys(
    SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller: string, method: string) => method }),
  );
}

/** Object keys sorted at every depth (arrays keep their order), so the file diffs cleanly. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}
