// A thundering herd: many integrations due at the same second, an I/O-bound connector
// (the scripted fake: one page of one record that waits BENCH_PAGE_DELAY_MS), run by
// 1 replica and then by 2 replicas in the same run:
//   npm run bench:herd            (BENCH_INTEGRATIONS=1000, BENCH_PAGE_DELAY_MS=20 by default)
// Prints completions/s for each, their ratio, and checks every tick ran exactly once.
// Each scenario has its own fresh database on BENCH_ADMIN_DATABASE_URL's server, dropped at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { createBenchDatabase, dropBenchDatabase } from './bench-database.js';
import { envInt } from './bench-process.js';

const INTEGRATIONS = envInt('BENCH_INTEGRATIONS', 1_000, 1);
const PAGE_DELAY_MS = envInt('BENCH_PAGE_DELAY_MS', 20, 0);
/** Sessions a replica's worker runs at once (SYNC_CONCURRENCY). */
const CONCURRENCY = 4;
const CREATE_PARALLEL = 8;
/** The replicas' full reconcile; the bench waits one past creation so it has run too. */
const RECONCILE_MS = 3_000;
/** A creation rate any replica keeps up (integrations/s over HTTP), to place the tick after creation. */
const ASSUMED_CREATE_RATE = 60;
const TARGET_RATIO = 1.7;
const ORGANIZATION = 'bench-herd';
const JWT_SECRET = 'bench-herd-secret-that-is-long-enough-for-hs256-0123456789';
const CREDENTIAL_KEYS = `bench1:${Buffer.alloc(32, 9).toString('base64')}`;
const REPLICA_SCRIPT = fileURLToPath(new URL('../../dist-test/test/support/replica-main.js', import.meta.url));

// ---------------------------------------------------------------- database


// ---------------------------------------------------------------- replicas

interface Replica {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** A replica (the service plus the scripted connector) as its own process; resolves once it listens. */
async function startReplica(databaseUrl: string, dataDir: string, timeoutMs = 60_000): Promise<Replica> {
  const child = spawn(process.execPath, [REPLICA_SCRIPT], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      NO_COLOR: '1',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: JWT_SECRET,
      CREDENTIAL_KEYS,
      SYNC_CONCURRENCY: String(CONCURRENCY),
      SYNC_POLL_MS: '100',
      SYNC_HEARTBEAT_MS: '1000',
      MIN_CRON_INTERVAL_SECONDS: '1',
      SCHEDULE_RECONCILE_MS: String(RECONCILE_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Read for the whole life of the process: a full pipe would block its logger.
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = (): Promise<void> => stopChild(child, exited);
  try {
    return { baseUrl: await waitForListening(() => output, exited, timeoutMs), output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForListening(output: () => string, exited: Promise<number | null>, timeoutMs: number): Promise<string> {
  let gone: number | null | undefined;
  void exited.then((code) => {
    gone = code;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(output());
    if (match?.[1] !== undefined) return match[1];
    if (gone !== undefined) throw new Error(`replica exited with ${String(gone)} before listening:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`replica did not start in ${timeoutMs} ms:\n${output()}`);
    await sleep(50);
  }
}

/** SIGTERM (graceful stop), then SIGKILL if it has not exited in time. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const code = await Promise.race([exited, sleep(40_000, 'timeout' as const, { ref: false })]);
  if (code === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------- integrations

const adminToken = (): string =>
  jwt.sign({ org: ORGANIZATION, roles: ['admin'] }, JWT_SECRET, { algorithm: 'HS256', subject: 'bench:herd', expiresIn: '1h' });

/** Daily at the tick's UTC second (6 fields, seconds first). */
const dailyCronAt = (tick: Date): string => `${tick.getUTCSeconds()} ${tick.getUTCMinutes()} ${tick.getUTCHours()} * * *`;

async function createIntegration(baseUrl: string, token: string, index: number, cronExpression: string): Promise<string> {
  const response = await fetch(`${baseUrl}/integrations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `herd-${index}`,
      externalService: 'scripted',
      capabilities: ['products'],
      credentials: { token: 'x' },
      settings: { records: 1, pageSize: 1, pageDelayMs: PAGE_DELAY_MS },
      cronExpression,
      timezone: 'UTC',
    }),
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`POST /integrations ${index}: ${response.status} ${body}`);
  return (JSON.parse(body) as { id: string }).id;
}

/**
 * Creates them over HTTP, a few requests at a time, spread over the replicas: each
 * registers its own at once and the others' by notification, as in production.
 */
async function createIntegrations(replicas: readonly Replica[], cronExpression: string): Promise<string[]> {
  const token = adminToken();
  const ids: string[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < INTEGRATIONS) {
      const index = next++;
      const replica = replicas[index % replicas.length];
      if (replica === undefined) throw new Error('no replica');
      ids.push(await createIntegration(replica.baseUrl, token, index, cronExpression));
    }
  };
  await Promise.all(Array.from({ length: CREATE_PARALLEL }, lane));
  return ids;
}

// ---------------------------------------------------------------- measuring

interface SessionRow {
  integration_id: string;
  trigger: string;
  scheduled_for: Date | null;
  status: string;
  worker_id: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** Polls until every integration's session has ended (or the deadline); returns the sessions. */
async function waitForCompletions(client: pg.Client, timeoutMs: number): Promise<SessionRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ ended: number }>(`SELECT count(*)::int AS ended FROM sync_sessions WHERE finished_at IS NOT NULL`);
    if ((rows[0]?.ended ?? 0) >= INTEGRATIONS || Date.now() > deadline) break;
    await sleep(100);
  }
  const { rows } = await client.query<SessionRow>(
    'SELECT integration_id, trigger, scheduled_for, status, worker_id, created_at, started_at, finished_at FROM sync_sessions',
  );
  return rows;
}

/** The most sessions running at once on each worker, from their start and finish times. */
function maxOverlapPerWorker(sessions: readonly SessionRow[]): Map<string, number> {
  const events = new Map<string, { at: number; delta: number }[]>();
  for (const s of sessions) {
    if (s.worker_id === null || s.started_at === null) continue;
    const list = events.get(s.worker_id) ?? [];
    list.push({ at: s.started_at.getTime(), delta: 1 }, { at: s.finished_at?.getTime() ?? Infinity, delta: -1 });
    events.set(s.worker_id, list);
  }
  const result = new Map<string, number>();
  for (const [worker, list] of events) {
    // At the same instant a finish comes first: a worker claims the next session only after the last one's finish.
    list.sort((a, b) => a.at - b.at || a.delta - b.delta);
    let running = 0;
    let max = 0;
    for (const e of list) max = Math.max(max, (running += e.delta));
    result.set(worker, max);
  }
  return result;
}

interface ExactlyOnce {
  ok: boolean;
  problems: string[];
}

/** One session per integration, for the tick, by the schedule, succeeded; no worker over its limit. */
function checkExactlyOnce(ids: readonly string[], tick: Date, sessions: readonly SessionRow[], overlap: Map<string, number>): ExactlyOnce {
  const problems: string[] = [];
  const perIntegration = new Map<string, number>();
  for (const s of sessions) perIntegration.set(s.integration_id, (perIntegration.get(s.integration_id) ?? 0) + 1);
  if (sessions.length !== ids.length) problems.push(`${sessions.length} sessions for ${ids.length} integrations`);
  const without = ids.filter((id) => !perIntegration.has(id)).length;
  if (without > 0) problems.push(`${without} integrations without a session`);
  const doubled = [...perIntegration.values()].filter((n) => n > 1).length;
  if (doubled > 0) problems.push(`${doubled} integrations with more than one session`);
  const notSchedule = sessions.filter((s) => s.trigger !== 'schedule').length;
  if (notSchedule > 0) problems.push(`${notSchedule} sessions not triggered by the schedule`);
  const otherTick = sessions.filter((s) => s.scheduled_for?.getTime() !== tick.getTime()).length;
  if (otherTick > 0) problems.push(`${otherTick} sessions not for the tick ${tick.toISOString()}`);
  const statuses = countBy(sessions.filter((s) => s.status !== 'succeeded').map((s) => s.status));
  if (statuses.size > 0) problems.push(`not succeeded: ${[...statuses].map(([status, n]) => `${n} ${status}`).join(', ')}`);
  const over = [...overlap].filter(([, n]) => n > CONCURRENCY);
  if (over.length > 0) problems.push(`workers over ${CONCURRENCY} at once: ${over.map(([w, n]) => `${w} (${n})`).join(', ')}`);
  return { ok: problems.length === 0, problems };
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------- scenario

interface ScenarioResult {
  name: string;
  createSeconds: number;
  /** From the tick to the last session queued (the claim burst). */
  queuedSeconds: number;
  /** From the tick to the last session finished. */
  seconds: number;
  completionsPerSecond: number;
  maxConcurrent: number;
  perWorker: number[];
  exactlyOnce: ExactlyOnce;
  /** Share of the host's CPU time busy during the herd (replicas, PostgreSQL and all). */
  hostCpuBusy: number;
  logProblems: string[];
}

/** The host's busy and total CPU time so far (ms, all cores): on a shared 2-core box it bounds the scaling. */
function hostCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/** Chooses the tick: after creation (at a rate any replica keeps up) and one full reconcile. */
function chooseTick(createRate: number): Date {
  const creationMs = (INTEGRATIONS / createRate) * 1_000;
  return new Date(Math.ceil((Date.now() + creationMs + RECONCILE_MS + 2_000) / 1_000) * 1_000);
}

async function runScenario(replicaCount: number, createRate: number): Promise<ScenarioResult> {
  const name = `${replicaCount} replica${replicaCount === 1 ? '' : 's'}`;
  const database = await createBenchDatabase(`herd_${replicaCount}r`);
  const dataDirs = Array.from({ length: replicaCount }, () => mkdtempSync(join(tmpdir(), 'tether-bench-herd-')));
  const replicas: Replica[] = [];
  const client = new pg.Client({ connectionString: database.url });
  try {
    // One at a time: the first runs the migrations, the others would only wait for its lock.
    for (const dir of dataDirs) replicas.push(await startReplica(database.url, dir));
    await client.connect();

    const tick = chooseTick(createRate);
    const created = Date.now();
    const ids = await createIntegrations(replicas, dailyCronAt(tick));
    const createSeconds = (Date.now() - created) / 1_000;
    // Registration must be complete before the tick: by notification at once, by the reconcile within RECONCILE_MS.
    const slack = tick.getTime() - Date.now();
    if (slack < RECONCILE_MS) {
      throw new Error(`creating ${INTEGRATIONS} integrations took ${createSeconds.toFixed(1)} s: only ${slack} ms left before the tick; lower ASSUMED_CREATE_RATE`);
    }
    console.error(`${name}: ${INTEGRATIONS} integrations created in ${createSeconds.toFixed(1)} s; tick at ${tick.toISOString()} (in ${(slack / 1_000).toFixed(1)} s)`);
    await sleep(tick.getTime() - Date.now());

    const cpuBefore = hostCpu();
    const sessions = await waitForCompletions(client, Math.max(60_000, INTEGRATIONS * 100));
    const cpuAfter = hostCpu();
    const hostCpuBusy = (cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total);
    return { ...summarize(name, ids, tick, sessions, replicas), createSeconds, hostCpuBusy };
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await client.end().catch(() => undefined);
    await dropBenchDatabase(database);
    for (const dir of dataDirs) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(
  name: string,
  ids: readonly string[],
  tick: Date,
  sessions: readonly SessionRow[],
  replicas: readonly Replica[],
): Omit<ScenarioResult, 'createSeconds' | 'hostCpuBusy'> {
  const lastQueued = Math.max(...sessions.map((s) => s.created_at.getTime()));
  const lastFinished = Math.max(...sessions.map((s) => s.finished_at?.getTime() ?? Infinity));
  const seconds = (lastFinished - tick.getTime()) / 1_000;
  const overlap = maxOverlapPerWorker(sessions);
  const perWorker = [...countBy(sessions.flatMap((s) => (s.worker_id === null ? [] : [s.worker_id]))).values()].sort((a, b) => b - a);
  return {
    name,
    queuedSeconds: (lastQueued - tick.getTime()) / 1_000,
    seconds,
    completionsPerSecond: sessions.length / seconds,
    maxConcurrent: Math.max(0, ...overlap.values()),
    perWorker,
    exactlyOnce: checkExactlyOnce(ids, tick, sessions, overlap),
    logProblems: replicas.flatMap((r, i) => problemLines(r.output()).map((line) => `replica ${i + 1}: ${line}`)),
  };
}

/** The replicas' ERROR and WARN log lines (the Nest logger's level column). */
const problemLines = (output: string): string[] => output.split('\n').filter((line) => /\s(ERROR|WARN)\s/.test(line));

// ---------------------------------------------------------------- report

function printReport(results: readonly ScenarioResult[]): void {
  console.log(`${INTEGRATIONS} integrations due at the same second; scripted connector: 1 page of 1 record, ${PAGE_DELAY_MS} ms per page; SYNC_CONCURRENCY=${CONCURRENCY}`);
  const header = ['scenario', 'seconds', 'completions/s', 'all queued at', 'max concurrent/worker', 'sessions per worker', 'exactly-once'];
  const rows = results.map((r) => [
    r.name,
    `${r.seconds.toFixed(2)} s`,
    r.completionsPerSecond.toFixed(1),
    `+${r.queuedSeconds.toFixed(2)} s`,
    String(r.maxConcurrent),
    r.perWorker.join(' / '),
    r.exactlyOnce.ok ? 'ok' : 'FAILED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
  for (const r of results) {
    for (const problem of r.exactlyOnce.problems) console.log(`${r.name}: exactly-once: ${problem}`);
    console.log(
      `${r.name}: integrations created over HTTP in ${r.createSeconds.toFixed(1)} s; host CPU ${(r.hostCpuBusy * 100).toFixed(0)}% busy during the herd; replica log: ${r.logProblems.length} ERROR/WARN lines`,
    );
    for (const line of r.logProblems.slice(0, 5)) console.log(`  ${line}`);
  }
  const [one, two] = results;
  if (one !== undefined && two !== undefined) {
    const ratio = two.completionsPerSecond / one.completionsPerSecond;
    console.log(`ratio 2 replicas / 1 replica: ${ratio.toFixed(2)}x (target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(REPLICA_SCRIPT)) throw new Error(`${REPLICA_SCRIPT} is missing: run \`tsc -p tsconfig.test-build.json\` (npm run bench:herd does)`);
  const results: ScenarioResult[] = [];
  let createRate = ASSUMED_CREATE_RATE;
  for (const replicaCount of [1, 2]) {
    const result = await runScenario(replicaCount, createRate);
    results.push(result);
    // The next scenario's tick from this one's measured rate, with room to spare: with more
    // replicas creation is slower (each also registers the others' integrations).
    createRate = Math.min(ASSUMED_CREATE_RATE * 4, (INTEGRATIONS / result.createSeconds) * 0.5);
  }
  printReport(results);
  if (results.some((r) => !r.exactlyOnce.ok)) process.exitCode = 1;
}

await main();
