import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFile } from '../platform/files/files.service.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { leadersChart, type Member, orgMember } from '../studies/studies.test-fixtures.js';
import { type CodingStudy, collectingStudy, uploadTranscript } from './coding.test-fixtures.js';
import { trainStudyModel } from './suggestions.service.js';
import { runTranscriptBatch } from './transcript-batch.service.js';

let services: TestServices;
let school: Member;
let viborg: Member;
let study: CodingStudy;

beforeAll(async () => {
  services = await createTestServices();
  const app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  await leadersChart(services, viborg.orgId, 8);
  study = await collectingStudy(services, school, viborg, 6);
});
afterAll(() => services?.close());

const api = (p: string) => `/api/v1/studies/${study.studyId}${p}`;
const ctx = () => ({
  ...services.ctx(),
  user: {
    id: school.userId,
    email: 'analyst@skole.test',
    name: 'Analytiker',
    locale: 'da' as const,
    isPlatformAdmin: false,
  },
});

describe('machine suggestions', () => {
  it('start from the competency keywords, count for nothing until accepted, and a rejection sticks', async () => {
    await school.client.post(api('/codes/from-framework'));
    const text = [
      'I: Hvad er svært?',
      'L: Jeg mangler forståelse for budgettet og økonomistyring, budgetopfølgningen er svær.',
      'I: Og resten?',
      'L: Vi holdt en hyggelig sommerfest.',
    ].join('\n\n');
    const t = (await uploadTranscript(school, study.studyId, { participantId: study.participants[0].id, text })).json;
    expect((await school.client.get(api('/suggestions/model'))).json.status).toBe('none');
    const analyst = { ...ctx(), tenant: { orgId: school.orgId, role: 'analyst' as const } };
    await trainStudyModel(analyst, study.studyId);
    const model = (await school.client.get(api('/suggestions/model'))).json;
    expect(model.status).toBe('keywords');
    const codes = (await school.client.get(api('/codes'))).json;
    const financeNeed = codes.find(
      (c: { name: string; polarity: string }) => c.name.startsWith('Økonomisk') && c.polarity === 'need',
    );
    const suggestions = (await school.client.get(api(`/transcripts/${t.id}/suggestions`))).json;
    const finance = suggestions.find((s: { codeId: string }) => s.codeId === financeNeed.id);
    expect(finance).toBeDefined();
    expect(t.text.slice(finance.start, finance.end)).toContain('budgettet');
    expect(suggestions.some((s: { start: number }) => t.text.slice(s.start).startsWith('L: Vi holdt'))).toBe(false);
    // Nothing is coded until a human accepts.
    expect((await school.client.get(api(`/transcripts/${t.id}/codings`))).json).toEqual([]);
    const accepted = await school.client.post(api(`/suggestions/${finance.id}/accept`));
    expect(accepted.status, accepted.text).toBe(201);
    expect(accepted.json).toMatchObject({ codeId: financeNeed.id, origin: 'machine' });
    expect((await school.client.post(api(`/suggestions/${finance.id}/accept`))).json.code).toBe('suggestion_decided');
    const other = (await school.client.get(api(`/transcripts/${t.id}/suggestions`))).json.find(
      (s: { id: string }) => s.id !== finance.id,
    );
    if (other) {
      expect((await school.client.post(api(`/suggestions/${other.id}/reject`))).status).toBe(204);
      await trainStudyModel(analyst, study.studyId);
      const again = (await school.client.get(api(`/transcripts/${t.id}/suggestions`))).json;
      expect(
        again.some((s: { codeId: string; start: number }) => s.codeId === other.codeId && s.start === other.start),
      ).toBe(false);
    }
    const coders = (await school.client.get(api('/coders'))).json;
    expect(coders.map((c: { kind: string }) => c.kind)).toContain('machine');
  });
});

describe('batch upload of a zip', () => {
  it('refuses an unsafe zip whole, and imports each file matched by pseudonym, skipping the rest with a reason', async () => {
    const evil = zipSync({ '../evil.txt': new TextEncoder().encode('L: hej') });
    const form = new FormData();
    form.set('file', new Blob([evil as BlobPart]), 'evil.zip');
    const refused = await school.client.request('POST', api('/transcripts/batch'), form);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('zip_path');

    const [p1, p2] = study.participants.slice(1, 3);
    const zip = zipSync({
      [`interviews/${p1.pseudonym}.txt`]: new TextEncoder().encode('I: Hvordan går det?\n\nL: Godt, tak.'),
      [`${p2.pseudonym} interview.vtt`]: new TextEncoder().encode(
        'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Interviewer>Velkommen\n',
      ),
      'noter.txt': new TextEncoder().encode('L: ingen deltager'),
      'billede.png': new Uint8Array([137, 80, 78, 71]),
    });
    const analyst = { ...ctx(), tenant: { orgId: school.orgId, role: 'analyst' as const } };
    const file = await saveFile(analyst, { name: 'batch.zip', contentType: 'application/zip', bytes: zip });
    const progress: number[] = [];
    const result = await runTranscriptBatch(
      analyst,
      { studyId: study.studyId, fileId: file.id, locale: 'da' },
      async (p) => {
        progress.push(p);
      },
    );
    expect(result.imported.map((i) => i.file).sort()).toEqual([
      `${p2.pseudonym} interview.vtt`,
      `interviews/${p1.pseudonym}.txt`,
    ]);
    expect(result.skipped.map((s) => s.file).sort()).toEqual(['billede.png', 'noter.txt']);
    expect(result.skipped.every((s) => s.reason.length > 10)).toBe(true);
    expect(progress.at(-1)).toBe(100);
    const list = (await school.client.get(api('/transcripts'))).json;
    expect(list.map((t: { pseudonym: string }) => t.pseudonym)).toEqual(
      expect.arrayContaining([p1.pseudonym, p2.pseudonym]),
    );
  });

  it('answers a transcript larger than the limit with 413 and a message', async () => {
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    const res = await uploadTranscript(
      school,
      study.studyId,
      { participantId: study.participants[3].id },
      { name: 'stor.txt', bytes: big },
    );
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('file_too_large');
  });
});
