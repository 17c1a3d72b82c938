// What the connector benches share about processes and measurement: settings from the
// environment, a child process per scenario (a fresh heap, so the RSS measured is the
// scenario's alone), memory and page timing inside it, and the table and verdict formats.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How often the samplers look (memory here; a bench may sample its own state as often). */
export const SAMPLE_MS = 50;
const CHILD_FLAG = '--bench-child';

/** An integer setting from the environment: unset or empty, the fallback; below the minimum, an error. */
export function envInt(name: string, fallback: number, minimum: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be an integer >= ${minimum}, got ${String(raw)}`);
  return value;
}

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const secs = (seconds: number): string => `${seconds.toFixed(2)} s`;
export const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
/** Seconds since a process.hrtime.bigint() reading. */
export const since = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9;

/** Prints a header and rows, each column right-aligned to its widest cell. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '));
}

// ---------------------------------------------------------------- memory

/** Samples RSS and the JS heap every SAMPLE_MS; stop() gives the highest of each. */
export function memorySampler(): { stop: () => { rss: number; heap: number } } {
  const peak = { rss: 0, heap: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The live JS heap: after a full collection when node runs with --expose-gc (the children do). */
export function liveHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** What a measured task used: RSS and live heap before it, the highest of each during it, the live heap after it. */
export interface MemoryUse {
  baselineRss: number;
  peakRss: number;
  baselineHeap: number;
  peakHeap: number;
  retainedHeap: number;
  /** The process's highest RSS over its whole life (getrusage). */
  maxRss: number;
  /** CPU (user + system) of this process during the task. */
  cpuSeconds: number;
}

/** Runs the task with its memory sampled and its CPU counted. */
export async function measured<T>(task: () => Promise<T>): Promise<{ result: T; memory: MemoryUse }> {
  const baselineHeap = liveHeap();
  const baselineRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const sampler = memorySampler();
  let result: T;
  try {
    result = await task();
  } catch (error) {
    sampler.stop();
    throw error;
  }
  const peak = sampler.stop();
  const retainedHeap = liveHeap();
  const used = process.cpuUsage(cpu);
  // maxRSS is in KiB.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  return { result, memory: { baselineRss, peakRss: peak.rss, baselineHeap, peakHeap: peak.heap, retainedHeap, maxRss, cpuSeconds: (used.user + used.system) / 1e6 } };
}

/** `before / peak / after` of the live heap. */
export const heapCell = (m: MemoryUse): string => `${mib(m.baselineHeap)} / ${mib(m.peakHeap)} / ${mib(m.retainedHeap)}`;

// ---------------------------------------------------------------- pages

/** Where a read's time went: until its first page, waiting on the source after it, and in writing the pages. */
export interface PageTimes {
  pages: number;
  seconds: number;
  firstPageSeconds: number;
  /** Waiting on the connector for the pages after the first. */
  connectorSeconds: number;
  /** In `write` (the page's transaction: sink and cursor). */
  sinkSeconds: number;
}

/** Drains the pages, each written before the next is asked for, timing the wait for each apart from its write. */
export async function timedPages<P>(pages: AsyncIterable<P>, write: (page: P) => Promise<void>): Promise<PageTimes> {
  const times: PageTimes = { pages: 0, seconds: 0, firstPageSeconds: 0, connectorSeconds: 0, sinkSeconds: 0 };
  const started = process.hrtime.bigint();
  let waited = started;
  for await (const page of pages) {
    const fetched = since(waited);
    if (times.pages === 0) times.firstPageSeconds = fetched;
    else times.connectorSeconds += fetched;
    const writing = process.hrtime.bigint();
    await write(page);
    times.sinkSeconds += since(writing);
    times.pages += 1;
    waited = process.hrtime.bigint();
  }
  times.seconds = since(started);
  return times;
}

// ---------------------------------------------------------------- child processes

/**
 * Runs the bench script (`import.meta.url` of its module) again as a child node process
 * with --expose-gc and the input; the child's result is the last line it prints (see benchMain).
 * BENCH_CHILD_NODE_ARGS adds node options to every child (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`,
 * which NODE_OPTIONS does not take).
 */
export async function runChild<O>(script: string, input: unknown, what: string): Promise<O> {
  const nodeArgs = ['--expose-gc', ...(process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '')];
  const child = spawn(process.execPath, [...nodeArgs, fileURLToPath(script), CHILD_FLAG, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0) throw new Error(`${what} child exited with ${String(code)}:\n${stdout}`);
  return JSON.parse(last) as O;
}

/** A bench script's entry: started by runChild, the child's task on its input, its result printed as JSON; otherwise the bench itself. */
export async function benchMain(child: (input: never) => Promise<unknown>, main: () => Promise<void>): Promise<void> {
  if (process.argv[2] !== CHILD_FLAG) return main();
  // The input is what the parent gave runChild for this script's child task.
  const output = await child(JSON.parse(process.argv[3] ?? '{}') as never);
  console.log(JSON.stringify(output));
}
