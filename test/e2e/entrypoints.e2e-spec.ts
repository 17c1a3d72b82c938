import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { distScript } from '../support/dist-script.js';
import { runNode } from '../support/run-node.js';
import { startServiceProcess } from '../support/service-process.js';
import { startTestApp } from '../support/test-app.js';
import { testConfig, testDatabaseUrl } from '../support/test-config.js';

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

describe('entry points (compiled)', () => {
  const tempDirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tether-entrypoints-'));
    tempDirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  describe('main.js', () => {
    it('exits 1 on an invalid environment, listing every problem on stderr', async () => {
      const dataDir = tempDir();
      const run = await runNode(distScript('main.js'), [], { NODE_ENV: 'production', PORT: 'abc', DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Invalid configuration:\n/);
      const listed = run.stderr
        .split('\n')
        .filter((line) => line.startsWith('  - '))
        .map((line) => line.slice(4));
      expect(listed).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^PORT /),
          'DATABASE_URL is required in production (the embedded database is for development)',
          'AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production',
          'CREDENTIAL_KEYS is required in production (format: id:base64key,...)',
        ]),
      );
      // Only problems, no stack trace.
      expect(run.stderr).not.toMatch(/\n\s+at /);
      // A refused configuration generates nothing and starts no database.
      expect(readdirSync(dataDir)).toEqual([]);
    });

    it('lists format problems of several variables without quoting secrets', async () => {
      const secret = 'short-secret-canary-7f3a';
      const keyMaterial = randomBytes(16).toString('base64');
      const run = await runNode(distScript('main.js'), [], {
        NODE_ENV: 'development',
        DATA_DIR: tempDir(),
        AUTH_JWT_SECRET: secret,
        CREDENTIAL_KEYS: `k1:${keyMaterial}`,
        MIN_CRON_INTERVAL_SECONDS: '0',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('  - AUTH_JWT_SECRET must be at least 32 characters');
      expect(run.stderr).toContain('  - CREDENTIAL_KEYS key "k1" must be 32 bytes encoded in base64');
      expect(run.stderr).toContain('  - MIN_CRON_INTERVAL_SECONDS must not be less than 1');
      expect(run.stderr).not.toContain(secret);
      expect(run.stderr).not.toContain(keyMaterial);
    });

    it('starts with a valid environment, serves /health, and stops on SIGTERM', async () => {
      const child = spawn(process.execPath, [distScript('main.js')], {
        env: {
          PATH: process.env.PATH ?? '',
          NO_COLOR: '1',
          NODE_ENV: 'test',
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: tempDir(),
          DATABASE_URL: testDatabaseUrl(),
          AUTH_JWT_SECRET: 'entrypoint-test-secret-0123456789-abcdefgh',
          CREDENTIAL_KEYS: `ep:${randomBytes(32).toString('base64')}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        stdout += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
      });
      const exited = new Promise<number | null>((resolve) => {
        child.on('close', (code) => {
          resolve(code);
        });
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => {
            reject(new Error(`main.js did not start:\n${output}`));
          }, 20_000);
          const check = (): void => {
            const match = /listening on (http:\/\/\S+)/.exec(output);
            if (match?.[1] !== undefined) {
              clearTimeout(timer);
              resolve(match[1]);
            }
          };
          child.stdout.on('data', check);
          void exited.then(() => {
            clearTimeout(timer);
            reject(new Error(`main.js exited early:\n${output}`));
          });
        });
        const health = await fetch(`${url}/health/ready`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, scheduler: { status: 'up' }, worker: { status: 'up' } } });
        // Outside development the service writes JSON lines on stdout, the boot messages among them.
        const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(lines.some((line) => line.context === 'Main' && typeof line.msg === 'string' && line.msg.includes('listening on'))).toBe(true);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(output).toContain('SIGTERM: shutting down');
    }, 30_000);
  });

  describe('main.js HOST', () => {
    const environment = (host: string | undefined): Record<string, string | undefined> => ({
      NODE_ENV: 'development',
      HOST: host,
      DATA_DIR: tempDir(),
      DATABASE_URL: testDatabaseUrl(),
      AUTH_JWT_SECRET: 'entrypoint-test-secret-0123456789-abcdefgh',
      CREDENTIAL_KEYS: `ep:${randomBytes(32).toString('base64')}`,
    });
    const refusal = (url: string): Promise<unknown> =>
      fetch(url).then(
        (response) => `answered ${response.status}`,
        (error: unknown) => (error as { cause?: { code?: string } }).cause?.code,
      );

    it('listens on loopback only when HOST is unset, and prints that address', async () => {
      const service = await startServiceProcess(environment(undefined));
      try {
        const { port } = new URL(service.baseUrl);
        expect(service.output()).toContain(`listening on http://127.0.0.1:${port} (Swagger UI: http://127.0.0.1:${port}/docs)`);
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
        // On Linux 127.0.0.2 is this machine too, but not the address listened on.
        expect(await refusal(`http://127.0.0.2:${port}/health`)).toBe('ECONNREFUSED');
      } finally {
        expect(await service.stop()).toBe(0);
      }
    });

    it('listens on every interface with HOST=0.0.0.0 (the container image), and says so', async () => {
      const service = await startServiceProcess(environment('0.0.0.0'));
      try {
        const { port } = new URL(service.baseUrl);
        expect(service.output()).toContain(
          `listening on http://0.0.0.0:${port} (every interface) (Swagger UI: http://127.0.0.1:${port}/docs)`,
        );
        expect((await fetch(`http://127.0.0.2:${port}/health`)).status).toBe(200);
      } finally {
        expect(await service.stop()).toBe(0);
      }
    });
  });

  describe('cli/token.js', () => {
    it('prints a development token signed with the secret generated in DATA_DIR', async () => {
      const dataDir = tempDir();
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--role', 'admin'], { DATA_DIR: dataDir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const token = run.stdout.trim();
      expect(run.stdout).toBe(`${token}\n`);
      expect(token).toMatch(JWT);

      const secretPath = join(dataDir, 'dev-jwt-secret');
      expect(existsSync(secretPath)).toBe(true);
      const secret = readFileSync(secretPath, 'utf8').trim();
      const payload = jwt.verify(token, secret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
      expect(payload).toMatchObject({ org: 'acme', roles: ['admin'], sub: 'dev:acme:admin' });
      expect(jwt.decode(token, { complete: true })?.header.alg).toBe('HS256');
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(12 * 3600);
      expect(() => jwt.verify(token, `${secret}x`, { algorithms: ['HS256'] })).toThrow();

      // The service reading the same data folder accepts it.
      const t = await startTestApp(testConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: undefined }));
      try {
        const response = await fetch(`${t.baseUrl}/integrations`, { headers: { Authorization: `Bearer ${token}` } });
        expect(response.status).toBe(200);
      } finally {
        await t.close();
      }
    });

    it('reuses the secret on later runs and honours --role, --sub and --ttl', async () => {
      const dataDir = tempDir();
      const first = await runNode(distScript('cli/token.js'), ['--org', 'acme'], { DATA_DIR: dataDir });
      const secret = readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim();
      const second = await runNode(distScript('cli/token.js'), ['--org', 'beta', '--role', 'viewer', '--sub', 'me', '--ttl', '5m'], {
        DATA_DIR: dataDir,
      });
      expect([first.code, second.code]).toEqual([0, 0]);
      expect(readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim()).toBe(secret);
      expect(jwt.verify(first.stdout.trim(), secret)).toMatchObject({ org: 'acme', roles: ['admin'] });
      const payload = jwt.verify(second.stdout.trim(), secret) as jwt.JwtPayload;
      expect(payload).toMatchObject({ org: 'beta', roles: ['viewer'], sub: 'me' });
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
    });

    it('signs with AUTH_JWT_SECRET when it is set, generating nothing', async () => {
      const dataDir = tempDir();
      const secret = 'an-explicit-secret-for-the-token-cli-0123456789';
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme'], { DATA_DIR: dataDir, AUTH_JWT_SECRET: secret });
      expect(run.code).toBe(0);
      expect(jwt.verify(run.stdout.trim(), secret, { algorithms: ['HS256'] })).toMatchObject({ org: 'acme' });
      expect(existsSync(join(dataDir, 'dev-jwt-secret'))).toBe(false);
    });

    it('uses the configured claim names', async () => {
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--role', 'viewer'], {
        DATA_DIR: tempDir(),
        AUTH_ORG_CLAIM: 'https://tether.example/org',
        AUTH_ROLES_CLAIM: 'permissions',
      });
      expect(run.code).toBe(0);
      expect(jwt.decode(run.stdout.trim())).toMatchObject({ 'https://tether.example/org': 'acme', permissions: ['viewer'] });
    });

    it('refuses when the service verifies tokens with a JWKS', async () => {
      const dataDir = tempDir();
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--role', 'admin'], {
        DATA_DIR: dataDir,
        AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
        AUTH_ISSUER: 'https://idp.example/',
        AUTH_AUDIENCE: 'tether-integrations',
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/JWKS/);
      expect(existsSync(join(dataDir, 'dev-jwt-secret'))).toBe(false);
    });

    it('exits 2 with usage when --org is missing or empty', async () => {
      for (const args of [[], ['--role', 'admin'], ['--org', '']]) {
        const run = await runNode(distScript('cli/token.js'), args, { DATA_DIR: tempDir() });
        expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
        expect(run.stderr).toContain('usage: npm run token -- --org <organization>');
      }
    });

    it('exits 2 on an unknown role', async () => {
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--role', 'owner'], { DATA_DIR: tempDir() });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('--role must be admin or viewer');
    });

    it('exits 2 with one line naming --ttl and the accepted forms on a bad --ttl', async () => {
      for (const ttl of ['10', 'soon', '-1h', '1.5h', '0m', '12 h', '7w', '']) {
        const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', `--ttl=${ttl}`], { DATA_DIR: tempDir() });
        expect({ ttl, code: run.code, stdout: run.stdout }).toEqual({ ttl, code: 2, stdout: '' });
        expect(run.stderr).toBe(`--ttl must be a whole number with a unit s, m, h or d, e.g. 30s, 15m, 12h, 7d; got ${JSON.stringify(ttl)}\n`);
      }
    });

    it('exits 2 with one line on an option it does not know or one without its value', async () => {
      for (const [args, named] of [
        [['--org', 'acme', '--ttl'], '--ttl'],
        [['--org', 'acme', '--ttl', '-1h'], '--ttl=-XYZ'],
        [['--org', 'acme', '--expires', '1h'], '--expires'],
      ] as const) {
        const run = await runNode(distScript('cli/token.js'), [...args], { DATA_DIR: tempDir() });
        expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
        expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(named)]);
        expect(run.stderr).toContain('usage: npm run token -- --org <organization>');
      }
    });

    it('accepts each unit of --ttl', async () => {
      const dataDir = tempDir();
      for (const [ttl, seconds] of [['30s', 30], ['15m', 900], ['2h', 7200], ['7d', 604800]] as const) {
        const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--ttl', ttl], { DATA_DIR: dataDir });
        expect(run.code).toBe(0);
        const payload = jwt.decode(run.stdout.trim()) as jwt.JwtPayload;
        expect({ ttl, lifetime: (payload.exp ?? 0) - (payload.iat ?? 0) }).toEqual({ ttl, lifetime: seconds });
      }
    });

    it('exits 1 listing the problems of an invalid environment', async () => {
      const run = await runNode(distScript('cli/token.js'), ['--org', 'acme'], {
        DATA_DIR: tempDir(),
        AUTH_JWT_SECRET: 'too-short',
        PORT: 'abc',
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('  - AUTH_JWT_SECRET must be at least 32 characters');
      expect(run.stderr).toMatch(/ {2}- PORT /);
      expect(run.stderr).not.toContain('too-short');
    });
  });
});
