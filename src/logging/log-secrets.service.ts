import { Injectable } from '@nestjs/common';
import { redactSecrets } from '../sync-contract/redact-secrets.js';

/**
 * The credential values this process has handled, per integration, cut out of every log
 * line as the connectors' redaction cuts them out of sync errors: a line that quotes one
 * (a misbehaving connector, a driver's message) still never shows it.
 */
@Injectable()
export class LogSecrets {
  private readonly byIntegration = new Map<string, readonly string[]>();
  private all: readonly string[] = [];

  /** The integration's current values (replacing the ones it had). */
  remember(integrationId: string, values: readonly string[]): void {
    // In a JSON line a value is escaped (a private key's newlines): both forms are cut.
    this.byIntegration.set(integrationId, [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))]);
    this.all = [...new Set([...this.byIntegration.values()].flat())];
  }

  redact(line: string): string {
    return this.all.length === 0 ? line : redactSecrets(line, this.all);
  }
}
