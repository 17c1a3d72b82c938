import { lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cluster of a data folder the service ran the embedded PostgreSQL in: outside it under root (`postgres` is then a link). */
export function clusterOf(dataDir: string): string {
  const link = join(dataDir, 'postgres');
  return lstatSync(link).isSymbolicLink() ? readlinkSync(link) : link;
}

/**
 * Data folders for services run with no DATABASE_URL (each inside a folder of its own,
 * or of the caller's); removeAll() deletes them with their clusters.
 */
export class EmbeddedDataDirs {
  private readonly folders: string[] = [];

  create(folder = mkdtempSync(join(tmpdir(), 'tether-embedded-'))): string {
    this.folders.push(folder);
    return join(folder, 'data');
  }

  removeAll(): void {
    for (const folder of this.folders.splice(0)) {
      const dataDir = join(folder, 'data');
      if (lstatSync(join(dataDir, 'postgres'), { throwIfNoEntry: false }) !== undefined) rmSync(clusterOf(dataDir), { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
