import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.js';

/**
 * Runs a raw SQL query and returns its rows, typed by the caller. pg and PGlite both answer `{ rows }`, but drizzle's
 * union of the two drivers types `execute` as unknown; this is the one place that says so.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows?: unknown[] } | unknown[];
  return (Array.isArray(result) ? result : (result.rows ?? [])) as T[];
}
