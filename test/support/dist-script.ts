import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is test/support/dist-script.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A compiled entry point, e.g. `distScript('cli/token.js')`; `npm test` builds dist/ first (pretest). */
export function distScript(path: string): string {
  const script = join(PROJECT_ROOT, 'dist', path);
  if (!existsSync(script)) throw new Error(`${script} is missing: run the tests with \`npm test\`, whose pretest step builds dist/`);
  return script;
}

/** The service with the test fakes (test/support/replica-main.ts), compiled into dist-test/ by pretest. */
export function replicaScript(): string {
  const script = join(PROJECT_ROOT, 'dist-test', 'test', 'support', 'replica-main.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run the tests with \`npm test\`, whose pretest step builds dist-test/`);
  return script;
}
