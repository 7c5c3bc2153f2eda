import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_VERSION_ID } from '../frameworks/national-framework.sql.js';
import { people } from '../organisations/organisations.schema.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { drawReplacement } from './sampling.model.js';
import { studies, studyParticipants } from './studies.schema.js';
import { leadersChart, type Member, orgMember } from './studies.test-fixtures.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let school: Member;
let schoolHr: Member;
let viborg: Member;
let norddjurs: Member;
let outsider: Member;

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  norddjurs = await orgMember(services, app, 'norddjurs', 'municipality', 'admin');
  outsider = await orgMember(services, app, 'andet', 'municipality', 'admin');
  schoolHr = await orgMember(services, app, 'skole2', 'school', 'hr');
  await leadersChart(services, viborg.orgId, 24);
  await leadersChart(services, norddjurs.orgId, 12);
});
afterAll(() => services?.close());

/** Confirms one more leader in the organisation's technical area, as a later HR decision would. */
async function leadersChartAddition(orgId: string) {
  const [unit] = (await services.database.db.select().from(people).where(eq(people.orgId, orgId)).limit(1)).map(
    (p) => p.unitId,
  );
  await services.database.db.insert(people).values({
    orgId,
    employeeId: 'LATE-1',
    pseudonym: 'L-9999',
    name: 'Sen Leder',
    unitId: unit,
    leaderSince: '2026-06-01',
    leaderSuggestion: 'first_line',
    leaderDecision: 'confirmed',
  });
}

async function newStudy(extra: Record<string, unknown> = {}) {
  const res = await school.client.post('/api/v1/studies', {
    title: 'Praksisnær ledelse',
    purpose: 'Hvad mangler førstelinjelederne?',
    frameworkVersionId: NATIONAL_VERSION_ID,
    ...extra,
  });
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; status: string };
}

/** A study with both municipalities invited and accepted. */
async function studyWithOrganisations() {
  const study = await newStudy();
  for (const org of [viborg, norddjurs]) {
    const invited = await school.client.request('PUT', `/api/v1/studies/${study.id}/organisations/${org.orgId}`);
    expect(invited.status, invited.text).toBe(200);
    const accepted = await org.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: true });
    expect(accepted.status, accepted.text).toBe(200);
  }
  return study;
}

describe('setting up a study', () => {
  it('creates a draft on a published framework version with the creator as lead', async () => {
    const study = await newStudy();
    const detail = (await school.client.get(`/api/v1/studies/${study.id}`)).json;
    expect(detail).toMatchObject({
      status: 'draft',
      frameworkTitle: 'Førstelinjeledelse i den offentlige sektor',
      frameworkVersionNumber: 1,
      canManage: true,
      answerMode: 'identified',
    });
    expect(detail.team).toEqual([expect.objectContaining({ userId: school.userId, role: 'lead' })]);
  });

  it('refuses a draft framework version, and HR of the running organisation', async () => {
    const framework = await school.client.post('/api/v1/frameworks', { titleDa: 'Kladde', titleEn: '' });
    const draft = await school.client.post('/api/v1/studies', {
      title: 'X',
      frameworkVersionId: framework.json.draft.id,
    });
    expect({ status: draft.status, code: draft.json.code }).toEqual({
      status: 409,
      code: 'study_needs_published_version',
    });
    const hr = await schoolHr.client.post('/api/v1/studies', { title: 'X', frameworkVersionId: NATIONAL_VERSION_ID });
    expect(hr.status).toBe(403);
  });

  it('shows an invited organisation the study, which it accepts or declines; others get 404', async () => {
    const study = await newStudy();
    expect((await viborg.client.get(`/api/v1/studies/${study.id}`)).status).toBe(404);
    await school.client.request('PUT', `/api/v1/studies/${study.id}/organisations/${viborg.orgId}`);
    await school.client.request('PUT', `/api/v1/studies/${study.id}/organisations/${norddjurs.orgId}`);

    const list = (await viborg.client.get('/api/v1/studies')).json;
    expect(list.find((s: { id: string }) => s.id === study.id)).toMatchObject({
      relation: 'participant',
      participation: 'invited',
    });
    const seen = (await viborg.client.get(`/api/v1/studies/${study.id}`)).json;
    expect(seen.canManage).toBe(false);
    // A participant sees itself, not which other organisations take part.
    expect(seen.organisations.map((o: { orgId: string }) => o.orgId)).toEqual([viborg.orgId]);
    expect(seen.team).toEqual([]);

    const declined = await viborg.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: false });
    expect(declined.status).toBe(200);
    expect((await viborg.client.get(`/api/v1/studies/${study.id}`)).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/studies/${study.id}`)).status).toBe(404);
    expect(
      (await outsider.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: true })).status,
    ).toBe(404);
    // The runner sees the answer.
    const runner = (await school.client.get(`/api/v1/studies/${study.id}`)).json;
    expect(runner.organisations.find((o: { orgId: string }) => o.orgId === viborg.orgId).status).toBe('declined');
  });

  it('moves through the statuses one permitted step at a time', async () => {
    const study = await newStudy();
    const early = await school.client.request('PUT', `/api/v1/studies/${study.id}/status`, { status: 'recruiting' });
    expect({ status: early.status, code: early.json.code }).toEqual({
      status: 409,
      code: 'study_needs_accepted_organisation',
    });
    await school.client.request('PUT', `/api/v1/studies/${study.id}/organisations/${viborg.orgId}`);
    await viborg.client.request('PUT', `/api/v1/studies/${study.id}/participation`, { accept: true });
    const skip = await school.client.request('PUT', `/api/v1/studies/${study.id}/status`, { status: 'analysing' });
    expect({ status: skip.status, code: skip.json.code }).toEqual({ status: 409, code: 'study_status_transition' });
    const recruiting = await school.client.request('PUT', `/api/v1/studies/${study.id}/status`, {
      status: 'recruiting',
    });
    expect(recruiting.json.status).toBe('recruiting');
    const locked = await school.client.request('PATCH', `/api/v1/studies/${study.id}`, { title: 'Ny titel' });
    expect({ status: locked.status, code: locked.json.code }).toEqual({ status: 409, code: 'study_status_forbids' });
    const hrTries = await viborg.client.request('PUT', `/api/v1/studies/${study.id}/status`, { status: 'collecting' });
    expect(hrTries.status).toBe(403);
  });

  it('takes only members of the running organisation on the team', async () => {
    const study = await newStudy();
    const stranger = await school.client.request('PUT', `/api/v1/studies/${study.id}/team`, {
      members: [{ userId: viborg.userId, role: 'interviewer' }],
    });
    expect({ status: stranger.status, code: stranger.json.code }).toEqual({
      status: 400,
      code: 'study_team_not_member',
    });
  });
});

describe('sampling', () => {
  it('stratifies the confirmed leaders by organisation × area × tenure band', async () => {
    const study = await studyWithOrganisations();
    const sampling = (await school.client.get(`/api/v1/studies/${study.id}/sampling`)).json;
    expect(sampling.candidateCount).toBe(36);
    const viborgStrata = sampling.strata.filter((s: { orgId: string }) => s.orgId === viborg.orgId);
    expect(
      viborgStrata.map((s: { area: string; band: string; size: number }) => [s.area, s.band, s.size]).sort(),
    ).toEqual(
      [
        ['aeldre-og-sundhed', 'experienced', 8],
        ['aeldre-og-sundhed', 'new', 4],
        ['teknik-og-miljo', 'experienced', 8],
        ['teknik-og-miljo', 'new', 4],
      ].sort(),
    );
    expect(viborgStrata[0].orgName).toBe('viborg Kommune');
  });

  it('draws a reproducible sample by target, shows names only to the person’s own organisation, and replaces a decliner', async () => {
    const study = await studyWithOrganisations();
    const noTargets = await school.client.post(`/api/v1/studies/${study.id}/sampling/draw`);
    expect({ status: noTargets.status, code: noTargets.json.code }).toEqual({ status: 409, code: 'sample_no_targets' });

    const targets = await school.client.request('PUT', `/api/v1/studies/${study.id}/sampling/targets`, { total: 18 });
    expect(targets.status, targets.text).toBe(200);
    expect(targets.json.strata.reduce((n: number, s: { target: number }) => n + s.target, 0)).toBe(18);

    const drawn = await school.client.post(`/api/v1/studies/${study.id}/sampling/draw`);
    expect(drawn.status, drawn.text).toBe(200);
    expect(drawn.json.seed).toEqual(expect.any(String));
    for (const s of drawn.json.strata) expect(s.drawn).toBe(s.target);

    const runnerView = (await school.client.get(`/api/v1/studies/${study.id}/participants`)).json;
    expect(runnerView).toHaveLength(18);
    expect(
      runnerView.every(
        (p: { name: string | null; pseudonym: string }) => p.name === null && /^L-\d{4}$/.test(p.pseudonym),
      ),
    ).toBe(true);
    const viborgView = (await viborg.client.get(`/api/v1/studies/${study.id}/participants`)).json;
    expect(viborgView.length).toBeGreaterThan(0);
    expect(
      viborgView.every((p: { orgId: string; name: string }) => p.orgId === viborg.orgId && p.name.startsWith('Leder')),
    ).toBe(true);
    expect((await outsider.client.get(`/api/v1/studies/${study.id}/participants`)).status).toBe(404);

    // A leader confirmed after the draw does not change the replacement: it follows the draw's recorded frame.
    const db = services.database.db;
    const [stored] = await db.select().from(studies).where(eq(studies.id, study.id));
    const before = await db.select().from(studyParticipants).where(eq(studyParticipants.studyId, study.id));
    const first = runnerView[0];
    const expected = drawReplacement(
      stored.samplingFrame ?? [],
      before.map((r) => r.personId),
      before.find((r) => r.id === first.id)?.stratumKey as string,
      stored.samplingSeed as string,
    );
    expect(expected).not.toBeNull();
    await leadersChartAddition(viborg.orgId);

    const replaced = await school.client.post(`/api/v1/studies/${study.id}/participants/${first.id}/replace`);
    expect(replaced.status, replaced.text).toBe(200);
    const next = replaced.json.replacement;
    expect(next).toMatchObject({ drawOrder: expected?.drawOrder });
    const rows = await db.select().from(studyParticipants).where(eq(studyParticipants.studyId, study.id));
    expect(rows.find((r) => r.id === next.id)?.personId).toBe(expected?.personId);
    const old = rows.find((r) => r.id === first.id);
    const added = rows.find((r) => r.id === next.id);
    expect(old?.status).toBe('declined');
    expect(added).toMatchObject({ replacesId: first.id, stratumKey: old?.stratumKey, orgId: old?.orgId });
    expect(new Set(rows.map((r) => r.personId)).size).toBe(rows.length);
    const again = await school.client.post(`/api/v1/studies/${study.id}/participants/${first.id}/replace`);
    expect({ status: again.status, code: again.json.code }).toEqual({
      status: 409,
      code: 'participant_already_replaced',
    });
  });

  it('never samples a rejected or unconfirmed leader', async () => {
    const study = await studyWithOrganisations();
    await school.client.request('PUT', `/api/v1/studies/${study.id}/sampling/targets`, { total: 1000 });
    await school.client.post(`/api/v1/studies/${study.id}/sampling/draw`);
    const everyone = (await viborg.client.get(`/api/v1/studies/${study.id}/participants`)).json;
    const confirmed = (await services.database.db.select().from(people).where(eq(people.orgId, viborg.orgId))).filter(
      (p) => p.leaderDecision === 'confirmed' && p.status === 'active',
    );
    expect(everyone).toHaveLength(confirmed.length);
    expect(everyone.map((p: { name: string }) => p.name)).not.toContain('Afvist Leder');
    expect(everyone.map((p: { name: string }) => p.name)).not.toContain('Foreslået Leder');
  });
});
