/**
 * Child process for the SIGKILL safety test: opens the embedded database in DATA_DIR like the app does (lockfile,
 * migrations), then commits one row per transaction forever and prints each id only after its commit returned.
 * The test kills it with SIGKILL and checks that every printed id survived.
 */
import { sql } from 'drizzle-orm';
import { openPglite } from '../client.js';
import { migrate } from '../migrate.js';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');

const database = await openPglite(dataDir);
await migrate(database);
await database.query('create table if not exists crash_probe (id integer primary key, note text not null)');
const [{ next }] = await database.query<{ next: number }>('select coalesce(max(id), 0) + 1 as next from crash_probe');
process.stdout.write('ready\n');

for (let id = Number(next); ; id++) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`insert into crash_probe (id, note) values (${id}, ${`row ${id}`})`);
  });
  process.stdout.write(`committed ${id}\n`);
}
