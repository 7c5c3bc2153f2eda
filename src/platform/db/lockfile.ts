import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Thrown when another live process holds the embedded data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${path.dirname(lockPath)} is in use by another Frontline process ` +
        `(pid ${holder.pid} on ${holder.host}, "${holder.command}", since ${holder.startedAt}). ` +
        'Stop that process first, or point DATA_DIR elsewhere. Use DATABASE_URL (PostgreSQL) to run several processes.',
    );
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Lock files this process holds: a pid match alone cannot tell "my own live lock" from "a lock left by an earlier
// process that had my pid" (pid 1 in a restarted container), so the process remembers what it took.
const heldHere = new Set<string>();

/**
 * Takes an exclusive lock on a data directory: PGlite is a single-process database and two processes writing one
 * directory would corrupt it. A lock left by a dead process (e.g. after SIGKILL) on this host is taken over.
 */
export function acquireDataDirLock(dataDir: string, command = process.argv.slice(1).join(' ')): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'frontline.lock');
  if (heldHere.has(lockPath)) {
    const holder = readHolder(lockPath);
    throw new DataDirLockedError(
      lockPath,
      holder ?? { pid: process.pid, host: os.hostname(), command, startedAt: '?' },
    );
  }
  const me: LockHolder = { pid: process.pid, host: os.hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      heldHere.add(lockPath);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(lockPath);
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
          if (current.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath); // undefined: half-written or unreadable lock, treated as stale
      if (holder && holder.pid !== process.pid && (holder.host !== os.hostname() || isAlive(holder.pid))) {
        throw new DataDirLockedError(lockPath, holder);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}
