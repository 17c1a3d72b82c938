import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { inWorkflowOrder } from './openapi-order.js';

/**
 * The OpenAPI document, built from the controllers and DTOs (operationId = method name).
 * Tags and paths come in workflow order, everything else sorted, so the file diffs cleanly.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tether Integrations')
    .setDescription(
      'Connects Tether to the systems its customers run (Shopify, BigQuery, Redshift, TrackStar, Brewman) ' +
        'and keeps their data flowing in on schedule. Every route but /health (liveness, readiness) needs a bearer JWT; ' +
        'admins manage integrations, viewers read them.',
    )
    .setVersion('0.1.0')
    .setContact('Tether Integrations team', '', 'integrations@tether.example')
    .setLicense('Proprietary', 'https://tether.example/terms')
    // Relative: "Try it out" calls the address the page was opened at, whatever it is.
    .addServer('/', 'This service')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, for GET /metrics only' }, 'metrics')
    .addTag('external-services', 'The services Tether can connect to, with their fields; try credentials')
    .addTag('integrations', 'Configured connections to external services')
    .addTag('sync', 'Sync now, sync history (sessions and their executions), cancel, reset')
    .addTag('skus', 'Tether’s products, by code')
    .addTag('channels', 'Sales channels, by code')
    .addTag('mappings', 'The ids syncs could not map, external ids mapped to SKUs and channels, default channels')
    .addTag('synced-data', 'What the syncs wrote, per data type, to check it landed (read-only)')
    .addTag('audit', 'Who changed what and when (admin)')
    .addTag('alerts', 'Failure alerts: signed webhook endpoints, their delivery logs, auto-disable settings')
    .addTag('health', 'Liveness and readiness probes')
    .addTag('metrics', 'Prometheus metrics, behind a token of their own')
    .build();
  const document = sortKeys(
    SwaggerModule.createDocument(app, config, {
      operationIdFactory: (_controller: string, method: string) => method,
      // Every operation names its tags; none is added from its controller's name.
      autoTagControllers: false,
    }),
  );
  return { ...document, paths: inWorkflowOrder(document.paths) };
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
