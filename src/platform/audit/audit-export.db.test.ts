import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, organisations } from '../accounts/accounts.schema.js';
import { createUser } from '../accounts/users.service.js';
import { parseCsv } from '../files/csv.model.js';
import { translator } from '../i18n/i18n.js';
import { type ApiClient, type ApiResponse, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import { auditModule } from './audit.module.js';
import { auditLog } from './audit.schema.js';

const PASSWORD = 'export-test-password';
const BULK = 2345; // more than two export pages of 1000
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let orgA: string;
let adminA: ApiClient;
let englishAdminA: ApiClient;
let adminB: ApiClient;
let leaderA: ApiClient;

async function member(orgId: string, email: string, role: Role, locale: 'da' | 'en' = 'da'): Promise<ApiClient> {
  const user = await createUser(services.ctx(), { email, name: email.split('@')[0], password: PASSWORD, locale });
  await services.database.db.insert(memberships).values({ userId: user.id, orgId, role });
  return signedInClient(app, email, PASSWORD);
}

async function waitForJob(client: ApiClient, jobId: string, until: string[] = ['completed', 'failed']) {
  const deadline = Date.now() + 25_000;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${jobId}`);
    expect(res.status).toBe(200);
    if (until.includes(res.json.state)) return res.json;
    if (Date.now() > deadline) throw new Error(`job ${jobId} stuck in ${res.json.state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The CSV exactly as downloaded, bytes and text. */
async function download(client: ApiClient, fileId: string) {
  const res = await app.request(`/api/v1/files/${fileId}`, { headers: { cookie: client.cookie! } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  auditModule.defineJobs(services.jobs, services);
  await services.jobs.start({ work: true });
  const db = services.database.db;
  const [{ id: orgB }] = await db
    .insert(organisations)
    .values({ name: 'Beta Skole', kind: 'school' })
    .returning({ id: organisations.id });
  [{ id: orgA }] = await db
    .insert(organisations)
    .values({ name: 'Ærø; "Øst" Region', kind: 'region' })
    .returning({ id: organisations.id });
  adminA = await member(orgA, 'admin@alfa.test', 'admin');
  englishAdminA = await member(orgA, 'english@alfa.test', 'admin', 'en');
  leaderA = await member(orgA, 'leader@alfa.test', 'leader');
  adminB = await member(orgB, 'admin@beta.test', 'admin');

  await db.insert(auditLog).values([
    {
      orgId: orgA,
      at: new Date('2026-07-01T10:00:00Z'),
      action: 'person.read',
      actorEmail: '=HYPERLINK("http://evil.example","klik")',
      entityType: 'person',
      entityId: '+45 12 34 56 78',
      ip: '@SUM(A1:A2)',
      details: { note: 'Søren; "Åse"\nlinje 2' },
    },
    { orgId: orgA, at: new Date('2026-07-01T11:00:00Z'), action: '-cmd', actorEmail: '\tx@alfa.test' },
    { orgId: orgB, at: new Date('2026-07-01T10:30:00Z'), action: 'beta.secret', actorEmail: 'b@beta.test' },
  ]);
  await services.database.query(
    `insert into audit_log (org_id, at, action, actor_email, entity_type, entity_id)
     select $1, '2026-06-01T00:00:00Z'::timestamptz + (n || ' seconds')::interval, 'bulk.row', 'bulk@alfa.test',
            'bulk', 'row-' || n
     from generate_series(1, ${BULK}) n`,
    [orgA],
  );
});
afterAll(() => services?.close());

describe('audit export, end to end', () => {
  let jobId: string;
  let status: Record<string, unknown> & { result: { fileId: string; rows: number } };
  let download1: Awaited<ReturnType<typeof download>>;

  it('queues an export (202 with a job id) and audit-logs the request', async () => {
    const res = await adminA.post('/api/v1/audit/exports', { to: '2026-08-01' });
    expect(res.status).toBe(202);
    jobId = res.json.jobId;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const [entry] = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgA), eq(auditLog.action, 'audit.export_requested')));
    expect(entry).toMatchObject({ actorEmail: 'admin@alfa.test', entityType: 'job', entityId: jobId });
  });

  it('completes with progress 100, a Danish message and a file id', async () => {
    status = await waitForJob(adminA, jobId);
    expect(status.error).toBeNull();
    expect(status).toMatchObject({ queue: 'audit-export', state: 'completed', percent: 100 });
    const rows = BULK + 2;
    expect(status.result.rows).toBe(rows);
    expect(status.message).toBe(translator('da')('jobs.progress.audit_export_done', { count: rows }));
    expect(status.message).toContain('2.347');
  });

  it('serves the file as a UTF-8 CSV attachment with a BOM, nosniff and the Danish file name', async () => {
    download1 = await download(adminA, status.result.fileId);
    const { res, bytes } = download1;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="haendelseslog-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''h%C3%A6ndelseslog-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
  });

  it("holds every row of the organisation once, in Copenhagen time, with formulas neutralised and no other org's rows", async () => {
    const rows = parseCsv(download1.text);
    expect(rows[0]).toEqual(translator('da')('audit.csv_header').split(';'));
    const body = rows.slice(1);
    expect(body).toHaveLength(BULK + 2);
    expect(download1.text).not.toContain('beta');
    const bulkIds = new Set(body.filter((r) => r[3] === 'bulk.row').map((r) => r[5]));
    expect(bulkIds.size).toBe(BULK);
    // Newest first: the two July rows, then the bulk rows from the newest down.
    expect(body[0]).toEqual(['2026-07-01 13:00:00', 'Ærø; "Øst" Region', "'\tx@alfa.test", "'-cmd", '', '', '', '']);
    expect(body[1]).toEqual([
      '2026-07-01 12:00:00',
      'Ærø; "Øst" Region',
      `'=HYPERLINK("http://evil.example","klik")`,
      'person.read',
      'person',
      "'+45 12 34 56 78",
      "'@SUM(A1:A2)",
      JSON.stringify({ note: 'Søren; "Åse"\nlinje 2' }),
    ]);
    expect(body[2][5]).toBe(`row-${BULK}`);
    expect(body.at(-1)![5]).toBe('row-1');
    expect(body.at(-1)![0]).toBe('2026-06-01 02:00:01');
  });

  it('audit-logs the finished export, and downloading it', async () => {
    const entries = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgA), eq(auditLog.entityId, status.result.fileId)));
    expect(entries.map((e) => e.action).sort()).toEqual(['audit.exported', 'file.downloaded']);
    const exported = entries.find((e) => e.action === 'audit.exported')!;
    expect(exported.actorEmail).toBe('admin@alfa.test');
    expect(exported.details).toMatchObject({ rows: BULK + 2, jobId });
  });

  it('exports with filters in the English language of an English-speaking admin', async () => {
    const res = await englishAdminA.post('/api/v1/audit/exports', { action: 'person.read' });
    expect(res.status).toBe(202);
    const done = await waitForJob(englishAdminA, res.json.jobId);
    expect(done.state).toBe('completed');
    expect(done.message).toBe('The audit log has been exported (1 row).');
    const { res: file, text } = await download(englishAdminA, done.result.fileId);
    expect(file.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Time', 'Organisation', 'User', 'Action', 'Type', 'Id', 'IP', 'Details']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['person.read']);
  });

  it('rejects a bad filter before queueing anything', async () => {
    const res = await adminA.post('/api/v1/audit/exports', { from: '31-12-2026' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toBe('from');
  });

  it('keeps the job and the file from another organisation (404), and the export from non-admins (403)', async () => {
    const job: ApiResponse = await adminB.get(`/api/v1/jobs/${jobId}`);
    expect(job.status).toBe(404);
    const file = await download(adminB, status.result.fileId);
    expect(file.res.status).toBe(404);
    expect(file.text).not.toContain('person.read');
    expect((await leaderA.post('/api/v1/audit/exports', {})).status).toBe(403);
  });

  it('keeps the export from members who are not admins: the job and the file answer 404', async () => {
    expect((await leaderA.get(`/api/v1/jobs/${jobId}`)).status).toBe(404);
    const file = await download(leaderA, status.result.fileId);
    expect(file.res.status).toBe(404);
  });
});
