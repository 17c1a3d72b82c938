import { type ChildProcess, spawn } from 'node:child_process';
import { distScript } from './dist-script.js';

export interface ServiceProcess {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** Stops it with the signal and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The compiled service (`dist/main.js`, built by `npm test`'s pretest step) as a
 * separate process, as `npm start` runs it, or another entry point (`script`), on a free
 * loopback port unless `env` says otherwise. Resolves once it prints its URL.
 */
export async function startServiceProcess(
  env: Record<string, string | undefined>,
  { timeoutMs = 60_000, script = distScript('main.js') }: { timeoutMs?: number; script?: string } = {},
): Promise<ServiceProcess> {
  // A variable set to undefined is left out (HOST included).
  const environment: Record<string, string | undefined> = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', NO_COLOR: '1', ...env };
  const child = spawn(process.execPath, [script], {
    env: Object.fromEntries(Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`service did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${String(code)} before listening:\n${output}`));
    });
  });
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}
