import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/audit/audit.schema.js';
import { translator } from '../platform/i18n/i18n.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import {
  applyAndWait,
  BASE_CHART,
  csvText,
  latin1,
  type OrgFixture,
  orgWithMember,
  personByEmployeeId,
  tableCounts,
  upload,
  uploadAndPreview,
  utf8,
  waitForJob,
  xlsxBytes,
} from './import.test-fixtures.js';
import { orgUnits, people } from './organisations.schema.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let beta: OrgFixture;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  await services.jobs.start({ work: true });
  alfa = await orgWithMember(services, app, 'alfa');
  beta = await orgWithMember(services, app, 'beta');
});
afterAll(() => services?.close());

describe('upload, preview, apply', () => {
  let importId: string;

  it('previews an upload with counts, headers and the suggested mapping, writing nothing', async () => {
    const detail = await uploadAndPreview(app, alfa.client, 'organisation.csv', utf8(csvText(BASE_CHART)));
    importId = detail.id;
    expect(detail.status).toBe('previewed');
    expect(detail.preview.counts).toEqual({
      rows: 8,
      people: 8,
      units: 5,
      added: 8,
      changed: 0,
      left: 0,
      returned: 0,
      unchanged: 0,
      leadersSuggested: 2,
    });
    expect(detail.preview.canApply).toBe(true);
    expect(detail.preview.problemCount).toBe(0);
    expect(detail.headers).toContain('Leder medarbejdernr');
    expect(detail.mapping).toMatchObject({ employeeId: 'Medarbejdernr', managerEmployeeId: 'Leder medarbejdernr' });
    expect(detail.fields).toContainEqual({ field: 'employeeId', required: true });
    expect(detail.preview.samples.added[2]).toEqual({
      employeeId: '3',
      name: 'Carl Teamleder',
      jobTitle: 'Teamleder',
      unit: 'Skole A',
    });
    expect(await tableCounts(services, alfa.orgId)).toEqual({ people: 0, units: 0, pseudonyms: 0 });
    const list = await alfa.client.get('/api/v1/orgchart/imports');
    expect(list.json.imports[0]).toMatchObject({ id: importId, status: 'previewed', createdByName: 'hr' });
  });

  it('reports progress in the requester’s language', async () => {
    const detail = await alfa.client.get(`/api/v1/orgchart/imports/${importId}`);
    const job = await alfa.client.get(`/api/v1/jobs/${detail.json.jobId}`);
    expect(job.json.message).toBe(translator('da')('organisations.progress.previewed', { count: 8, problems: 0 }));
  });

  it('applies: units with parents, people with pseudonyms, leader suggestions, the mapping remembered', async () => {
    const job = await applyAndWait(alfa.client, importId);
    expect(job.state, job.error).toBe('completed');
    expect(job.result).toMatchObject({ added: 8, changed: 0, left: 0, returned: 0, leadersSuggested: 2 });
    expect(await tableCounts(services, alfa.orgId)).toEqual({ people: 8, units: 5, pseudonyms: 8 });

    const rows = await services.database.db.select().from(people).where(eq(people.orgId, alfa.orgId));
    expect(new Set(rows.map((p) => p.pseudonym)).size).toBe(8);
    for (const p of rows) expect(p.pseudonym).toMatch(/^L-\d{4}$/);
    const leaders = rows.filter((p) => p.leaderSuggestion === 'first_line').map((p) => p.employeeId);
    expect(leaders.sort()).toEqual(['3', '6']);
    const carl = rows.find((p) => p.employeeId === '3')!;
    expect(carl).toMatchObject({ leaderConfidence: 'high', leaderSince: '2020-01-01', status: 'active' });
    expect(carl.leaderReasons?.map((r) => r.code)).toContain('title_suggests_first_line');

    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, alfa.orgId));
    const byKey = new Map(units.map((u) => [u.key, u]));
    expect(byKey.get('Kommune/Skoler/Skole A')?.parentId).toBe(byKey.get('Kommune/Skoler')?.id);
    expect(byKey.get('Kommune')?.parentId).toBeNull();
    expect(carl.unitId).toBe(byKey.get('Kommune/Skoler/Skole A')?.id);

    const mapping = await alfa.client.get('/api/v1/orgchart/mapping');
    expect(mapping.json.mapping).toMatchObject({ employeeId: 'Medarbejdernr', unitPath: 'Afdelingssti' });
    const detail = await alfa.client.get(`/api/v1/orgchart/imports/${importId}`);
    expect(detail.json).toMatchObject({ status: 'applied', result: { added: 8 } });
    expect(detail.json.appliedAt).toEqual(expect.any(String));
  });

  it('audit-logs the apply with counts and no personal data', async () => {
    const [entry] = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, alfa.orgId), eq(auditLog.action, 'orgchart.applied')));
    expect(entry).toMatchObject({ entityId: importId, details: expect.objectContaining({ added: 8, left: 0 }) });
    const text = JSON.stringify(entry);
    for (const secret of ['Carl', 'carl@k.dk', 'Teamleder']) expect(text).not.toContain(secret);
  });

  it('refuses to apply the same import twice', async () => {
    const res = await alfa.client.post(`/api/v1/orgchart/imports/${importId}/apply`);
    expect({ status: res.status, code: res.json.code }).toEqual({ status: 409, code: 'import_already_applied' });
  });
});

describe('bad input', () => {
  it('lists every problem by row and column and writes nothing', async () => {
    const before = await tableCounts(services, beta.orgId);
    const rows = [
      ['1', 'Anne', '', 'Direktør', 'Direktion', 'K/Direktion', '', ''],
      ['2', 'Bo', '', 'Chef', 'Skoler', 'K/Skoler', '1', ''],
      ['2', 'Bo igen', '', 'Chef', 'Skoler', 'K/Skoler', '1', ''],
      ['3', 'Carl', '', 'Lærer', 'Skoler', 'K/Skoler', '99', ''],
      ['4', '', '', 'Lærer', 'Skoler', 'K/Skoler', '1', ''],
      ['5', 'Eva', '', 'Lærer', 'Skoler', 'K/Skoler', '6', ''],
      ['6', 'Finn', '', 'Lærer', 'Skoler', 'K/Skoler', '5', ''],
    ];
    const detail = await uploadAndPreview(app, beta.client, 'fejl.csv', utf8(csvText(rows)));
    expect(detail.status).toBe('invalid');
    expect(detail.preview.canApply).toBe(false);
    const found = detail.preview.problems.map((p: { code: string; row?: number; column?: string }) => [
      p.code,
      p.row,
      p.column,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['duplicate_employee_id', 4, 'employeeId'],
        ['manager_not_found', 5, 'managerEmployeeId'],
        ['required_value_missing', 6, 'name'],
        ['manager_cycle', 7, 'managerEmployeeId'],
      ]),
    );
    expect(detail.preview.problemCount).toBe(detail.preview.problems.length);
    const apply = await beta.client.post(`/api/v1/orgchart/imports/${detail.id}/apply`);
    expect({ status: apply.status, code: apply.json.code }).toEqual({ status: 409, code: 'import_has_errors' });
    expect(await tableCounts(services, beta.orgId)).toEqual(before);
  });

  it('reports a .xlsx that is not a zip as a fatal problem', async () => {
    const detail = await uploadAndPreview(app, beta.client, 'liste.xlsx', utf8(csvText(BASE_CHART)));
    expect(detail.status).toBe('invalid');
    expect(detail.preview.problems).toEqual([
      expect.objectContaining({ code: 'file_content_mismatch', severity: 'fatal' }),
    ]);
    expect(detail.preview.counts.people).toBe(0);
  });

  it('refuses an upload without a file', async () => {
    const form = new FormData();
    form.append('other', 'x');
    const res = await app.request('/api/v1/orgchart/imports', {
      method: 'POST',
      body: form,
      headers: { cookie: beta.client.cookie!, 'x-csrf-token': beta.client.csrfToken! },
    });
    expect(res.status).toBe(400);
  });

  it("answers 404 for another organisation's import id, on every operation", async () => {
    const [mine] = (await alfa.client.get('/api/v1/orgchart/imports')).json.imports;
    const get = await beta.client.get(`/api/v1/orgchart/imports/${mine.id}`);
    const map = await beta.client.request('PUT', `/api/v1/orgchart/imports/${mine.id}/mapping`, { mapping: {} });
    const apply = await beta.client.post(`/api/v1/orgchart/imports/${mine.id}/apply`);
    expect([get.status, map.status, apply.status]).toEqual([404, 404, 404]);
    expect(get.text).not.toContain(mine.fileName);
  });
});

describe('files as HR systems write them', () => {
  it('imports a Latin-1 CSV with æøå, end to end', async () => {
    const org = await orgWithMember(services, app, 'latin');
    const rows = [
      ['10', 'Søren Ærø', '', 'Afdelingsleder', 'Ældrepleje', 'Kommune/Ældre og Sundhed/Ældrepleje', '', ''],
      [
        '11',
        'Åse Øster',
        '',
        'Social- og sundhedsassistent',
        'Ældrepleje',
        'Kommune/Ældre og Sundhed/Ældrepleje',
        '10',
        '',
      ],
    ];
    const bytes = latin1(csvText(rows));
    expect(bytes.length).toBe(csvText(rows).length);
    const detail = await uploadAndPreview(app, org.client, 'hr-eksport.csv', bytes);
    expect(detail.status, JSON.stringify(detail.preview.problems)).toBe('previewed');
    expect(detail.headers).toContain('Leder medarbejdernr');
    expect(detail.preview.samples.added[0]).toMatchObject({ name: 'Søren Ærø', unit: 'Ældrepleje' });
    expect((await applyAndWait(org.client, detail.id)).state).toBe('completed');
    const soren = await personByEmployeeId(services, org.orgId, '10');
    expect(soren).toMatchObject({ name: 'Søren Ærø', leaderSuggestion: 'first_line' });
    const units = await services.database.db.select().from(orgUnits).where(eq(orgUnits.orgId, org.orgId));
    expect(units.map((u) => u.name).sort()).toEqual(['Kommune', 'Ældre og Sundhed', 'Ældrepleje']);
  });

  it('imports an XLSX, and previews again with a mapping the user chose', async () => {
    const org = await orgWithMember(services, app, 'xlsx');
    const detail = await uploadAndPreview(app, org.client, 'organisation.xlsx', await xlsxBytes(BASE_CHART));
    expect(detail.status).toBe('previewed');
    expect(detail.preview.counts).toMatchObject({ people: 8, leadersSuggested: 2 });

    // Without the manager column nobody reports to anyone: the leaders are then suggested by title alone.
    const { managerEmployeeId: _dropped, ...mapping } = detail.mapping;
    const remap = await org.client.request('PUT', `/api/v1/orgchart/imports/${detail.id}/mapping`, { mapping });
    expect(remap.status, remap.text).toBe(202);
    expect((await waitForJob(org.client, remap.json.jobId)).state).toBe('completed');
    const again = (await org.client.get(`/api/v1/orgchart/imports/${detail.id}`)).json;
    expect(again.mapping.managerEmployeeId).toBeUndefined();
    expect(again.preview.counts.people).toBe(8);
    const job = await applyAndWait(org.client, detail.id);
    expect(job.state).toBe('completed');
    expect((await personByEmployeeId(services, org.orgId, '4'))?.managerEmployeeId).toBeNull();
    const carl = await personByEmployeeId(services, org.orgId, '3');
    expect(carl?.leaderConfidence).toBe('low');
    expect(carl?.leaderReasons?.map((r) => r.code)).toEqual(['no_reports', 'title_suggests_first_line']);
  });

  it('accepts multipart uploads only from admin and hr', async () => {
    const analyst = await orgWithMember(services, app, 'analyst', 'analyst');
    const res = await upload(app, analyst.client, 'x.csv', utf8(csvText(BASE_CHART)));
    expect(res.status).toBe(403);
  });
});
