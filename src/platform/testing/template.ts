import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, wrapPglite } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { Jobs } from '../jobs/jobs.js';
import { createLogger } from '../logging/logger.js';
import { projectRoot } from '../paths.js';

/** Where the migrated PGlite template lives for a test run. */
export const pgliteTemplatePath = path.join(projectRoot, '.tmp', 'pglite-template.tar');
export const postgresTemplateName = 'frontline_test_template';

const silent = createLogger('silent');

/** Migrates a fresh in-memory PGlite (and the pg-boss schema) and dumps it for tests to load (~0.6 s each). */
export async function buildPgliteTemplate(): Promise<void> {
  const database = await wrapPglite(await PGlite.create());
  await migrate(database);
  const jobs = new Jobs(database, silent);
  await jobs.start({ work: false });
  await jobs.stop();
  const dump = await database.pglite!.dumpDataDir('none');
  fs.mkdirSync(path.dirname(pgliteTemplatePath), { recursive: true });
  fs.writeFileSync(pgliteTemplatePath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Recreates the PostgreSQL template database, migrated, from TEST_DATABASE_URL. */
export async function buildPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${postgresTemplateName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${postgresTemplateName}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(withDatabase(adminUrl, postgresTemplateName), 2);
  await migrate(database);
  const jobs = new Jobs(database, silent);
  await jobs.start({ work: false });
  await jobs.stop();
  await database.close();
}
