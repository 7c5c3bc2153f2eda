import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { memberClient } from '../platform/accounts/accounts.test-fixtures.js';
import { createTestServices, type TestServices } from '../platform/testing/test-app.js';
import { buildApp } from '../server.js';
import { leadersChart, type Member, orgMember } from '../studies/studies.test-fixtures.js';
import { type CodingStudy, collectingStudy, uploadTranscript } from './coding.test-fixtures.js';
import { unpackQdpx } from './refi/qdpx.js';

let services: TestServices;
let app: ReturnType<typeof buildApp>;
let school: Member;
let second: Member['client'];
let viborg: Member;
let source: CodingStudy;

const fixtures = path.join(import.meta.dirname, 'refi', 'fixtures');
const TEXT = 'I: Fortæl om økonomien.\n\nL: 😀 Ærligt: budgetopfølgning er svær for mig.\n\nI: Og politik?';

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  school = await orgMember(services, app, 'skole', 'school', 'analyst');
  second = (await memberClient(services, app, 'to@skole.test', school.orgId, 'analyst')).client;
  viborg = await orgMember(services, app, 'viborg', 'municipality', 'hr');
  await leadersChart(services, viborg.orgId, 6);
  source = await collectingStudy(services, school, viborg, 3, 'Kilde');
});
afterAll(() => services?.close());

const api = (studyId: string, p: string) => `/api/v1/studies/${studyId}${p}`;

async function download(studyId: string, p: string) {
  const res = await app.request(api(studyId, p), { headers: { cookie: school.client.cookie as string } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function importFile(studyId: string, name: string, bytes: Uint8Array, dryRun = false) {
  const form = new FormData();
  form.set('file', new Blob([bytes as BlobPart]), name);
  return school.client.request('POST', api(studyId, `/imports/qdpx${dryRun ? '?dryRun=true' : ''}`), form);
}

/** The study's analysis in comparable terms: codes, texts, codings (offsets, code, coder names) and memos. */
async function snapshot(studyId: string) {
  const codes = (await school.client.get(api(studyId, '/codes'))).json;
  const codeName = new Map(codes.map((c: { id: string; name: string }) => [c.id, c.name]));
  const coders = new Map(
    (await school.client.get(api(studyId, '/coders'))).json.map((c: { id: string; name: string }) => [c.id, c.name]),
  );
  const transcripts = [];
  for (const t of (await school.client.get(api(studyId, '/transcripts'))).json) {
    const detail = (await school.client.get(api(studyId, `/transcripts/${t.id}`))).json;
    const codings = (await school.client.get(api(studyId, `/transcripts/${t.id}/codings`))).json;
    transcripts.push({
      title: detail.title,
      text: detail.text,
      attributes: detail.attributes,
      segments: detail.segments.map((s: { start: number; end: number; speaker: string }) => [
        s.start,
        s.end,
        s.speaker,
      ]),
      codings: codings
        .map((c: { codeId: string; coderId: string; start: number; end: number }) =>
          [codeName.get(c.codeId), coders.get(c.coderId), c.start, c.end].join('|'),
        )
        .sort(),
    });
  }
  const memos = (await school.client.get(api(studyId, '/memos'))).json.map((m: { target: string; text: string }) =>
    [m.target, m.text].join('|'),
  );
  return {
    codes: codes
      .map((c: { name: string; polarity: string; competencyId: string; colour: string; parentId: string }) =>
        [c.name, c.polarity, c.competencyId, c.colour, codeName.get(c.parentId) ?? ''].join('|'),
      )
      .sort(),
    transcripts,
    memos: memos.sort(),
  };
}

describe('REFI-QDA exchange', () => {
  it('exports a project that validates, and an export → import round trip loses nothing', async () => {
    const s = source.studyId;
    await school.client.post(api(s, '/codes/from-framework'));
    const codes = (await school.client.get(api(s, '/codes'))).json;
    const finance = codes.find(
      (c: { name: string; polarity: string }) => c.name.startsWith('Økonomisk forståelse') && c.polarity === 'need',
    );
    const own = (
      await school.client.post(api(s, '/codes'), {
        name: 'Tid & travlhed <pres>',
        polarity: 'neutral',
        parentId: finance.parentId,
      })
    ).json;
    const uploaded = await uploadTranscript(school, s, { participantId: source.participants[0].id, text: TEXT });
    expect(uploaded.status, uploaded.text).toBe(201);
    const t = uploaded.json;
    // "budgetopfølgning er svær" after an emoji and æ: code point offsets.
    const units = t.text.indexOf('budgetopfølgning er svær');
    const start = [...t.text.slice(0, units)].length;
    const coded = await school.client.post(api(s, `/transcripts/${t.id}/codings`), {
      codeIds: [finance.id, own.id],
      start,
      end: start + 'budgetopfølgning er svær'.length,
    });
    expect(coded.status, coded.text).toBe(201);
    await second.post(api(s, `/transcripts/${t.id}/codings`), { codeIds: [finance.id], start, end: start + 16 });
    await school.client.post(api(s, '/memos'), { target: 'coding', targetId: coded.json[0].id, text: 'Økonomi-memo' });
    await school.client.post(api(s, '/memos'), { target: 'transcript', targetId: t.id, text: 'Godt interview' });
    await school.client.post(api(s, '/memos'), { target: 'code', targetId: own.id, text: 'Kode-memo' });
    await school.client.post(api(s, '/memos'), { target: 'study', text: 'Projekt-memo' });

    const exported = await download(s, '/export.qdpx');
    expect(exported.status).toBe(200);
    expect(exported.type).toBe('application/zip');
    const parsed = await unpackQdpx(exported.bytes);
    expect(parsed.dropped).toEqual([]);
    const qde = new TextDecoder().decode((await import('fflate')).unzipSync(exported.bytes)['project.qde']);
    const valid = await validateXML({
      xml: [{ fileName: 'project.qde', contents: qde }],
      schema: [{ fileName: 'Project.xsd', contents: fs.readFileSync(path.join(fixtures, 'Project.xsd'), 'utf8') }],
    });
    expect(valid.errors).toEqual([]);
    const selection = parsed.project.sources[0].selections.find(
      (x) => x.codings[0].codeGuid === finance.id && x.end - x.start === 24,
    );
    expect(selection?.start).toBe(start);
    expect([...parsed.project.sources[0].text].slice(selection!.start, selection!.end).join('')).toBe(
      'budgetopfølgning er svær',
    );
    expect(parsed.project.cases[0].name).toBe(source.participants[0].pseudonym);

    const qdc = await download(s, '/codebook.qdc');
    const codebook = await validateXML({
      xml: [{ fileName: 'codebook.qdc', contents: new TextDecoder().decode(qdc.bytes) }],
      schema: [{ fileName: 'Codebook.xsd', contents: fs.readFileSync(path.join(fixtures, 'Codebook.xsd'), 'utf8') }],
    });
    expect(codebook.errors).toEqual([]);

    const target = await collectingStudy(services, school, viborg, 3, 'Mål');
    const dry = await importFile(target.studyId, 'kilde.qdpx', exported.bytes, true);
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json).toMatchObject({ dryRun: true, sources: 1, codings: 3, notes: 4, dropped: [] });
    expect((await school.client.get(api(target.studyId, '/transcripts'))).json).toEqual([]);
    const done = await importFile(target.studyId, 'kilde.qdpx', exported.bytes);
    expect(done.status, done.text).toBe(200);
    expect(done.json).toMatchObject({ dryRun: false, sources: 1, codings: 3, notes: 4 });

    const before = await snapshot(s);
    const after = await snapshot(target.studyId);
    expect(after).toEqual(before);
  });

  it('imports the REFI-QDA sample, reporting what it drops', async () => {
    const dir = path.join(fixtures, 'ornio-sample');
    const files: Record<string, Uint8Array> = {};
    for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isFile()) files[name.split(path.sep).join('/')] = fs.readFileSync(full);
    }
    const target = await collectingStudy(services, school, viborg, 3, 'Eksempel');
    const res = await importFile(target.studyId, 'sample.qdpx', zipSync(files));
    expect(res.status, res.text).toBe(200);
    expect(res.json.sources).toBe(1);
    expect(res.json.codings).toBe(2);
    expect(res.json.dropped.map((d: { what: string }) => d.what)).toEqual(
      expect.arrayContaining(['PictureSource', 'PDFSource']),
    );
    const codes = (await school.client.get(api(target.studyId, '/codes'))).json;
    expect(codes.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Topics', 'Health', 'Diet']));
  });

  it('refuses hostile files with a clear code and writes nothing', async () => {
    const target = await collectingStudy(services, school, viborg, 3, 'Fjendtlig');
    const xxe = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><CodeBook><Codes>&e;</Codes></CodeBook>',
    );
    const refused = await importFile(target.studyId, 'evil.qdc', xxe);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('xml_doctype');
    expect(refused.text).not.toContain('root:');
    const slip = zipSync({ '../evil.qde': new TextEncoder().encode('<Project/>') });
    const slipped = await importFile(target.studyId, 'evil.qdpx', slip);
    expect(slipped.status).toBe(422);
    expect(slipped.json.code).toBe('zip_path');
    expect((await school.client.get(api(target.studyId, '/codes'))).json).toEqual([]);
    expect((await school.client.get(api(target.studyId, '/transcripts'))).json).toEqual([]);
  });
});
