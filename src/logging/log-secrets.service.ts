import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Values shorter than this are left alone, as the connectors' redaction leaves them: they would cut ordinary words. */
const SHORTEST = 4;
const CUT = '[redacted]';

/**
 * The credential values this process has handled, per integration, cut out of every log
 * line as the connectors' redaction cuts them out of sync errors: a line that quotes one
 * (a misbehaving connector, a driver's message) still never shows it.
 *
 * Every line is written through it, and a process may hold the values of thousands of
 * integrations, so a line costs one lookup per character (of its next four characters),
 * not one scan per value.
 */
@Injectable()
export class LogSecrets {
  private readonly byOwner = new Map<string, readonly string[]>();
  /** How many owners hold each value (two integrations may share one). */
  private readonly holders = new Map<string, number>();
  /** Each value under its first four characters. */
  private readonly byPrefix = new Map<string, Set<string>>();

  /** The integration's current values (replacing the ones it had). */
  remember(integrationId: string, values: readonly string[]): void {
    this.forget(integrationId);
    // In a JSON line a value is escaped (a private key's newlines): both forms are cut.
    const kept = [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))].filter((value) => value.length >= SHORTEST);
    this.byOwner.set(integrationId, kept);
    for (const value of kept) {
      const held = this.holders.get(value) ?? 0;
      this.holders.set(value, held + 1);
      if (held > 0) continue;
      const prefix = value.slice(0, SHORTEST);
      const values = this.byPrefix.get(prefix) ?? new Set<string>();
      this.byPrefix.set(prefix, values.add(value));
    }
  }

  /** Values redacted only while `use` runs: credentials being checked, not saved. */
  async during<T>(values: readonly string[], use: () => Promise<T>): Promise<T> {
    const owner = `transient:${randomUUID()}`;
    this.remember(owner, values);
    try {
      return await use();
    } finally {
      this.forget(owner);
    }
  }

  redact(line: string): string {
    if (this.byPrefix.size === 0) return line;
    const found = new Set<string>();
    for (let i = 0; i + SHORTEST <= line.length; i++) {
      for (const value of this.byPrefix.get(line.slice(i, i + SHORTEST)) ?? []) {
        if (line.startsWith(value, i)) found.add(value);
      }
    }
    if (found.size === 0) return line;
    // Longest first, so a value containing another is cut whole.
    return [...found].sort((a, b) => b.length - a.length).reduce((text, value) => text.split(value).join(CUT), line);
  }

  private forget(owner: string): void {
    for (const value of this.byOwner.get(owner) ?? []) {
      const held = (this.holders.get(value) ?? 1) - 1;
      if (held > 0) {
        this.holders.set(value, held);
        continue;
      }
      this.holders.delete(value);
      const prefix = value.slice(0, SHORTEST);
      const values = this.byPrefix.get(prefix);
      values?.delete(value);
      if (values?.size === 0) this.byPrefix.delete(prefix);
    }
    this.byOwner.delete(owner);
  }
}
