import { Writable } from 'node:stream';

/** pino's destination in tests: keeps every line it writes (to parse and search them), prints none. */
export class JsonLogLines extends Writable {
  readonly lines: string[] = [];
  private pending = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const parts = (this.pending + chunk.toString()).split('\n');
    this.pending = parts.pop() ?? '';
    this.lines.push(...parts);
    done();
  }

  /** Every line parsed; a line that is not a JSON object fails the test that reads it. */
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not a JSON object: ${line}`);
      return value as Record<string, unknown>;
    });
  }
}
