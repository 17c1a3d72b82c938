import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DataDirLock } from './data-dir-lock.js';

const folder = mkdtempSync(join(tmpdir(), 'tether-lock-spec-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
let n = 0;
const lockPath = (): string => join(folder, `lock-${String((n += 1))}`);

describe('DataDirLock', () => {
  it('is taken with this process id and released', () => {
    const path = lockPath();
    const lock = DataDirLock.take(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('is refused while a live process holds it, naming that process', () => {
    const path = lockPath();
    writeFileSync(path, String(process.ppid));
    expect(() => DataDirLock.take(path)).toThrow(`the embedded database in ${path} is in use by process ${String(process.ppid)}; stop it first`);
    expect(readFileSync(path, 'utf8')).toBe(String(process.ppid));
  });

  it('is taken over from a process that died without releasing it', () => {
    const path = lockPath();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path, String(dead));
    DataDirLock.take(path).release();
    expect(existsSync(path)).toBe(false);
  });

  it('is taken over when it names this very process (a dead one whose pid came round again)', () => {
    const path = lockPath();
    writeFileSync(path, String(process.pid));
    expect(() => DataDirLock.take(path)).not.toThrow();
  });
});
