import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './lockfile.js';

/** The Drizzle handle every service uses; the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A Drizzle handle that may be a transaction: services accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs a query and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** pg-boss executor: parameterless multi-statement scripts must go through `exec` on PGlite. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

// Timestamps come back as strings in ISO-ish text from pg; keep them as JS Dates via drizzle's column mapping.
export async function openPostgres(connectionString: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => {
    // an idle client lost its connection: the pool replaces it; queries report their own errors
  });
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pool,
    async query(text, params) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows;
    },
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[]);
      return { rows: result.rows };
    },
    close: () => pool.end(),
  };
}

const BYTEA_OID = 17;

export async function wrapPglite(pglite: PGlite, release: () => void = () => {}): Promise<Database> {
  // PGlite 0.5.17 serialises bytea parameters one byte at a time through strings (hundreds of MB for a 15 MB
  // upload); hex in one Buffer call is the same wire format at a fraction of the memory.
  (pglite as unknown as { serializers: Record<number, (v: Uint8Array) => string> }).serializers[BYTEA_OID] = (v) =>
    `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
  const db = drizzlePglite(pglite) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    async query(text, params) {
      const result = await pglite.query(text, params as unknown[]);
      return result.rows as never[];
    },
    async executeSql(text, values) {
      if (!values?.length) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows };
    },
    async close() {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Postgres's default 128 MB of shared buffers is all resident in this process from the moment PGlite opens (~110 MB
 * of the ~240 MB PGlite took). 16 MB is enough here: the data directory's pages also sit in the OS's file cache, and
 * the queries of bench/people-queries.bench.ts on 50,000 people in a data directory ran as fast with 16 MB as with
 * 128 MB; it keeps a 50,000-person org-chart import under 500 MB (bench/orgchart-db-import.bench.ts).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens the embedded database in `dataDir`, holding its lockfile for the life of the process. */
export async function openPglite(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir: `${dataDir}/pgdata`, startParams: PGLITE_START_PARAMS });
    return wrapPglite(pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock on a connection of its own, so processes sharing the
 * database take turns (the lock is held across `fn`'s statements and transactions). PGlite has one process: it runs.
 */
export async function withAdvisoryLock<T>(database: Database, lockId: number, fn: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return fn();
  const client = await database.pool!.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [lockId]);
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [lockId]).catch((error: Error) => {
      broken = error; // never hand a connection that may still hold the lock back to the pool
    });
    client.release(broken);
  }
}

export async function ping(database: Database): Promise<boolean> {
  try {
    await database.db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
