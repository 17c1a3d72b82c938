import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WORKFLOW_ORDER } from '../../../src/bootstrap/openapi-order.js';
import { type ServiceProcess, startServiceProcess } from '../../support/service-process.js';
import { testEnvironment } from '../../support/test-config.js';

interface Operation {
  operationId: string;
  tags: string[];
  responses: Record<string, { content?: Record<string, { example?: { statusCode?: number; message?: string } }>; headers?: object }>;
}
interface Document {
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties: Record<string, { example?: unknown }> }> };
}

/** The operations as Swagger UI lists them: by tag in the document's tag order, then in path order. */
function operationsAsListed(document: Document): string[] {
  const all = Object.values(document.paths).flatMap((item) => Object.values(item));
  return document.tags.flatMap(({ name }) => all.filter((operation) => operation.tags[0] === name).map((operation) => operation.operationId));
}

// The compiled service's: its build runs the Swagger plugin, which reads the DTOs' JSDoc (examples included).
describe('the OpenAPI document served at /docs/openapi.json', () => {
  let service: ServiceProcess;
  let document: Document;
  beforeAll(async () => {
    service = await startServiceProcess(testEnvironment());
    document = (await (await fetch(`${service.baseUrl}/docs/openapi.json`)).json()) as Document;
  });
  afterAll(async () => {
    await service.stop();
  });

  const operations = (): [string, Operation][] =>
    Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]));

  it('has one relative server, so "Try it out" calls the address the page came from', () => {
    expect(document.servers.map((server) => server.url)).toEqual(['/']);
  });

  it('gives each documented error status of an operation its own example, in the envelope', () => {
    let checked = 0;
    for (const [name, operation] of operations()) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      const messages = new Set<string>();
      for (const [status, response] of errors) {
        const example = response.content?.['application/json']?.example;
        expect({ name, status, statusCode: example?.statusCode }).toEqual({ name, status, statusCode: Number(status) });
        messages.add(example?.message ?? '');
        checked += 1;
      }
      expect({ name, distinctMessages: messages.size }).toEqual({ name, distinctMessages: errors.length });
      // Every route is rate limited.
      expect({ name, documents429: '429' in operation.responses }).toEqual({ name, documents429: true });
      expect(operation.responses['429']?.headers).toHaveProperty('Retry-After');
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows the 409 an operation really gives', () => {
    const conflict = (path: string, method: string) => document.paths[path]?.[method]?.responses['409']?.content?.['application/json']?.example;
    expect(conflict('/integrations/{id}/sync', 'post')).toMatchObject({ message: expect.stringContaining('already queued or running'), sessionId: expect.any(String) });
    expect(conflict('/integrations', 'post')).toMatchObject({ message: expect.stringMatching(/^name: /) });
    expect(conflict('/integrations', 'post')).not.toHaveProperty('sessionId');
    expect(conflict('/skus', 'post')).toMatchObject({ message: expect.stringContaining('SKU with this code') });
  });

  it('offers a create example that is no dry run', () => {
    const create = document.components.schemas.CreateIntegrationDto?.properties;
    expect(create?.dryRun?.example).toBe(false);
    expect(create?.enabled?.example).toBe(true);
  });

  it('lists tags and operations in the order a user works', () => {
    expect(document.tags.map((tag) => tag.name)).toEqual([
      'external-services',
      'integrations',
      'sync',
      'skus',
      'channels',
      'mappings',
      'synced-data',
      'audit',
      'alerts',
      'health',
      'metrics',
    ]);
    const listed = operationsAsListed(document);
    expect(listed.slice(0, 3)).toEqual(['listExternalServices', 'getExternalService', 'checkServiceConnection']);
    // Integrations, create first; delete shares its path with get and update, so it is listed beside them.
    expect(listed.slice(3, 11)).toEqual([
      'createIntegration',
      'listIntegrations',
      'getIntegration',
      'updateIntegration',
      'deleteIntegration',
      'replaceCredentials',
      'checkIntegrationConnection',
      'previewSchedule',
    ]);
    expect(listed.slice(11, 18)).toEqual(['triggerSync', 'listSessions', 'listSyncSessions', 'getSyncSession', 'listExecutions', 'cancelSyncSession', 'resetSyncState']);
    expect(listed.indexOf('createSku')).toBeLessThan(listed.indexOf('mapSku'));
    expect(listed.slice(-2)).toEqual(['getHealth', 'getMetrics']);
    expect(Object.keys(document.paths)[0]).toBe('/external-services');
  });

  it('places every operation in the workflow order (a new route needs a place in WORKFLOW_ORDER)', () => {
    const unplaced = operations()
      .map(([, operation]) => operation.operationId)
      .filter((operationId) => !WORKFLOW_ORDER.includes(operationId));
    expect(unplaced).toEqual([]);
  });
});
