/**
 * Erasure end to end: leave traces of a person everywhere the app writes (audit log, consents, exports, mail,
 * invitations, import previews, job progress), erase them, then scan every row of every table for their id, name
 * and e-mail.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { inviteMember } from '../platform/accounts/members.service.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import { saveFile } from '../platform/files/files.service.js';
import { jobProgress } from '../platform/jobs/jobs.schema.js';
import { sendMail } from '../platform/mail/mail.service.js';
import { registerErasureStep } from './erasure.service.js';
import { createPseudonymGenerator } from './import-diff.model.js';
import { consents, issuedPseudonyms, orgchartImports, people } from './organisations.schema.js';
import type { FixturePerson } from './organisations.test-fixtures.js';
import { auditEntries, type PeopleTest, startPeopleTest, waitForJob } from './people.test-fixtures.js';

let t: PeopleTest;
let target: FixturePerson;
let asAdmin: AppContext;

/** Every row of every table, as text, that contains one of the needles (case-insensitive). */
async function scan(needles: string[]): Promise<{ table: string; row: string }[]> {
  const database = t.services.database;
  const tables = await database.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema in ('public', 'pgboss')`,
  );
  expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['people', 'audit_log', 'consents']));
  const found: { table: string; row: string }[] = [];
  for (const { schema, name } of tables) {
    const rows = await database.query<{ row: string }>(
      `select t::text as row from "${schema}"."${name}" t where ${needles.map((_, i) => `t::text ilike $${i + 1}`).join(' or ')}`,
      needles.map((n) => `%${n}%`),
    );
    for (const r of rows) found.push({ table: `${schema}.${name}`, row: r.row.slice(0, 300) });
  }
  return found;
}

const traceNeedles = () => [target.id, target.name, target.email!];

beforeAll(async () => {
  t = await startPeopleTest({ jobs: true });
  target = t.a.people['21'];
  // B's chart is the same fixture: its Annelise gets another name, so the scan below finds only A's.
  await t.services.database.db
    .update(people)
    .set({ name: 'Birthe Bech', email: 'birthe.bech@beta.test' })
    .where(eq(people.id, t.b.people['21'].id));
  asAdmin = { ...t.ctxA, tenant: { orgId: t.a.orgId, role: 'admin' } };
  const { hrA, adminA } = t;
  const path = `/api/v1/people/${target.id}`;

  expect((await hrA.get(path)).status).toBe(200);
  const consent = await hrA.post(`${path}/consents`, { purpose: 'Interview', method: 'paper', givenAt: '2026-01-05' });
  expect((await hrA.post(`/api/v1/consents/${consent.json.id}/withdraw`)).status).toBe(200);
  await hrA.post(`${path}/consents`, { purpose: 'Spørgeskema', method: 'email', givenAt: '2026-02-05', note: 'ok' });
  expect((await hrA.get(`${path}/export`)).status).toBe(200);
  expect((await hrA.get(`${path}/export.html`)).status).toBe(200);
  expect((await hrA.get(`/api/v1/people?q=${encodeURIComponent(target.name)}`)).json.total).toBe(1);
  await recordAudit(t.ctxA, {
    action: 'leaders.decided',
    entityType: 'people',
    details: { decision: 'confirmed', personIds: [target.id, t.a.people['11'].id] },
  });
  // Exports that hold their name: people (CSV and XLSX, one filtered by their name), the audit log (their id).
  for (const body of [{ format: 'csv' }, { format: 'xlsx' }, { format: 'csv', q: target.name }]) {
    const job = await waitForJob(hrA, (await hrA.post('/api/v1/people/exports', body)).json.jobId);
    expect(job.state).toBe('completed');
  }
  const auditExport = await adminA.post('/api/v1/audit/exports', {});
  expect((await waitForJob(adminA, auditExport.json.jobId)).state).toBe('completed');
  // Mail to them and about them, and an invitation to sign in.
  await sendMail(asAdmin, { to: target.email!, subject: 'Interview', text: 'Hej', kind: 'test', orgId: t.a.orgId });
  await sendMail(asAdmin, {
    to: 'hr-kollega@kommune.test',
    subject: 'Booking',
    text: `${target.name} har booket en samtale.`,
    kind: 'test',
    orgId: t.a.orgId,
  });
  await sendMail(asAdmin, {
    to: 'x@kommune.test',
    subject: 'Andet',
    text: 'Intet om nogen',
    kind: 'test',
    orgId: t.a.orgId,
  });
  await inviteMember(asAdmin, { email: target.email!, role: 'leader' });
  // An import whose uploaded file and preview name them.
  const upload = await saveFile(asAdmin, {
    name: 'org.csv',
    contentType: 'text/csv',
    bytes: new TextEncoder().encode(`21;${target.name};${target.email}\n22;Peter Østergaard;x`),
  });
  await t.services.database.db.insert(orgchartImports).values({
    orgId: t.a.orgId,
    fileId: upload.id,
    fileName: 'org.csv',
    status: 'previewed',
    preview: {
      counts: { added: 2 },
      samples: {
        added: [
          { employeeId: '21', name: target.name, jobTitle: 'Afdelingsleder', unit: 'Skoler' },
          { employeeId: '22', name: 'Peter Østergaard', jobTitle: 'Lærer', unit: 'Skoler' },
        ],
      },
      problems: [{ code: 'duplicate_employee_id', row: 4, params: { value: '21' } }],
    },
  });
  await t.services.database.db.insert(jobProgress).values({
    jobId: randomUUID(),
    queue: 'orgchart-apply',
    orgId: t.a.orgId,
    message: `Opdaterer ${target.name}`,
  });
  expect((await scan(traceNeedles())).length).toBeGreaterThan(15);
});
afterAll(() => t?.services.close());

describe('DELETE /people/{id}', () => {
  it('is for administrators only', async () => {
    expectProblem(await t.hrA.request('DELETE', `/api/v1/people/${target.id}`), 403, 'forbidden');
    const [still] = await t.services.database.db.select().from(people).where(eq(people.id, target.id));
    expect(still).toBeDefined();
  });

  it('rolls everything back when a step fails half-way', async () => {
    const db = t.services.database.db;
    const before = await scan(traceNeedles());
    const unregister = registerErasureStep('failing', async (tx, person) => {
      // A later domain's step that sees the person and then breaks.
      expect(person.id).toBe(target.id);
      await tx.execute(sql`select 1`);
      throw new Error('step failed');
    });
    try {
      const res = await t.adminA.request('DELETE', `/api/v1/people/${target.id}`);
      expectProblem(res, 500, 'internal');
    } finally {
      unregister();
    }
    expect(await db.select().from(people).where(eq(people.id, target.id))).toHaveLength(1);
    expect(await scan(traceNeedles())).toEqual(before);
  });

  it("answers 404 for another organisation's person and erases nothing", async () => {
    const other = t.b.people['21'];
    expectProblem(await t.adminA.request('DELETE', `/api/v1/people/${other.id}`), 404, 'not_found');
    const [still] = await t.services.database.db.select().from(people).where(eq(people.id, other.id));
    expect(still.name).toBe('Birthe Bech');
    expectProblem(await t.adminA.request('DELETE', '/api/v1/people/not-a-uuid'), 400, 'validation');
  });

  it('removes every trace of the person from every table, touching nobody else', async () => {
    const db = t.services.database.db;
    const othersBefore = await db.select().from(people).where(ne(people.id, target.id));
    const otherConsentsBefore = await db.select().from(consents).where(ne(consents.personId, target.id));

    const res = await t.adminA.request('DELETE', `/api/v1/people/${target.id}`);
    expect(res.status, res.text).toBe(204);

    expect(await scan(traceNeedles())).toEqual([]);

    // Everyone else as before, except that the reports of the erased person have no manager link now.
    const othersAfter = await db.select().from(people);
    const reports = new Set(['22', '23']);
    expect(othersAfter.length).toBe(othersBefore.length);
    for (const before of othersBefore) {
      const after = othersAfter.find((p) => p.id === before.id)!;
      if (before.orgId === t.a.orgId && reports.has(before.employeeId)) {
        expect(after.managerEmployeeId).toBeNull();
        expect({ ...after, managerEmployeeId: '21', updatedAt: null }).toEqual({ ...before, updatedAt: null });
      } else {
        expect(after).toEqual(before);
      }
    }
    expect(await db.select().from(consents)).toEqual(otherConsentsBefore);
  });

  it('keeps the pseudonym issued so it is never given to anyone else', async () => {
    const issued = await t.services.database.db
      .select({ code: issuedPseudonyms.code })
      .from(issuedPseudonyms)
      .where(eq(issuedPseudonyms.orgId, t.a.orgId));
    const codes = issued.map((r) => r.code);
    expect(codes).toContain(target.pseudonym);
    // A random source whose first draw is exactly the erased code's number: the generator must skip it.
    const n = Number(target.pseudonym.slice(2));
    const draws = [n / 10_000 + 1e-9, 0.123456, 0.654321, 0.999];
    const next = createPseudonymGenerator(codes, () => draws.shift() ?? Math.random());
    const fresh = next();
    expect(fresh).not.toBe(target.pseudonym);
    expect(codes).not.toContain(fresh);
  });

  it('logs the erasure without personal data, and the person is gone for good', async () => {
    const [entry] = await auditEntries(t.services, t.a.orgId, 'person.erased');
    expect(entry).toMatchObject({ entityType: 'person', entityId: 'erased' });
    expect(JSON.stringify(entry)).not.toContain(target.pseudonym);
    // Each kind of trace left in beforeAll was found: read, 2 consents recorded, 1 withdrawn, 2 access exports;
    // 3 people exports, the audit export and the upload; mail to them, about them, and the invitation.
    expect(entry.details).toMatchObject({
      consents: 2,
      managerLinks: 2,
      auditEntries: 6,
      outbox: 3,
      invitations: 1,
      importPreviews: 1,
      files: 5,
      jobMessages: 1,
      jobPayloads: 1,
    });
    expect(entry.details?.auditDetails).toBeGreaterThanOrEqual(3);
    expectProblem(await t.adminA.get(`/api/v1/people/${target.id}`), 404, 'not_found');
    expectProblem(await t.adminA.request('DELETE', `/api/v1/people/${target.id}`), 404, 'not_found');
    // What happened stays in the log, not to whom.
    const reads = await auditEntries(t.services, t.a.orgId, 'person.read');
    expect(reads.some((e) => e.entityId === 'erased' && e.details === null)).toBe(true);
    // Mail about others is kept.
    const unrelated = await t.services.database.query(`select 1 from outbox_messages where subject = 'Andet'`);
    expect(unrelated).toHaveLength(1);
    const [imported] = await t.services.database.db
      .select()
      .from(orgchartImports)
      .where(and(eq(orgchartImports.orgId, t.a.orgId)));
    const preview = imported.preview as { samples: { added: { name: string }[] } };
    expect(preview.samples.added.map((s) => s.name)).toEqual(['Peter Østergaard']);
    expect(imported.fileId).toBeNull();
  });
});
