import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../platform/accounts/accounts.schema.js';
import { expectProblem } from '../platform/accounts/accounts.test-fixtures.js';
import { parseCsv } from '../platform/files/csv.model.js';
import { storedFiles } from '../platform/files/files.schema.js';
import { translator } from '../platform/i18n/i18n.js';
import type { ApiClient } from '../platform/testing/http-client.js';
import { orgUnits, people } from './organisations.schema.js';
import { auditEntries, type PeopleTest, startPeopleTest, waitForJob } from './people.test-fixtures.js';

let t: PeopleTest;
const HOSTILE = {
  name: '=HYPERLINK("http://x")',
  jobTitle: '+1',
  employeeId: '-2',
  unit: '@SUM(A1)',
};

beforeAll(async () => {
  t = await startPeopleTest({ jobs: true });
  const db = t.services.database.db;
  const jens = t.a.people['12'];
  await db
    .update(people)
    .set({ name: HOSTILE.name, jobTitle: HOSTILE.jobTitle, employeeId: HOSTILE.employeeId })
    .where(eq(people.id, jens.id));
  await db.update(orgUnits).set({ name: HOSTILE.unit }).where(eq(orgUnits.id, t.a.units.parkdrift));
});
afterAll(() => t?.services.close());

async function exportFile(client: ApiClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/people/exports', body);
  expect(res.status, res.text).toBe(202);
  const job = await waitForJob(client, res.json.jobId);
  expect(job.state, job.error).toBe('completed');
  const download = await t.app.request(`/api/v1/files/${job.result.fileId}`, { headers: { cookie: client.cookie! } });
  expect(download.status).toBe(200);
  return { job, download, bytes: Buffer.from(await download.arrayBuffer()) };
}

const header = translator('da')('people_export.header').split(';');

describe('POST /people/exports', () => {
  it('writes a CSV with BOM and semicolons, formulas neutralised, and stores it for 7 days', async () => {
    const { job, download, bytes } = await exportFile(t.hrA, { format: 'csv', sort: 'name' });
    expect(download.headers.get('content-type')).toContain('text/csv');
    expect(download.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''personer-\d{4}-\d{2}-\d{2}\.csv/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(1 + 12);
    const jens = rows.find((r) => r[0] === t.a.people['12'].pseudonym)!;
    expect(jens.slice(0, 3)).toEqual([t.a.people['12'].pseudonym, "'-2", `'${HOSTILE.name}`]);
    expect(jens[4]).toBe("'+1");
    expect(jens[5]).toBe("'@SUM(A1)");
    const soeren = rows.find((r) => r[1] === '11')!;
    expect(soeren.slice(2, 9)).toEqual([
      'Søren Ærbø',
      'soeren.aerboe@kommune.test',
      'Teamleder',
      "'@SUM(A1)",
      'Teknik og Miljø',
      'Bekræftet af HR',
      '2019-03-01',
    ]);
    expect(job.percent).toBe(100);
    expect(job.message).toBe('Personlisten er eksporteret (12 personer).');
    const [file] = await t.services.database.db.select().from(storedFiles).where(eq(storedFiles.id, job.result.fileId));
    const days = (file.expiresAt!.getTime() - file.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
  });

  it('writes an XLSX with every cell a neutralised string, never a formula', async () => {
    const { bytes, download } = await exportFile(t.hrA, { format: 'xlsx' });
    expect(download.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Personer');
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.rowCount).toBe(1 + 12);
    let found = false;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      });
      if (row.getCell(1).value === t.a.people['12'].pseudonym) {
        found = true;
        expect([row.getCell(2).value, row.getCell(3).value, row.getCell(5).value, row.getCell(6).value]).toEqual([
          "'-2",
          `'${HOSTILE.name}`,
          "'+1",
          "'@SUM(A1)",
        ]);
      }
    });
    expect(found).toBe(true);
  });

  it("exports what the filter selects, in the requester's language, and audit-logs it", async () => {
    const db = t.services.database.db;
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, t.hrAUserId));
    const res = await t.hrA.post('/api/v1/people/exports', { format: 'csv', leader: 'first_line' });
    await db.update(users).set({ locale: 'da' }).where(eq(users.id, t.hrAUserId));
    expect(res.status).toBe(202);
    const { jobId } = res.json;
    const job = await waitForJob(t.hrA, jobId);
    const download = await t.app.request(`/api/v1/files/${job.result.fileId}`, { headers: { cookie: t.hrA.cookie! } });
    const rows = parseCsv(await download.text());
    expect(rows[0][0]).toBe('Pseudonym');
    expect(rows[0][1]).toBe('Employee id');
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Annelise Thygesen', 'Søren Ærbø']);
    const requested = await auditEntries(t.services, t.a.orgId, 'people.export_requested');
    expect(requested.find((e) => e.entityId === jobId)?.details).toEqual({
      format: 'csv',
      filter: { leader: 'first_line', status: 'active' },
    });
    const exported = await auditEntries(t.services, t.a.orgId, 'people.exported');
    expect(exported.find((e) => e.entityId === job.result.fileId)?.details).toMatchObject({ rows: 2, format: 'csv' });
  });

  it("never exports another organisation's people", async () => {
    const { bytes } = await exportFile(t.hrB, { format: 'csv', status: 'all' });
    const ids = parseCsv(bytes.toString('utf8'))
      .slice(1)
      .map((r) => r[0]);
    expect(ids.sort()).toEqual(
      Object.values(t.b.people)
        .map((p) => p.pseudonym)
        .sort(),
    );
    expect(bytes.toString('utf8')).not.toContain('HYPERLINK');
  });

  it('refuses a bad format or filter with a 400 problem, and other roles with 403', async () => {
    expectProblem(await t.hrA.post('/api/v1/people/exports', { format: 'pdf' }), 400, 'validation');
    expectProblem(await t.hrA.post('/api/v1/people/exports', {}), 400, 'validation');
    expectProblem(await t.hrA.post('/api/v1/people/exports', { format: 'csv', unitId: 'x' }), 400, 'validation');
    const analyst = await t.clientA('analyst');
    expectProblem(await analyst.post('/api/v1/people/exports', { format: 'csv' }), 403, 'forbidden');
  });
});
