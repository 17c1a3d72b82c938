import { isAcceptedToken } from './fuzz-tokens.js';
import type { FuzzRequest } from './fuzz-request.js';
import type { HttpRequest } from './render-request.js';
import { RULES, type Violation } from './response-checks.js';

/** One request sent and what became of it. */
export interface Outcome {
  index: number;
  request: FuzzRequest;
  sent: HttpRequest;
  /** The HTTP status, or 0 when no answer came. */
  status: number;
  text: string;
  violations: Violation[];
  /** What the server logged for it (the stack of a 5xx). */
  serverLog?: string;
  /** A simpler request than the one generated, failing the same way. */
  reduced?: boolean;
}

const size = (o: Outcome): number => o.sent.target.length + (o.sent.body?.length ?? 0);
const abbreviate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 60)} ... ${text.slice(-40)} [${text.length} characters]`);

/** The error a log's stack names (`TypeError: ...`, pg's `error: ...`), ids and numbers blanked, so that one cause is one class. */
const signature = (log: string | undefined): string =>
  (/^\s*(\w*(?:error|exception): .*)$/im.exec(log ?? '')?.[1] ?? '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\d+/g, 'N')
    .slice(0, 160);

/**
 * The class of a failure (undefined: none): the worst rule it broke, its cause, and for a 5xx
 * the error the server logged. Its other broken rules are shown with it.
 */
export function classOf(outcome: Outcome): string | undefined {
  const [worst] = [...outcome.violations].sort((a, b) => RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
  if (worst === undefined) return undefined;
  const { request } = outcome;
  // A refused token should have stopped the request whatever else it held; otherwise the mutation is the cause.
  const tokenFailed = !isAcceptedToken(request.token) && (worst.rule === 'refused token let through' || worst.rule === '5xx');
  const cause = tokenFailed ? `token ${request.token}` : request.mutation;
  const specific = worst.rule === '5xx' ? signature(outcome.serverLog) : worst.rule === 'undocumented status' ? String(outcome.status) : undefined;
  return [worst.rule, cause, ...(specific === undefined ? [] : [specific])].join(' | ');
}

const smallest = (outcomes: readonly Outcome[]): Outcome => outcomes.reduce((best, o) => (size(o) < size(best) ? o : best));

/** Counts answers by status and groups failures into classes, each shown by its smallest request. */
export class FuzzReport {
  private readonly byStatus = new Map<number, number>();
  private readonly classes = new Map<string, Outcome[]>();
  private readonly examples = new Map<string, Outcome>();
  private readonly byOperation = new Map<string, { sent: number; succeeded: number }>();
  private sent = 0;

  record(outcome: Outcome): void {
    this.sent += 1;
    this.byStatus.set(outcome.status, (this.byStatus.get(outcome.status) ?? 0) + 1);
    const operation = this.byOperation.get(outcome.request.operation.id) ?? { sent: 0, succeeded: 0 };
    operation.sent += 1;
    if (outcome.status >= 200 && outcome.status < 300) operation.succeeded += 1;
    this.byOperation.set(outcome.request.operation.id, operation);
    const key = classOf(outcome);
    if (key !== undefined) this.classes.set(key, [...(this.classes.get(key) ?? []), outcome]);
  }

  /** Replaces each class's example (its smallest request) by what `reduce` makes of it. */
  async reduceExamples(reduce: (example: Outcome) => Promise<Outcome>): Promise<void> {
    for (const [key, outcomes] of this.classes) this.examples.set(key, await reduce(smallest(outcomes)));
  }

  /** How many requests an operation got, and how many of them succeeded (reached its deep code). */
  operation(id: string): { sent: number; succeeded: number } {
    return this.byOperation.get(id) ?? { sent: 0, succeeded: 0 };
  }

  get failingClasses(): number {
    return this.classes.size;
  }

  /** `fuzz: 2400 requests in 31.2 s (FUZZ_SEED=42), 200: 310, 201: 40, ...`; 0 is "no answer". */
  summary(seconds: number, seed: number): string {
    const counts = [...this.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`);
    return `fuzz: ${this.sent} requests in ${seconds.toFixed(1)} s (FUZZ_SEED=${seed}), ${counts.join(', ')}; ${this.classes.size} failing classes`;
  }

  /** Each failing class with its operations and a reproduction: the smallest request in it. */
  failures(seed: number): string {
    return [...this.classes.entries()]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([key, outcomes], n) => {
        const example = this.examples.get(key) ?? smallest(outcomes);
        const operations = [...new Set(outcomes.map((o) => o.request.operation.id))];
        const statuses = tally(outcomes.map((o) => String(o.status)));
        return [
          `#${n + 1} ${key}`,
          `   ${outcomes.length} requests (answered ${statuses}); operations: ${operations.join(', ')}`,
          `   mutations: ${abbreviate(tally(outcomes.map((o) => o.request.detail)), 400)}`,
          ...reproduction(example, seed).map((line) => `   ${line}`),
        ].join('\n');
      })
      .join('\n\n');
  }
}

/** `400 ×3, 404 ×1`, most frequent first. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([value, count]) => `${value} ×${count}`)
    .join('; ');
}

function reproduction(outcome: Outcome, seed: number): string[] {
  const { request, sent } = outcome;
  const headers = Object.entries(sent.headers).map(([name, value]) =>
    name === 'authorization' ? `${name}: <${request.token} token of the test organization> (${abbreviate(value, 80)})` : `${name}: ${value}`,
  );
  return [
    `request #${outcome.index} of FUZZ_SEED=${seed}${outcome.reduced === true ? ', reduced' : ''}: ${sent.method} ${abbreviate(sent.target, 300)}`,
    `mutation: ${request.mutation} (${request.detail})${request.mustRefuse === undefined ? '' : `; the document refuses it: ${request.mustRefuse}`}`,
    ...headers.map((h) => `  ${h}`),
    ...(sent.body === undefined ? [] : [`  body: ${abbreviate(JSON.stringify(sent.body), 400)}`]),
    `answer: ${outcome.status === 0 ? 'none' : outcome.status} ${abbreviate(outcome.text, 300)}`,
    ...outcome.violations.map((v) => `broke: ${v.rule}: ${abbreviate(v.message, 300)}`),
    ...(outcome.serverLog === undefined ? [] : [`server log: ${outcome.serverLog.split('\n').slice(0, 6).join('\n      ')}`]),
  ];
}
