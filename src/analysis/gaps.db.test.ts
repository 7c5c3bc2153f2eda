import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo.model.js';
import { seedDemo } from '../../demo/seed.js';
import { DEMO_STUDY_TITLE } from '../../demo/seed-study-plan.js';
import { NATIONAL_COMPETENCY_IDS } from '../frameworks/national-framework.data.js';
import { NATIONAL_VERSION_ID } from '../frameworks/national-framework.sql.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { type ApiClient, signedInClient } from '../platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { studies } from '../studies/studies.schema.js';
import { MIN_CELL } from './suppression.model.js';

let services: TestServices;
let analyst: ApiClient;
let hr: ApiClient;
let studyId: string;
let viborgId: string;

beforeAll(async () => {
  services = await createTestServices();
  expect(await seedDemo(services)).toBe(true);
  const app = buildApp(services, { serveWeb: false });
  analyst = await signedInClient(app, 'analytiker@demo.frontline.dk', DEMO_PASSWORD);
  hr = await signedInClient(app, 'hr.viborg@demo.frontline.dk', DEMO_PASSWORD);
  const db = services.database.db;
  studyId = (await db.select().from(studies).where(eq(studies.title, DEMO_STUDY_TITLE)))[0].id;
  viborgId = (await db.select().from(organisations).where(eq(organisations.name, 'Viborg Kommune')))[0].id;
}, 180_000);
afterAll(() => services?.close());

type Cell = {
  competencyId: string;
  survey: { meanGap: number };
  interviews: { share: number };
  priority: { score: number; basis: string };
};
const gaps = (client: ApiClient, query: string) => client.get(`/api/v1/studies/${studyId}/gaps?${query}`);
const numbers = (group: { respondents: unknown; interviewed: unknown }) =>
  [group.respondents, group.interviewed].filter((x): x is number => typeof x === 'number');

describe('the gap analysis', () => {
  it('ranks the demo study’s needs as its data says: finance first, the core task last', async () => {
    const res = await gaps(analyst, 'groupBy=none');
    expect(res.status, res.text).toBe(200);
    const total = res.json.total;
    expect(total.respondents).toBeGreaterThan(100);
    expect(total.interviewed).toBe(30);
    const cell = (id: string) => total.competencies.find((c: Cell) => c.competencyId === id) as Cell;
    const finance = cell(NATIONAL_COMPETENCY_IDS.finance);
    const core = cell(NATIONAL_COMPETENCY_IDS.coreTask);
    expect(finance.priority.basis).toBe('both');
    expect(finance.interviews.share).toBeGreaterThan(0.6);
    const ranked = [...total.competencies].sort((a: Cell, b: Cell) => b.priority.score - a.priority.score);
    expect(ranked[0].competencyId).toBe(NATIONAL_COMPETENCY_IDS.finance);
    expect(ranked.at(-1).competencyId).toBe(NATIONAL_COMPETENCY_IDS.coreTask);
    expect(core.survey.meanGap).toBeLessThan(finance.survey.meanGap);
  });

  it('groups by organisation, area and tenure, and never shows a figure about 1–4 people', async () => {
    for (const query of [
      'groupBy=organisation',
      'groupBy=area',
      'groupBy=band',
      `groupBy=band&organisation=${viborgId}`,
      'groupBy=organisation&band=new',
    ]) {
      const res = await gaps(analyst, query);
      expect(res.status, `${query}: ${res.text}`).toBe(200);
      expect(res.json.groups.length).toBeGreaterThan(0);
      for (const group of [...res.json.groups, res.json.total])
        for (const n of numbers(group)) expect(n === 0 || n >= MIN_CELL, `${query} ${group.label}: ${n}`).toBe(true);
    }
    const byBand = (await gaps(analyst, 'groupBy=band')).json.groups.map((g: { key: string }) => g.key).sort();
    expect(byBand).toEqual(['experienced', 'new']);
  });

  it("shows a participating organisation's HR its own organisation and the whole study, not the others", async () => {
    const res = await gaps(hr, 'groupBy=organisation');
    expect(res.status, res.text).toBe(200);
    expect(res.json.groups.map((g: { key: string }) => g.key)).toEqual([viborgId]);
    expect(res.json.total.respondents).toBe((await gaps(analyst, 'groupBy=none')).json.total.respondents);
    const other = (
      await services.database.db.select().from(organisations).where(eq(organisations.name, 'Norddjurs Kommune'))
    )[0];
    const forged = await gaps(hr, `groupBy=band&organisation=${other.id}`);
    expect(forged.status).toBe(200);
    expect(forged.json.groups).toEqual([]);
    expect(forged.text).not.toContain('"meanGap":0.');
  });

  it('answers an unknown grouping with 400, and a study without data with an empty analysis', async () => {
    const bad = await gaps(analyst, 'groupBy=shoe_size');
    expect(bad.status).toBe(400);
    const created = await analyst.post('/api/v1/studies', { title: 'Tom', frameworkVersionId: NATIONAL_VERSION_ID });
    const empty = await analyst.get(`/api/v1/studies/${created.json.id}/gaps?groupBy=organisation`);
    expect(empty.status, empty.text).toBe(200);
    expect(empty.json.groups).toEqual([]);
    expect(empty.json.total.respondents).toBe(0);
    expect(empty.json.total.competencies[0].priority.basis).toBe('none');
  });
});
