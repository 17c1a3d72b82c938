// Cost of the log redaction every line goes through, as the number of integrations whose
// credentials the process holds grows, against the earlier scan (sort and split every
// value per line), measured in the same run:
//   npm run bench:log-redaction        (BENCH_INTEGRATIONS=10000 by default, 4 values each)
import 'reflect-metadata';
import { LogSecrets } from '../src/logging/log-secrets.service.js';
import { redactSecrets } from '../src/sync-contract/redact-secrets.js';

const INTEGRATIONS = Number(process.env.BENCH_INTEGRATIONS ?? 10_000);
const LINES = 2_000;

const valuesOf = (i: number): string[] => [`shpat_${i.toString(16).padStart(32, '0')}`, `acme-${i}.myshopify.com`, `svc-${i}@project.iam.gserviceaccount.com`, `pw-${i}-secret`];

/** A request line as pino writes it (~400 characters), every 50th quoting a secret. */
const lineOf = (n: number): string =>
  JSON.stringify({
    level: 30,
    time: 1796250000000 + n,
    pid: 4242,
    req: { id: `7d1f5e0c-1111-4a2b-9c3d-${String(n).padStart(12, '0')}`, method: 'GET' },
    route: '/integrations/:id/sync-sessions',
    res: { statusCode: 200 },
    durationMs: 12.5,
    msg: n % 50 === 0 ? `calling the store with ${valuesOf(n % INTEGRATIONS)[0] ?? ''}` : 'GET /integrations/:id/sync-sessions 200',
  });

function perLine(redact: (line: string) => string): { microseconds: number; cut: number } {
  const lines = Array.from({ length: LINES }, (_, n) => lineOf(n));
  let cut = 0;
  const start = process.hrtime.bigint();
  for (const line of lines) if (redact(line).includes('[redacted]')) cut++;
  return { microseconds: Number(process.hrtime.bigint() - start) / 1_000 / LINES, cut };
}

const secrets = new LogSecrets();
const all: string[] = [];
const indexStart = process.hrtime.bigint();
for (let i = 0; i < INTEGRATIONS; i++) {
  secrets.remember(`integration-${i}`, valuesOf(i));
  all.push(...valuesOf(i));
}
const rememberMs = Number(process.hrtime.bigint() - indexStart) / 1e6;
// The baseline cuts the same values, without their JSON-escaped twins (none differ here).
const baseline = perLine((line) => redactSecrets(line, all));
const indexed = perLine((line) => secrets.redact(line));
if (indexed.cut !== baseline.cut) throw new Error(`the index cut ${indexed.cut} lines, the scan ${baseline.cut}`);
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

console.log(`log redaction, ${INTEGRATIONS} integrations × 4 values, ${LINES} lines of ~${lineOf(1).length} characters (${indexed.cut} quoting a secret)`);
console.log(`  baseline (scan every value): ${baseline.microseconds.toFixed(1)} µs a line`);
console.log(`  LogSecrets (prefix index):   ${indexed.microseconds.toFixed(1)} µs a line`);
console.log(`  ratio baseline / indexed:    ${(baseline.microseconds / indexed.microseconds).toFixed(0)}×`);
console.log(`  remembering all ${INTEGRATIONS}: ${rememberMs.toFixed(0)} ms in total, heap ${heapMb.toFixed(0)} MiB`);
