/** One sample of a scrape: its metric name, labels and value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** The samples of a Prometheus text exposition (comments left out). */
export function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = SAMPLE.exec(line);
      if (match === null) throw new Error(`not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(LABEL)].map((m) => [m[1] ?? '', m[2] ?? '']));
      return { name: match[1] ?? '', labels, value: Number(match[3]) };
    });
}

/** A scrape, read by metric name and some of its labels. */
export class Scrape {
  readonly samples: Sample[];

  constructor(text: string) {
    this.samples = parseSamples(text);
  }

  /** The sum of the samples of `name` whose labels include `labels` (0 when none). */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.samples
      .filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))
      .reduce((total, s) => total + s.value, 0);
  }

  /** The value of `name` with exactly these labels; undefined when absent. */
  value(name: string, labels: Record<string, string> = {}): number | undefined {
    const keys = Object.keys(labels);
    return this.samples.find((s) => s.name === name && Object.keys(s.labels).length === keys.length && keys.every((key) => s.labels[key] === labels[key]))?.value;
  }
}

/** How much `name` (labels as in Scrape.sum) grew from one scrape to the next. */
export const delta = (before: Scrape, after: Scrape, name: string, labels: Record<string, string> = {}): number => after.sum(name, labels) - before.sum(name, labels);
