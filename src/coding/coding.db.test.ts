import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberClient } from '../platform/accounts/accounts.test-fixtures.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { leadersChart, type Member, orgMember } from '../studies/studies.test-fixtures.js';
import { type CodingStudy, collectingStudy, uploadTranscript } from './coding.test-fixtures.js';

let services: TestServices;
let school: Member;
let colleague: Member['client'];
let outsider: Member;
let viborg: Member;
let study: CodingStudy;
let transcriptId: string;

const TEXT = [
  'I: Hvordan er det at styre budgettet?',
  'L: Ærligt talt 😀 har jeg svært ved økonomien. Jeg savner overblik over budgetopfølgningen.',
  'I: Og politikerne?',
  'L: Udvalget ringer tit. Jeg er god til at tale med borgerne, men politik forstår jeg ikke.',
].join('\n\n');

beforeAll(async () => {
  services = await createTestServices();
  const app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  colleague = (await memberClient(services, app, 'analytiker2@skole.test', school.orgId, 'analyst')).client;
  outsider = await orgMember(services, app, 'anden', 'school', 'analyst');
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  await leadersChart(services, viborg.orgId, 6);
  study = await collectingStudy(services, school, viborg, 4);
  const saved = await uploadTranscript(school, study.studyId, {
    participantId: study.participants[0].id,
    text: TEXT,
  });
  expect(saved.status, saved.text).toBe(201);
  transcriptId = saved.json.id;
});
afterAll(() => services?.close());

const api = (path: string) => `/api/v1/studies/${study.studyId}${path}`;

async function code(name: string, polarity = 'need', extra: Record<string, unknown> = {}) {
  const res = await school.client.post(api('/codes'), { name, polarity, ...extra });
  expect(res.status, res.text).toBe(201);
  return res.json.id as string;
}

describe('codebook', () => {
  it('creates the default codebook from the framework once, and refuses foreign parents and shortcut clashes', async () => {
    const first = await school.client.post(api('/codes/from-framework'));
    expect(first.status, first.text).toBe(200);
    expect(first.json.created).toBe(20);
    const again = await school.client.post(api('/codes/from-framework'));
    expect(again.json.created).toBe(0);
    const codes = (await school.client.get(api('/codes'))).json;
    const finance = codes.find((c: { name: string }) => c.name === 'Økonomisk forståelse og økonomistyring – behov');
    expect(finance).toMatchObject({ polarity: 'need', competencyTitle: 'Økonomisk forståelse og økonomistyring' });
    expect(codes.find((c: { id: string }) => c.id === finance.parentId).name).toBe('Behov');

    await code('Tid og travlhed', 'neutral', { shortcut: '7' });
    const clash = await school.client.post(api('/codes'), { name: 'Andet', polarity: 'neutral', shortcut: '7' });
    expect(clash.status).toBe(409);
    expect(clash.json.code).toBe('code_shortcut_taken');
    const orphan = await school.client.post(api('/codes'), {
      name: 'Forældreløs',
      polarity: 'neutral',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(orphan.status).toBe(422);
  });
});

/** Code point offsets of a phrase in TEXT (the emoji counts once). */
function span(phrase: string) {
  const units = TEXT.indexOf(phrase);
  expect(units).toBeGreaterThanOrEqual(0);
  const start = [...TEXT.slice(0, units)].length;
  return { start, end: start + [...phrase].length };
}

describe('transcripts', () => {
  it('keeps speaker turns and NFC text, and gives the participant attributes', async () => {
    const t = (await school.client.get(api(`/transcripts/${transcriptId}`))).json;
    expect(t.segments).toHaveLength(4);
    expect(t.segments.map((s: { role: string }) => s.role)).toEqual([
      'interviewer',
      'participant',
      'interviewer',
      'participant',
    ]);
    expect(t.text.normalize('NFC')).toBe(t.text);
    expect(t.attributes.organisation).toBe('viborg Kommune');
    expect(t.pseudonym).toBe(study.participants[0].pseudonym);
    const list = (await school.client.get(api('/transcripts'))).json;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: transcriptId, segmentCount: 4 });
  });

  it('replaces the names the system knows before saving, and lets the analyst keep or mark terms', async () => {
    const leader = study.participants[1];
    const text = `I: Hvem hjalp dig?\n\nL: ${leader.name} her. Min chef sagde det i Viborg, og Fjordhuset er vores sted.`;
    const dry = await uploadTranscript(school, study.studyId, {
      participantId: leader.id,
      text,
      terms: JSON.stringify(['Fjordhuset']),
      dryRun: 'true',
    });
    expect(dry.status, dry.text).toBe(200);
    const terms = dry.json.replacements.map((r: { term: string }) => r.term);
    expect(terms).toContain(leader.name);
    expect(terms).toContain('Fjordhuset');
    expect(dry.json.preview.text).not.toContain(leader.name);
    expect(dry.json.preview.text).not.toContain('Fjordhuset');
    const list = (await school.client.get(api('/transcripts'))).json;
    expect(list).toHaveLength(1); // the dry run wrote nothing

    const saved = await uploadTranscript(school, study.studyId, {
      participantId: leader.id,
      text,
      exclude: JSON.stringify(['Viborg']),
    });
    expect(saved.status, saved.text).toBe(201);
    expect(saved.json.text).not.toContain(leader.name);
    expect(saved.json.text).toContain('Viborg');
    expect(saved.json.pseudonymisation.length).toBeGreaterThan(0);
    await school.client.request('DELETE', api(`/transcripts/${saved.json.id}`));
  });

  it('refuses a participant of another study, a PDF renamed .docx and an empty text, writing nothing', async () => {
    const foreign = await uploadTranscript(school, study.studyId, {
      participantId: '00000000-0000-4000-8000-000000000000',
      text: 'L: Hej',
    });
    expect(foreign.status).toBe(422);
    expect(foreign.json.code).toBe('transcript_participant_unknown');
    const pdf = await uploadTranscript(
      school,
      study.studyId,
      { participantId: study.participants[2].id },
      { name: 'interview.docx', bytes: new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj') },
    );
    expect(pdf.status).toBe(422);
    expect(pdf.json.code).toBe('docx_not_docx');
    expect(pdf.json.detail).toBeTruthy();
    const empty = await uploadTranscript(school, study.studyId, {
      participantId: study.participants[2].id,
      text: '  ',
    });
    expect(empty.status).toBe(422);
    expect((await school.client.get(api('/transcripts'))).json).toHaveLength(1);
  });
});

describe('coding, memos and retrieval', () => {
  it('applies codes on code point offsets, keeps each coder apart, and only the owner removes a coding', async () => {
    const finance = await code('Økonomi');
    const politics = await code('Politik');
    const phrase = span('svært ved økonomien');
    const applied = await school.client.post(api(`/transcripts/${transcriptId}/codings`), {
      codeIds: [finance, politics],
      ...phrase,
    });
    expect(applied.status, applied.text).toBe(201);
    expect(applied.json).toHaveLength(2);
    const twice = await school.client.post(api(`/transcripts/${transcriptId}/codings`), {
      codeIds: [finance],
      ...phrase,
    });
    expect(twice.json[0].id).toBe(applied.json[0].id);

    const passages = await school.client.get(api(`/passages?codeId=${finance}`));
    expect(passages.json.passages[0].text).toBe('svært ved økonomien');
    expect(passages.json.passages[0].before).toContain('😀');

    const outside = await school.client.post(api(`/transcripts/${transcriptId}/codings`), {
      codeIds: [finance],
      start: 5,
      end: 100_000,
    });
    expect(outside.status).toBe(422);
    expect(outside.json.code).toBe('offset_range');

    const foreign = await colleague.request('DELETE', api(`/codings/${applied.json[0].id}`));
    expect(foreign.status).toBe(403);
    expect(foreign.json.code).toBe('not_your_coding');
    const mine = (await colleague.get(api(`/transcripts/${transcriptId}/codings?coder=me`))).json;
    expect(mine).toEqual([]);

    const memo = await school.client.post(api('/memos'), {
      target: 'coding',
      targetId: applied.json[0].id,
      text: 'Typisk: budgetopfølgning er uklar.',
    });
    expect(memo.status, memo.text).toBe(201);
    const memos = (await school.client.get(api(`/memos?transcriptId=${transcriptId}`))).json;
    expect(memos.map((m: { text: string }) => m.text)).toEqual(['Typisk: budgetopfølgning er uklar.']);
    expect((await colleague.request('PATCH', api(`/memos/${memo.json.id}`), { text: 'x' })).status).toBe(403);

    const csv = await school.client.get(api(`/passages.csv?codeId=${finance}`));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toContain('Kode;Transskription;Pseudonym');
    expect(csv.text).toContain('svært ved økonomien');

    const co = (await school.client.get(api('/cooccurrence'))).json;
    const i = co.codes.indexOf(finance);
    const j = co.codes.indexOf(politics);
    expect(co.counts[i][j]).toBe(1);
    expect(co.counts[i][i]).toBe(1);
  });

  it('measures agreement on turns, lists disagreements, and resolves them into the consensus layer', async () => {
    const need = await code('Behov for økonomi');
    const strength = await code('Styrke: borgerkontakt', 'strength');
    const turn2 = span('Jeg savner overblik over budgetopfølgningen.');
    const turn4 = span('Jeg er god til at tale med borgerne');
    await school.client.post(api(`/transcripts/${transcriptId}/codings`), { codeIds: [need], ...turn2 });
    await school.client.post(api(`/transcripts/${transcriptId}/codings`), { codeIds: [strength], ...turn4 });
    await colleague.post(api(`/transcripts/${transcriptId}/codings`), { codeIds: [need], ...span('savner overblik') });

    const comparison = (await school.client.get(api(`/transcripts/${transcriptId}/comparison`))).json;
    expect(comparison.coders).toHaveLength(2);
    const open = comparison.disagreements.find((d: { codeId: string }) => d.codeId === strength);
    expect(open).toMatchObject({ segmentOrdinal: 3, resolution: null });
    expect(open.text).toContain('borgerne');

    let consensus = (await school.client.get(api(`/transcripts/${transcriptId}/codings?coder=consensus`))).json;
    expect(consensus.map((c: { codeId: string }) => c.codeId)).toContain(need);
    expect(consensus.map((c: { codeId: string }) => c.codeId)).not.toContain(strength);
    const resolved = await school.client.request('PUT', api(`/transcripts/${transcriptId}/resolutions`), {
      segmentOrdinal: 3,
      codeId: strength,
      decision: 'include',
    });
    expect(resolved.status, resolved.text).toBe(200);
    consensus = (await school.client.get(api(`/transcripts/${transcriptId}/codings?coder=consensus`))).json;
    const included = consensus.find((c: { codeId: string }) => c.codeId === strength);
    expect(included).toMatchObject(turn4);

    const agreement = (await school.client.get(api('/agreement'))).json;
    expect(agreement.unit).toBe('segment');
    expect(agreement.transcripts).toBe(1);
    expect(agreement.units).toBe(4);
    const perNeed = agreement.perCode.find((c: { codeId: string }) => c.codeId === need);
    expect(perNeed).toMatchObject({ percent: 1, positives: 1 });
    const perStrength = agreement.perCode.find((c: { codeId: string }) => c.codeId === strength);
    expect(perStrength.percent).toBe(0.75);
  });

  it('searches the transcripts in Danish (stems) and returns highlight fragments', async () => {
    const res = await school.client.get(api(`/search?q=${encodeURIComponent('politikeren')}`));
    expect(res.status, res.text).toBe(200);
    // politikeren, politikerne and politik share the Danish stem: both turns about politics are found.
    expect(res.json.total).toBe(2);
    const hit = res.json.hits.find((h: { segmentOrdinal: number }) => h.segmentOrdinal === 2);
    expect(hit.fragments.some((f: { text: string; hit: boolean }) => f.hit && f.text === 'politikerne')).toBe(true);
    expect(res.json.hits.map((h: { segmentOrdinal: number }) => h.segmentOrdinal).sort()).toEqual([2, 3]);
    expect((await school.client.get(api('/search?q=%20'))).json.code).toBe('search_query_empty');
  });

  it('merges and splits codes without losing codings', async () => {
    const a = await code('Budget');
    const b = await code('Økonomistyring');
    await school.client.post(api(`/transcripts/${transcriptId}/codings`), { codeIds: [a], ...span('budgettet') });
    const merged = await school.client.post(api(`/codes/${a}/merge`), { intoId: b });
    expect(merged.json.moved).toBe(1);
    const passages = (await school.client.get(api(`/passages?codeId=${b}`))).json.passages;
    expect(passages.map((p: { text: string }) => p.text)).toEqual(['budgettet']);
    const split = await school.client.post(api(`/codes/${b}/split`), {
      parts: [{ name: 'Budgetlægning', codingIds: [passages[0].codingId] }],
    });
    expect(split.status, split.text).toBe(200);
    const moved = (await school.client.get(api(`/passages?codeId=${split.json.codes[0].id}`))).json.passages;
    expect(moved).toHaveLength(1);
    const inUse = await school.client.request('DELETE', api(`/codes/${split.json.codes[0].id}`));
    expect(inUse.json.code).toBe('code_in_use');
  });
});

describe('who may see it', () => {
  it("hides a study's transcripts from another organisation and from participating HR", async () => {
    for (const path of ['/transcripts', `/transcripts/${transcriptId}`, '/search?q=budget', '/passages']) {
      const res = await outsider.client.get(api(path));
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('budget');
      // HR of a participating organisation has no interview-analysis role at all.
      expect((await viborg.client.get(api(path))).status).toBe(403);
    }
  });
});
