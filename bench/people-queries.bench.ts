/**
 * The people directory, the org-chart tree and the person page on a generated chart of N people in U units.
 * Target: the tree's first screen (roots, then one level) well under a second for 50,000 people / 3,000 units.
 *
 *   npx tsx bench/people-queries.bench.ts [people=50000] [units=3000]
 *
 * PGlite in memory by default; with DATABASE_URL (an empty database) on PostgreSQL. Each query runs once to warm
 * up, then the median of five runs is printed.
 */
import { PGlite } from '@electric-sql/pglite';
import { insertLargeOrgChart } from '../src/organisations/organisations.test-fixtures';
import { getPerson, listPeople, type PeopleQuery } from '../src/organisations/people.service';
import { treeLevel } from '../src/organisations/tree.service';
import { organisations } from '../src/platform/accounts/accounts.schema';
import { loadConfig } from '../src/platform/config';
import { type AppContext, systemContext } from '../src/platform/context';
import { type Database, openPostgres, wrapPglite } from '../src/platform/db/client';
import { migrate } from '../src/platform/db/migrate';
import { Jobs } from '../src/platform/jobs/jobs';
import { createLogger } from '../src/platform/logging/logger';
import { outboxMailer } from '../src/platform/mail/mailer';

const peopleCount = Number(process.argv[2] ?? 50_000);
const unitCount = Number(process.argv[3] ?? 3_000);

const database: Database = process.env.DATABASE_URL
  ? await openPostgres(process.env.DATABASE_URL, 4)
  : await wrapPglite(await PGlite.create());
await migrate(database);
const log = createLogger('silent');
const services = {
  config: loadConfig({ BASE_URL: 'http://localhost:3000', DATA_DIR: '.tmp/bench' }),
  database,
  log,
  jobs: new Jobs(database, log),
  mail: outboxMailer(),
};
const db = database.db;
const [org] = await db
  .insert(organisations)
  .values({ name: `Bench ${Date.now()}`, kind: 'school' })
  .returning({ id: organisations.id });

let start = performance.now();
const chart = await insertLargeOrgChart(db, org.id, peopleCount, unitCount);
await database.query('analyze');
console.log(
  `${database.kind}: inserted ${peopleCount} people in ${unitCount} units in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);

const ctx: AppContext = systemContext(services, { tenant: { orgId: org.id, role: 'hr' } });

async function time(label: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(58)} median ${runs[2].toFixed(1).padStart(7)} ms   max ${runs[4].toFixed(1).padStart(7)} ms`,
  );
}

const query = (extra: Partial<PeopleQuery>): PeopleQuery => ({
  sort: 'name',
  page: 1,
  pageSize: 50,
  status: 'active',
  ...extra,
});
const secondLevel = chart.units.u1;
const someUnit = chart.units[`u${Math.floor(unitCount / 3)}`];

await time('tree: roots', () => treeLevel(ctx));
await time('tree: children of the root', () => treeLevel(ctx, chart.units.u0));
await time('tree: children of an area unit', () => treeLevel(ctx, secondLevel));
await time('directory: first page, by name (count + page)', () => listPeople(ctx, query({})));
await time('directory: page 500, by name', () => listPeople(ctx, query({ page: 500 })));
await time('directory: by unit name', () => listPeople(ctx, query({ sort: 'unit' })));
await time('directory: by tenure', () => listPeople(ctx, query({ sort: 'tenure' })));
await time('directory: search "person 4711"', () => listPeople(ctx, query({ q: 'person 4711' })));
await time('directory: search e-mail "person123@"', () => listPeople(ctx, query({ q: 'person123@' })));
await time('directory: unit subtree (area unit)', () => listPeople(ctx, query({ unitId: secondLevel })));
await time('directory: area', () => listPeople(ctx, query({ areaId: chart.areas['boern-og-unge'] })));
await time('directory: first-line leaders', () => listPeople(ctx, query({ leader: 'first_line' })));
await time('directory: unit + leaders + search', () =>
  listPeople(ctx, query({ unitId: someUnit, leader: 'none', q: 'jensen' })),
);
await time('person page', () => getPerson(ctx, chart.people['100001'].id));

await database.close();
