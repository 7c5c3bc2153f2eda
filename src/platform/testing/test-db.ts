import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPostgres, wrapPglite } from '../db/client.js';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template.js';

/** 'postgres' when the test project runs against real PostgreSQL (TEST_DATABASE_URL), else 'pglite'. */
export const testDbKind: 'pglite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

let templateBytes: Buffer | undefined;

/**
 * A fresh, migrated database for one test file: PGlite loaded from the template dump, or a PostgreSQL database
 * created from the template database. `close()` removes it.
 */
export async function createTestDatabase(): Promise<Database> {
  if (testDbKind === 'pglite') {
    templateBytes ??= fs.readFileSync(pgliteTemplatePath);
    const pglite = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(templateBytes)]) });
    return wrapPglite(pglite);
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `frontline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplateName}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(withDatabase(adminUrl, name), 5);
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => cleanup.end());
    },
  };
}
