import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One process per data folder: a file holding its owner's pid, taken over when that
 * process is dead (killed: it could not remove it).
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static take(path: string): DataDirLock {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return new DataDirLock(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(path, 'utf8'));
    // Our own pid there is a dead process's whose pid came round again (a container restarted).
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new Error(`the embedded database in ${path} is in use by process ${holder}; stop it first`);
    }
    writeFileSync(path, String(process.pid));
    return new DataDirLock(path);
  }

  release(): void {
    rmSync(this.path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
