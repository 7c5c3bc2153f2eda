import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, type LockHolder } from './lockfile.js';
import { killLeftovers, spawnNode, stopProcess, waitForStdout } from './testing-fixtures/processes.js';

let dir: string;
const lockPath = () => path.join(dir, 'frontline.lock');
const readLock = () => JSON.parse(fs.readFileSync(lockPath(), 'utf8')) as LockHolder;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-lock-'));
});
afterEach(async () => {
  await killLeftovers();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Another live process that takes the lock the real way and keeps running. */
async function holdLockInChild() {
  const script =
    "import { acquireDataDirLock } from './src/platform/db/lockfile.ts';" +
    "acquireDataDirLock(process.argv[1], 'lock-holder'); console.log('locked'); setInterval(() => {}, 1000);";
  const child = spawnNode(['--import', 'tsx', '--input-type=module', '-e', script, dir]);
  await waitForStdout(child, (out) => out.includes('locked'));
  return child;
}

describe('acquireDataDirLock', () => {
  it('writes who holds the lock and removes it on release', () => {
    const release = acquireDataDirLock(dir, 'frontline start');
    const holder = readLock();
    expect(holder.pid).toBe(process.pid);
    expect(holder.host).toBe(os.hostname());
    expect(holder.command).toBe('frontline start');
    release();
    expect(fs.existsSync(lockPath())).toBe(false);
    release(); // a second release is harmless
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it('refuses a second acquire in the same process, naming the holder pid', () => {
    const release = acquireDataDirLock(dir, 'first');
    try {
      expect(() => acquireDataDirLock(dir, 'second')).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, 'second')).toThrow(`pid ${process.pid}`);
      expect(readLock().command).toBe('first');
    } finally {
      release();
    }
    // once released it can be taken again
    acquireDataDirLock(dir, 'third')();
  });

  it('refuses while another live process holds it, naming that process', async () => {
    const holder = await holdLockInChild();
    let error: unknown;
    try {
      acquireDataDirLock(dir, 'intruder');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).holder.pid).toBe(holder.pid);
    expect((error as Error).message).toContain(`pid ${holder.pid}`);
    expect((error as Error).message).toContain(dir);
    expect(readLock().pid).toBe(holder.pid); // the holder's lock is untouched
    await stopProcess(holder, 'SIGKILL');
  });

  it('takes over a lock left by a process that was killed', async () => {
    const holder = await holdLockInChild();
    await stopProcess(holder, 'SIGKILL');
    expect(readLock().pid).toBe(holder.pid); // SIGKILL left the lock behind

    const release = acquireDataDirLock(dir, 'after crash');
    expect(readLock()).toMatchObject({ pid: process.pid, command: 'after crash' });
    release();
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it('treats an unreadable (half-written) lock file as stale', () => {
    fs.writeFileSync(lockPath(), '{"pid":');
    const release = acquireDataDirLock(dir, 'after torn write');
    expect(readLock().command).toBe('after torn write');
    release();
  });

  it('does not remove a lock that someone else took over after it', () => {
    const release = acquireDataDirLock(dir, 'old');
    const other: LockHolder = { pid: process.pid + 1, host: os.hostname(), command: 'new', startedAt: 'now' };
    fs.writeFileSync(lockPath(), JSON.stringify(other));
    release();
    expect(readLock()).toEqual(other);
  });
});
