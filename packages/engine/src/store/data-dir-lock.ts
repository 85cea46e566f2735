import { StoreLockedError } from '../errors.js';

/** The lock file a PGlite store keeps in its data directory while it has it open. */
export const LOCK_FILE = 'luzhi.lock';

/** Data directories this process holds, by real path. */
const held = new Set<string>();

/** Whether a process with this id runs (one we may not signal runs too). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `dataDir` names a directory of the file system, not `memory://` or `idb://…`. */
export const isFileSystemDir = (dataDir: string): boolean => !/^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir);

/**
 * Takes the data directory for this process: creates it when missing, and a lock file in it
 * holding this process's id. A lock left by a process that is gone (killed, crashed) is stale and
 * taken over; a lock of a running process, or one this process holds already, is refused.
 * Resolves with the function that gives the directory back.
 *
 * @throws StoreLockedError naming the directory and the process holding it.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  // Loaded here, so that bundling the PGlite store for a browser (which has no data directory) needs no fs.
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  await fs.mkdir(dataDir, { recursive: true });
  const dir = await fs.realpath(dataDir);
  if (held.has(dir)) throw new StoreLockedError(dataDir, process.pid);
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      held.add(dir);
      return async () => {
        held.delete(dir);
        const owner = await fs.readFile(file, 'utf8').catch(() => '');
        if (Number.parseInt(owner, 10) === process.pid) await fs.rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await fs.readFile(file, 'utf8').catch(() => ''), 10);
    // This process's own id in a lock it does not hold: left by an earlier process that had the
    // same id (a container restarted), so as stale as a dead one.
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new StoreLockedError(dataDir, owner);
    await fs.rm(file, { force: true });
  }
  throw new StoreLockedError(dataDir, 0);
}
