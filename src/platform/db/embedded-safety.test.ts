/**
 * The embedded database (PGlite in DATA_DIR) as real processes use it: one process per data dir, and no committed
 * row lost when the process is killed without warning.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPglite } from './client.js';
import type { LockHolder } from './lockfile.js';
import { migrate, shippedMigrationCount } from './migrate.js';
import {
  freePort,
  killLeftovers,
  runFrontline,
  runTsFixture,
  stopProcess,
  waitForReady,
  waitForStdout,
} from './testing-fixtures/processes.js';

let dataDir: string;
const lockPath = () => path.join(dataDir, 'frontline.lock');

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-embedded-'));
});
afterEach(async () => {
  await killLeftovers();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const embeddedEnv = (port: number) => ({
  DATA_DIR: dataDir,
  DATABASE_URL: undefined,
  PORT: String(port),
  HOST: '127.0.0.1',
  BASE_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: 'false',
});

describe('one process per data dir', () => {
  it('a second start or migrate on a data dir in use exits with code 3 and names the holder', async () => {
    const port = await freePort();
    const first = runFrontline('start', embeddedEnv(port));
    const ready = await waitForReady(first, `http://127.0.0.1:${port}/readyz`, 90_000);
    expect(ready).toMatchObject({ status: 'ready', migrated: true });
    expect((JSON.parse(fs.readFileSync(lockPath(), 'utf8')) as LockHolder).pid).toBe(first.pid);

    const secondStart = runFrontline('start', embeddedEnv(await freePort()));
    const secondMigrate = runFrontline('migrate', embeddedEnv(await freePort()));
    for (const second of [secondStart, secondMigrate]) {
      const { code } = await second.exited;
      expect(code, second.stderr()).toBe(3);
      expect(second.stderr()).toContain(`pid ${first.pid}`);
      expect(second.stderr()).toContain(dataDir);
    }
    // the first process is unharmed and still serving
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(res.status).toBe(200);

    const { code } = await stopProcess(first, 'SIGTERM');
    expect(code).toBe(0);
    expect(fs.existsSync(lockPath())).toBe(false); // a clean stop releases the lock

    // and now the data dir is free again
    const after = runFrontline('migrate', embeddedEnv(await freePort()));
    const done = await after.exited;
    expect(done.code, after.stderr()).toBe(0);
    expect(after.stdout()).toContain('Migrations applied.');
  }, 150_000);
});

describe('SIGKILL safety', () => {
  const fixture = path.join('src', 'platform', 'db', 'testing-fixtures', 'commit-loop.ts');

  /** Runs the commit loop until it reports `rows` more commits, then SIGKILLs it; returns the ids it reported. */
  async function commitThenKill(rows: number): Promise<number[]> {
    const child = runTsFixture(fixture, { DATA_DIR: dataDir });
    await waitForStdout(child, (out) => out.includes('ready\n'), 90_000);
    const committed = () => [...child.stdout().matchAll(/^committed (\d+)$/gm)].map((m) => Number(m[1]));
    await waitForStdout(child, () => committed().length >= rows, 30_000);
    const { signal } = await stopProcess(child, 'SIGKILL');
    expect(signal).toBe('SIGKILL');
    // the killed process could not release its lock: the next open must take it over
    expect((JSON.parse(fs.readFileSync(lockPath(), 'utf8')) as LockHolder).pid).toBe(child.pid);
    return committed();
  }

  it('keeps every row whose commit returned, across repeated kills, and the database still works', async () => {
    const reported: number[] = [];
    // Kill at a different moment each round (the loop commits hundreds of rows per second).
    for (const rows of [150, 40, 400]) reported.push(...(await commitThenKill(rows)));
    expect(reported.length).toBeGreaterThanOrEqual(590);

    const database = await openPglite(dataDir);
    try {
      expect((JSON.parse(fs.readFileSync(lockPath(), 'utf8')) as LockHolder).pid).toBe(process.pid);
      const rows = await database.query<{ id: number }>('select id from crash_probe order by id');
      const stored = new Set(rows.map((r) => r.id));
      const lost = reported.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      // At most one commit per round can have landed without being printed (killed between commit and print).
      expect(rows.length - reported.length).toBeLessThanOrEqual(3);
      expect(new Set(reported).size).toBe(reported.length); // no id was committed twice

      await migrate(database); // nothing pending, no error
      const migrations = await database.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(migrations[0].n).toBe(shippedMigrationCount());
      await database.db.transaction(async (tx) => {
        await tx.execute(`insert into crash_probe (id, note) values (-1, 'after crash')`);
      });
      const [check] = await database.query<{ note: string }>('select note from crash_probe where id = -1');
      expect(check.note).toBe('after crash');
      const [integrity] = await database.query<{ n: number; distinct_ids: number }>(
        'select count(*)::int as n, count(distinct id)::int as distinct_ids from crash_probe',
      );
      expect(integrity.n).toBe(integrity.distinct_ids);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(lockPath())).toBe(false);
  }, 150_000);
});
