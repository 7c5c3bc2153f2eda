import fs from 'node:fs';
import path from 'node:path';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder as defaultFolder } from '../paths.js';
import type { Database } from './client.js';

/** Arbitrary but fixed: every Frontline process takes this advisory lock before migrating. */
export const MIGRATION_LOCK_ID = 7_391_024_511;

/**
 * Applies pending migrations. On PostgreSQL several processes may start at once: the advisory lock, taken on the
 * same connection that runs the migrator, makes the others wait and then find nothing left to do.
 */
export async function migrate(database: Database, migrationsFolder = defaultFolder): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(drizzlePglite(database.pglite!), { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
}

/** Number of migrations shipped with this build. */
export function shippedMigrationCount(migrationsFolder = defaultFolder): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** True when every shipped migration has been applied (used by /readyz). */
export async function isMigrated(database: Database, migrationsFolder = defaultFolder): Promise<boolean> {
  try {
    const rows = await database.query<{ n: string | number }>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    return Number(rows[0]?.n ?? 0) >= shippedMigrationCount(migrationsFolder);
  } catch {
    return false;
  }
}
