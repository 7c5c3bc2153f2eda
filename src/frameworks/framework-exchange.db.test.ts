import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrgFixture, orgWithMember } from '../organisations/import.test-fixtures.js';
import type { ApiClient, ApiResponse } from '../platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { caseSchemaErrors } from './case-validate.js';
import { MAX_FRAMEWORK_FILE_BYTES } from './framework-file.js';
import { frameworks } from './frameworks.schema.js';
import { NATIONAL_FRAMEWORK_ID } from './national-framework.sql.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let alfa: OrgFixture;
let beta: OrgFixture;

const sample = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  alfa = await orgWithMember(services, app, 'alfa', 'analyst');
  beta = await orgWithMember(services, app, 'beta', 'analyst');
});
afterAll(() => services?.close());

async function uploadFile(client: ApiClient, name: string, bytes: Uint8Array, query = ''): Promise<ApiResponse> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  const res = await app.request(`/api/v1/frameworks/import${query}`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie as string, 'x-csrf-token': client.csrfToken as string },
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

const countFrameworks = async (orgId: string) =>
  (await services.database.db.select().from(frameworks).where(eq(frameworks.orgId, orgId))).length;

describe('CASE export', () => {
  it('exports the national framework as a package that validates against the CASE 1.1 schema', async () => {
    const res = await alfa.client.get(`/api/v1/frameworks/${NATIONAL_FRAMEWORK_ID}/case`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+-v1\.json"/);
    expect(caseSchemaErrors(res.json)).toEqual([]);
    expect(res.json.CFDocument).toMatchObject({
      identifier: NATIONAL_FRAMEWORK_ID,
      title: 'Førstelinjeledelse i den offentlige sektor',
    });
    const competencies = res.json.CFItems.filter((i: { CFItemType?: string }) => i.CFItemType === 'Competency');
    expect(competencies).toHaveLength(10);
    expect(res.json.CFRubrics.length).toBeGreaterThanOrEqual(10);
  });
});

describe('CASE import', () => {
  it('checks a real package in a dry run without writing, then imports it as a draft', async () => {
    const before = await countFrameworks(alfa.orgId);
    const dry = await uploadFile(
      alfa.client,
      'smartlevel.json',
      sample('opensalt-SmartLevelFramework.json'),
      '?dryRun=true',
    );
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json).toMatchObject({ frameworkId: null, versionId: null, report: { format: 'case', itemCount: 14 } });
    expect(await countFrameworks(alfa.orgId)).toBe(before);

    const real = await uploadFile(alfa.client, 'smartlevel.json', sample('opensalt-SmartLevelFramework.json'));
    expect(real.status, real.text).toBe(201);
    expect(real.json.created).toBe(true);
    const version = (await alfa.client.get(`/api/v1/framework-versions/${real.json.versionId}`)).json;
    expect(version).toMatchObject({ status: 'draft', number: 1 });
    expect(version.content.titleDa).toBe('SmartLevel Test');
    expect(version.content.items).toHaveLength(14);
    expect((await beta.client.get(`/api/v1/frameworks/${real.json.frameworkId}`)).status).toBe(404);
  });

  it('accepts a package posted as the JSON body (the integration contract)', async () => {
    const res = await beta.client.post(
      '/api/v1/frameworks/import',
      JSON.parse(sample('opensalt-ItemTypeTestFramework.json').toString()),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.json.report.format).toBe('case');
  });

  it('accepts a JSON body larger than the ordinary 1 MB request limit', async () => {
    const pkg = JSON.parse(sample('opensalt-ItemTypeTestFramework.json').toString());
    pkg.CFDocument.description = 'x'.repeat(2 * 1_048_576);
    const res = await beta.client.post('/api/v1/frameworks/import?dryRun=true', pkg);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
  });

  it('round-trips: an exported version imported again becomes the next draft of the same framework', async () => {
    const created = await alfa.client.post('/api/v1/frameworks', { titleDa: 'Rundtur', titleEn: 'Round trip' });
    const v1 = created.json.draft.id as string;
    const domain = await alfa.client.post(`/api/v1/framework-versions/${v1}/items`, {
      parentIdentifier: null,
      kind: 'domain',
      titleDa: 'Økonomi 💰',
      titleEn: 'Finance',
    });
    await alfa.client.post(`/api/v1/framework-versions/${v1}/items`, {
      parentIdentifier: domain.json.identifier,
      kind: 'competency',
      titleDa: 'Budgetopfølgning',
      titleEn: 'Budget follow-up',
      keywordsDa: ['budget', 'likviditet'],
      levels: [
        { level: 1, da: 'Kender budgettet', en: 'Knows the budget' },
        { level: 5, da: 'Styrer hele året', en: 'Steers all year' },
      ],
    });
    await alfa.client.post(`/api/v1/framework-versions/${v1}/publish`, { changeNote: 'v1' });
    const exported = await alfa.client.get(`/api/v1/frameworks/${created.json.id}/case`);
    expect(caseSchemaErrors(exported.json)).toEqual([]);

    const again = await alfa.client.post('/api/v1/frameworks/import', exported.json);
    expect(again.status, again.text).toBe(201);
    expect(again.json).toMatchObject({ frameworkId: created.json.id, created: false });
    const diff = await alfa.client.get(`/api/v1/framework-versions/${again.json.versionId}/diff?against=${v1}`);
    expect(diff.json).toMatchObject({ added: [], removed: [], changed: [], moved: [], framework: [] });

    const twice = await alfa.client.post('/api/v1/frameworks/import', exported.json);
    expect({ status: twice.status, code: twice.json.code }).toEqual({ status: 409, code: 'draft_exists' });
  });

  it('reports every schema error with its JSON path and writes nothing', async () => {
    const before = await countFrameworks(alfa.orgId);
    const broken = JSON.parse(sample('opensalt-SmartLevelFramework.json').toString());
    broken.CFItems[2].identifier = 42;
    delete broken.CFDocument.title;
    const res = await alfa.client.post('/api/v1/frameworks/import', broken);
    expect(res.status, res.text).toBe(422);
    expect(res.json.code).toBe('framework_import_invalid');
    const paths = res.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/CFItems/2/identifier', '/CFDocument/title']));
    for (const error of res.json.errors) expect(error.message.length).toBeGreaterThan(5);
    expect(await countFrameworks(alfa.orgId)).toBe(before);
  });

  it('reports a JSON syntax error, an unknown format and an over-large file clearly', async () => {
    const syntax = await uploadFile(alfa.client, 'x.json', new TextEncoder().encode('{"CFDocument": {,}'));
    expect(syntax.status).toBe(422);
    expect(syntax.json.errors[0].message).toMatch(/\d/);
    const unknown = await uploadFile(alfa.client, 'x.csv', new TextEncoder().encode('a;b;c\n1;2;3\n'));
    expect(unknown.status).toBe(422);
    const big = new Uint8Array(MAX_FRAMEWORK_FILE_BYTES + 1).fill(0x20);
    const tooLarge = await uploadFile(alfa.client, 'big.json', big);
    expect(tooLarge.status).toBe(413);
    const asBody = await app.request('/api/v1/frameworks/import', {
      method: 'POST',
      body: big,
      headers: {
        'content-type': 'application/json',
        cookie: alfa.client.cookie as string,
        'x-csrf-token': alfa.client.csrfToken as string,
      },
    });
    expect(asBody.status).toBe(413);
  });
});

describe('Moodle CSV', () => {
  it('exports the national framework and imports it back with the tree, codes and scale', async () => {
    const res = await app.request(`/api/v1/frameworks/${NATIONAL_FRAMEWORK_ID}/moodle.csv`, {
      headers: { cookie: alfa.client.cookie as string },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = new Uint8Array(await res.arrayBuffer());
    const imported = await uploadFile(alfa.client, 'national.csv', csv);
    expect(imported.status, imported.text).toBe(201);
    expect(imported.json.report).toMatchObject({ format: 'moodle', competencyCount: 10 });
    const national = (await alfa.client.get(`/api/v1/frameworks/${NATIONAL_FRAMEWORK_ID}`)).json;
    const original = (await alfa.client.get(`/api/v1/framework-versions/${national.latestPublished.id}`)).json.content;
    const copy = (await alfa.client.get(`/api/v1/framework-versions/${imported.json.versionId}`)).json.content;
    const shape = (c: { items: { code: string; titleDa: string; kind: string }[]; scale: { labelDa: string }[] }) => ({
      items: c.items.map((i) => [i.code, i.titleDa, i.kind]).sort(),
      scale: c.scale.map((s) => s.labelDa),
    });
    expect(shape(copy)).toEqual(shape(original));
  });
});
