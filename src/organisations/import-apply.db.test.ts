/** The apply under stress: two at once, and a failure half-way through the writes. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import {
  applyAndWait,
  BASE_CHART,
  csvText,
  orgWithMember,
  tableCounts,
  uploadAndPreview,
  utf8,
  waitForJob,
} from './import.test-fixtures.js';
import { orgchartImports, orgchartMappings, people } from './organisations.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  await services.jobs.start({ work: true });
});
afterAll(() => services?.close());

describe('concurrent applies', () => {
  it('lets only one of two simultaneous applies of an import through', async () => {
    const org = await orgWithMember(services, app, 'dobbelt');
    const detail = await uploadAndPreview(app, org.client, 'a.csv', utf8(csvText(BASE_CHART)));
    const url = `/api/v1/orgchart/imports/${detail.id}/apply`;
    const answers = await Promise.all([org.client.post(url), org.client.post(url), org.client.post(url)]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([202, 409, 409]);
    for (const r of answers.filter((a) => a.status === 409))
      expect(['import_busy', 'import_already_applied']).toContain(r.json.code);
    const accepted = answers.find((r) => r.status === 202)!;
    expect((await waitForJob(org.client, accepted.json.jobId)).state).toBe('completed');
    expect(await tableCounts(services, org.orgId)).toEqual({ people: 8, units: 5, pseudonyms: 8 });
  });

  it('serialises two imports of one organisation: the second is diffed against the first', async () => {
    const org = await orgWithMember(services, app, 'to-filer');
    const first = await uploadAndPreview(app, org.client, 'a.csv', utf8(csvText(BASE_CHART)));
    const second = await uploadAndPreview(app, org.client, 'b.csv', utf8(csvText(BASE_CHART.slice(0, 5))));
    const [a, b] = await Promise.all([
      org.client.post(`/api/v1/orgchart/imports/${first.id}/apply`),
      org.client.post(`/api/v1/orgchart/imports/${second.id}/apply`),
    ]);
    expect([a.status, b.status]).toEqual([202, 202]);
    const [jobA, jobB] = [await waitForJob(org.client, a.json.jobId), await waitForJob(org.client, b.json.jobId)];
    expect([jobA.state, jobB.state]).toEqual(['completed', 'completed']);
    const rows = await services.database.db.select().from(people).where(eq(people.orgId, org.orgId));
    expect(rows).toHaveLength(8);
    // Whichever ran second saw the first one's people, so nobody was added twice and the counts add up.
    const added = jobA.result.added + jobB.result.added;
    expect(added).toBe(8);
    const active = rows.filter((p) => p.status === 'active').length;
    expect([5, 8]).toContain(active);
  });
});

describe('a failing apply', () => {
  it('writes nothing, marks the import failed and shows the error in the job', async () => {
    const org = await orgWithMember(services, app, 'fejl');
    // A database error after the units are written and while the people go in.
    await services.database.executeSql(`
      create function refuse_boom() returns trigger language plpgsql as $$
      begin
        if new.name = 'Bent Boom' then raise exception 'test failure: refused %', new.employee_id; end if;
        return new;
      end $$;
      create trigger refuse_boom before insert on people for each row execute function refuse_boom();`);
    try {
      const rows = [
        ...BASE_CHART,
        ['99', 'Bent Boom', 'bent@k.dk', 'Lærer', 'Skole A', 'Kommune/Skoler/Skole A', '3', ''],
      ];
      const detail = await uploadAndPreview(app, org.client, 'boom.csv', utf8(csvText(rows)));
      expect(detail.status).toBe('previewed');
      const job = await applyAndWait(org.client, detail.id);
      expect(job.state).toBe('failed');
      expect(job.error).toContain('test failure: refused 99');
      // The visible error is the database's message, not the statement with everyone's names in it.
      expect(job.error).not.toContain('carl@k.dk');

      expect(await tableCounts(services, org.orgId)).toEqual({ people: 0, units: 0, pseudonyms: 0 });
      const [mapping] = await services.database.db
        .select()
        .from(orgchartMappings)
        .where(eq(orgchartMappings.orgId, org.orgId));
      expect(mapping).toBeUndefined();
      const [row] = await services.database.db.select().from(orgchartImports).where(eq(orgchartImports.id, detail.id));
      expect(row).toMatchObject({ status: 'failed', appliedAt: null, result: null });
      const again = await org.client.post(`/api/v1/orgchart/imports/${detail.id}/apply`);
      expect(again.status).toBe(409);
    } finally {
      await services.database.executeSql('drop trigger refuse_boom on people; drop function refuse_boom();');
    }
  });
});
