/**
 * Shared set-up for the org-chart database tests: an organisation with an HR member signed in, org-chart files built
 * in the test (CSV text, XLSX via exceljs), uploads through the API and a job poller.
 */
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Role } from '../platform/accounts/accounts.model.js';
import { memberClient, newOrg } from '../platform/accounts/accounts.test-fixtures.js';
import type { AppContext } from '../platform/context.js';
import type { ApiClient, ApiResponse } from '../platform/testing/http-client.js';
import type { TestServices } from '../platform/testing/test-app.js';
import type { buildApp } from '../server.js';
import { importOrgChartNow } from './import-apply.service.js';
import { issuedPseudonyms, orgUnits, people } from './organisations.schema.js';

type App = ReturnType<typeof buildApp>;

export const HEADERS = [
  'Medarbejdernr',
  'Navn',
  'E-mail',
  'Stilling',
  'Afdeling',
  'Afdelingssti',
  'Leder medarbejdernr',
  'Leder siden',
];

/**
 * A small municipality: a director, a centre chief over two schools, each school with a first-line leader (3 and
 * 6) and their staff. Columns as HEADERS.
 */
export const BASE_CHART: string[][] = [
  ['1', 'Anne Direktør', 'anne@k.dk', 'Kommunaldirektør', 'Direktion', 'Kommune/Direktion', '', ''],
  ['2', 'Bo Centerchef', 'bo@k.dk', 'Centerchef', 'Skoler', 'Kommune/Skoler', '1', ''],
  ['3', 'Carl Teamleder', 'carl@k.dk', 'Teamleder', 'Skole A', 'Kommune/Skoler/Skole A', '2', '2020-01-01'],
  ['4', 'Dorthe Pædagog', 'dorthe@k.dk', 'Pædagog', 'Skole A', 'Kommune/Skoler/Skole A', '3', ''],
  ['5', 'Erik Lærer', 'erik@k.dk', 'Lærer', 'Skole A', 'Kommune/Skoler/Skole A', '3', ''],
  ['6', 'Frida Afdelingsleder', 'frida@k.dk', 'Afdelingsleder', 'Skole B', 'Kommune/Skoler/Skole B', '2', '2025-05-01'],
  ['7', 'Gert Lærer', 'gert@k.dk', 'Lærer', 'Skole B', 'Kommune/Skoler/Skole B', '6', ''],
  ['8', 'Hanne Lærer', 'hanne@k.dk', 'Lærer', 'Skole B', 'Kommune/Skoler/Skole B', '6', ''],
];

const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function csvText(rows: string[][], headers = HEADERS): string {
  return [headers, ...rows].map((r) => r.map(quote).join(';')).join('\r\n');
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 / Latin-1 bytes (æøå are single bytes there), as older HR systems write them. */
export const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

export async function xlsxBytes(rows: string[][], headers = HEADERS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Medarbejdere');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface OrgFixture {
  orgId: string;
  client: ApiClient;
  userId: string;
  /** A service context as that HR member. */
  ctx: AppContext;
}

export async function orgWithMember(
  services: TestServices,
  app: App,
  label: string,
  role: Role = 'hr',
): Promise<OrgFixture> {
  const org = await newOrg(services, `${label} Kommune`);
  const email = `${role}@${label}.test`;
  const { user, client } = await memberClient(services, app, email, org.id, role);
  const ctx = services.ctx({
    user: { id: user.id, email, name: label, locale: 'da', isPlatformAdmin: false },
    tenant: { orgId: org.id, role },
  });
  return { orgId: org.id, client, userId: user.id, ctx };
}

/** POSTs the bytes as multipart/form-data, field `file`, with the client's session. */
export async function upload(app: App, client: ApiClient, name: string, bytes: Uint8Array): Promise<ApiResponse> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  const res = await app.request('/api/v1/orgchart/imports', {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken! },
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

export async function waitForJob(client: ApiClient, jobId: string) {
  const deadline = Date.now() + 25_000;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${jobId}`);
    expect(res.status, res.text).toBe(200);
    if (res.json.state === 'completed' || res.json.state === 'failed') return res.json;
    if (Date.now() > deadline) throw new Error(`job ${jobId} stuck in ${res.json.state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Upload, wait for the preview, return the import as GET shows it. */
export async function uploadAndPreview(app: App, client: ApiClient, name: string, bytes: Uint8Array) {
  const res = await upload(app, client, name, bytes);
  expect(res.status, res.text).toBe(202);
  const job = await waitForJob(client, res.json.jobId);
  expect(job.state, job.error).toBe('completed');
  const detail = await client.get(`/api/v1/orgchart/imports/${res.json.importId}`);
  expect(detail.status).toBe(200);
  return detail.json;
}

/** Apply through the API and wait for the job. */
export async function applyAndWait(client: ApiClient, importId: string) {
  const res = await client.post(`/api/v1/orgchart/imports/${importId}/apply`);
  expect(res.status, res.text).toBe(202);
  return waitForJob(client, res.json.jobId);
}

/** Import without jobs (the demo-data path), for tests that need people in place. */
export async function importDirectly(ctx: AppContext, rows: string[][] = BASE_CHART) {
  const done = await importOrgChartNow(ctx, { name: 'chart.csv', bytes: utf8(csvText(rows)) });
  expect(done.result, JSON.stringify(done.preview.problems)).not.toBeNull();
  return done;
}

export async function tableCounts(services: TestServices, orgId: string) {
  const db = services.database.db;
  const [p] = await db.select({ n: count() }).from(people).where(eq(people.orgId, orgId));
  const [u] = await db.select({ n: count() }).from(orgUnits).where(eq(orgUnits.orgId, orgId));
  const [s] = await db.select({ n: count() }).from(issuedPseudonyms).where(eq(issuedPseudonyms.orgId, orgId));
  return { people: Number(p.n), units: Number(u.n), pseudonyms: Number(s.n) };
}

export async function personByEmployeeId(services: TestServices, orgId: string, employeeId: string) {
  const rows = await services.database.db.select().from(people).where(eq(people.orgId, orgId));
  return rows.find((p) => p.employeeId === employeeId);
}
