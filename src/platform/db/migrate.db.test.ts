/**
 * Several Frontline processes starting at once against one new PostgreSQL database (a rolling deploy, or N replicas
 * behind a load balancer): the advisory lock must make migrations apply exactly once and every process come up.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { withDatabase } from '../testing/template.js';
import { testDbKind } from '../testing/test-db.js';
import { MIGRATION_LOCK_ID, shippedMigrationCount } from './migrate.js';
import { freePort, killLeftovers, runFrontline, stopProcess, waitForReady } from './testing-fixtures/processes.js';

const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const created: string[] = [];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A brand-new, empty database; dropped after the test. */
async function emptyDatabase(): Promise<string> {
  const name = `frontline_procs_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  created.push(name);
  return withDatabase(adminUrl, name);
}

async function appliedMigrations(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; hash: string; created_at: string }>(
      'select id, hash, created_at::text from drizzle.__drizzle_migrations order by id',
    );
    return rows;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the processes while the test holds the migration lock, waits until every one of them is queued on it, then
 * lets go: they all reach the migrator at the same instant, however unevenly they booted. A process that does not
 * take the lock never queues, and the test fails here.
 */
async function startTogether<T>(url: string, count: number, launch: () => T[]): Promise<T[]> {
  const gate = new pg.Client({ connectionString: url });
  await gate.connect();
  try {
    await gate.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const launched = launch();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await gate.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_locks
          where locktype = 'advisory' and not granted
            and database = (select oid from pg_database where datname = current_database())`,
      );
      if (rows[0].waiting === count) break;
      if (Date.now() > deadline) throw new Error(`only ${rows[0].waiting} of ${count} processes queued on the lock`);
      await sleep(50);
    }
    await gate.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    return launched;
  } finally {
    await gate.end();
  }
}

const env = (databaseUrl: string, port = 0) => ({
  DATABASE_URL: databaseUrl,
  SEED_DEMO: 'false',
  PORT: String(port),
  HOST: '127.0.0.1',
  BASE_URL: `http://127.0.0.1:${port}`,
});

afterEach(async () => {
  await killLeftovers();
  for (const name of created.splice(0)) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});

describe.skipIf(testDbKind !== 'postgres')('concurrent processes on a new PostgreSQL database', () => {
  it('two `frontline migrate` racing both succeed and apply each migration once', async () => {
    const url = await emptyDatabase();
    const racers = await startTogether(url, 2, () => [
      runFrontline('migrate', env(url)),
      runFrontline('migrate', env(url)),
    ]);
    const exits = await Promise.all(racers.map((p) => p.exited));
    racers.forEach((p, i) => {
      expect(exits[i].code, p.stderr()).toBe(0);
      expect(p.stdout()).toContain('Migrations applied.');
    });

    const applied = await appliedMigrations(url);
    expect(applied).toHaveLength(shippedMigrationCount());
    expect(new Set(applied.map((m) => m.hash)).size).toBe(applied.length);

    // A third run finds nothing to do and changes nothing.
    const third = runFrontline('migrate', env(url));
    expect((await third.exited).code, third.stderr()).toBe(0);
    expect(await appliedMigrations(url)).toEqual(applied);
  }, 120_000);

  it('two `frontline start` on different ports racing both become ready', async () => {
    const url = await emptyDatabase();
    const ports = [await freePort(), await freePort()];
    const servers = await startTogether(url, 2, () => ports.map((port) => runFrontline('start', env(url, port))));
    const ready = await Promise.all(
      servers.map((server, i) => waitForReady(server, `http://127.0.0.1:${ports[i]}/readyz`, 90_000)),
    );
    for (const body of ready) expect(body).toMatchObject({ status: 'ready', database: true, migrated: true });

    const applied = await appliedMigrations(url);
    expect(applied).toHaveLength(shippedMigrationCount());
    expect(new Set(applied.map((m) => m.hash)).size).toBe(applied.length);

    const stopped = await Promise.all(servers.map((server) => stopProcess(server, 'SIGTERM')));
    stopped.forEach((exit, i) => {
      expect(exit.code, servers[i].stderr()).toBe(0);
    });
  }, 150_000);
});
