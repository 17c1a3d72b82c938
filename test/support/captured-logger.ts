import { ConsoleLogger } from '@nestjs/common';

/** Keeps every log line (to search them for secrets) and prints only errors. */
export class CapturedLogger extends ConsoleLogger {
  readonly lines: string[] = [];

  constructor() {
    super('Test', { logLevels: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] });
  }

  protected override printMessages(messages: unknown[], context?: string, logLevel?: string): void {
    this.lines.push(`${logLevel ?? ''} ${context ?? ''} ${messages.map((m) => (m instanceof Error ? m.stack : String(m))).join(' ')}`);
    if (logLevel === 'error' || logLevel === 'fatal') super.printMessages(messages, context, logLevel);
  }

  // Nest calls this for every error, with no stack when the caller gave none.
  protected override printStackTrace(stack: string | undefined): void {
    if (stack === undefined) return;
    this.lines.push(stack);
    super.printStackTrace(stack);
  }
}
