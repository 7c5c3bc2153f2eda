import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codingModels, consensusUnits, transcripts } from '../src/coding/coding.schema.js';
import { signedInClient } from '../src/platform/testing/http-client.js';
import { createTestServices, type TestServices } from '../src/platform/testing/test-app.js';
import { buildApp } from '../src/server.js';
import { studies } from '../src/studies/studies.schema.js';
import { DEMO_PASSWORD } from './demo.model.js';
import { seedDemo } from './seed.js';
import { DEMO_STUDY_TITLE } from './seed-study-plan.js';

let services: TestServices;
let studyId: string;

beforeAll(async () => {
  services = await createTestServices();
  expect(await seedDemo(services)).toBe(true);
  const [study] = await services.database.db.select().from(studies).where(eq(studies.title, DEMO_STUDY_TITLE));
  studyId = study.id;
}, 180_000);
afterAll(() => services?.close());

describe('the demo interview analysis', () => {
  it('holds 30 demo transcripts, each for an interviewed leader, coded by two demo analysts', async () => {
    const app = buildApp(services, { serveWeb: false });
    const analyst = await signedInClient(app, 'analytiker@demo.frontline.dk', DEMO_PASSWORD);
    const list = (await analyst.get(`/api/v1/studies/${studyId}/transcripts`)).json;
    expect(list).toHaveLength(30);
    expect(list.every((t: { demo: boolean; pseudonym: string }) => t.demo && /^L-\d{4}$/.test(t.pseudonym))).toBe(true);
    expect(list.filter((t: { coders: unknown[] }) => t.coders.length === 2)).toHaveLength(10);
    const agreement = (await analyst.get(`/api/v1/studies/${studyId}/agreement`)).json;
    expect(agreement.transcripts).toBe(10);
    // Realistic, not perfect: two people coding the same interviews.
    expect(agreement.overall.kappa).toBeGreaterThan(0.5);
    expect(agreement.overall.kappa).toBeLessThan(0.95);
  });

  it('has a consensus layer, and a suggestion model measured against the analysts on held-out interviews', async () => {
    const db = services.database.db;
    const units = await db.select().from(consensusUnits).where(eq(consensusUnits.studyId, studyId));
    expect(units.length).toBeGreaterThan(300);
    const [model] = await db.select().from(codingModels).where(eq(codingModels.studyId, studyId));
    expect(model.status).toBe('trained');
    const measured = model.evaluation.filter((e) => e.kappa !== null);
    expect(measured.length).toBeGreaterThan(5);
    const mean = measured.reduce((n, e) => n + (e.kappa as number), 0) / measured.length;
    // Printed for the record (the figure the issue asks to report); asserted only to be better than chance.
    console.info(
      `demo machine kappa (held-out, by transcript): mean ${mean.toFixed(3)} over ${measured.length} codes`,
      measured.map((e) => e.kappa?.toFixed(2)).join(' '),
    );
    expect(mean).toBeGreaterThan(0.2);
    const demo = await db.select({ demo: transcripts.demo }).from(transcripts).where(eq(transcripts.studyId, studyId));
    expect(demo.every((t) => t.demo)).toBe(true);
  });
});
