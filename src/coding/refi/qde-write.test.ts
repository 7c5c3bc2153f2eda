import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { writeQdc } from './qdc-write.js';
import { readQdc, readQde } from './qde-read.js';
import { writeQde } from './qde-write.js';
import { emptyRefiProject, RefiError } from './refi.model.js';
import { G, LEDELSE, richProject } from './refi.test-fixtures.js';
import { xsdDecimal } from './xml-write.model.js';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

async function validate(xml: string, xsd: 'Project.xsd' | 'Codebook.xsd') {
  const result = await validateXML({
    xml: [{ fileName: 'doc.xml', contents: xml }],
    schema: [{ fileName: xsd, contents: fixture(xsd) }],
  });
  return result.errors.map((e) => e.message);
}

describe('writeQde', () => {
  it('writes a project that validates against Project.xsd', async () => {
    expect(await validate(writeQde(richProject()), 'Project.xsd')).toEqual([]);
  });

  it('writes a project with nothing but a name that validates (empty containers left out)', async () => {
    const xml = writeQde(emptyRefiProject('Tom'));
    expect(xml).not.toContain('<Users');
    expect(await validate(xml, 'Project.xsd')).toEqual([]);
  });

  it('the validator rejects what the schema forbids (a Code without isCodable, a 4-digit colour)', async () => {
    const good = writeQde(richProject());
    const bad = good.replace(' isCodable="true" color="#b3261e"', ' color="#b32"').replace('#2e7d32', '#2e7d');
    const errors = await validate(bad, 'Project.xsd');
    expect(errors.some((e) => e.includes("'isCodable' is required"))).toBe(true);
    expect(errors.some((e) => e.includes("'#2e7d'"))).toBe(true);
  });

  it('the hand-authored sample validates too (the schema set-up is sound)', async () => {
    expect(await validate(fixture('ornio-sample/project.qde'), 'Project.xsd')).toEqual([]);
  });

  it('writes offsets in code points, colours as #rrggbb and ISO dates', () => {
    const xml = writeQde(richProject());
    expect(xml).toContain(`startPosition="${LEDELSE.start}" endPosition="${LEDELSE.end}"`);
    expect(xml).toContain(`plainTextPath="internal://${G(40)}.txt"`);
    expect(xml).toContain('color="#b3261e"');
    expect(xml).toContain('creationDateTime="2025-03-02T10:05:00.000Z"');
    expect(xml).toContain('<FloatValue>0.0000001</FloatValue>');
  });

  it('escapes names and texts so they come back exactly', () => {
    const project = richProject();
    const back = readQde(writeQde(project)).project;
    expect(back.name).toBe('Behovsanalyse 2025 — "ledere" & <teams>');
    expect(back.codes[0].children[1].name).toBe('Styrke: prioritering <&>');
    expect(back.codes[0].children[1].description).toBe('Tab\there, CR\r and "quotes"');
    expect(back.notes[1].text).toBe('Linje 1\nLinje 2');
    expect(writeQde(project)).toContain('name="Behovsanalyse 2025 — &quot;ledere&quot; &amp; &lt;teams&gt;"');
  });

  it('carries polarity and competency in the Description trailer', () => {
    expect(writeQde(richProject())).toContain(
      '<Description>Når lederen mangler\nværktøjer til at prioritere.\n\n\n[frontline:polarity=need;competency=6f1c0d52-3a1b-4c2d-9e8f-0123456789ab;shortcut=1]</Description>',
    );
  });

  it('refuses a case value its variable type cannot hold rather than write an invalid file', () => {
    const project = richProject();
    project.cases[0].values[2].value = 'tre';
    expect(() => writeQde(project)).toThrow(RefiError);
  });
});

describe('writeQdc', () => {
  it('writes a codebook that validates against Codebook.xsd and reads back equal', async () => {
    const codes = richProject().codes;
    const xml = writeQdc(codes, 'Frontline');
    expect(await validate(xml, 'Codebook.xsd')).toEqual([]);
    expect(xml).not.toContain('NoteRef');
    const back = readQdc(xml);
    expect(back.dropped).toEqual([]);
    // The codebook has no notes: everything else survives.
    const withoutNotes = JSON.parse(JSON.stringify(codes).replace(/"noteGuids":\["[^"]*"\]/g, '"noteGuids":[]'));
    expect(back.project.codes).toEqual(withoutNotes);
    expect(back.project.origin).toBe('Frontline');
  });

  it('refuses an empty codebook (the schema needs one code)', () => {
    expect(() => writeQdc([])).toThrow(expect.objectContaining({ code: 'codebook_empty' }));
  });
});

describe('xsdDecimal', () => {
  it('writes numbers without an exponent', () => {
    expect([1.5, -2, 1e21, 1e-7, -1.25e-8, 1.5e22].map(xsdDecimal)).toEqual([
      '1.5',
      '-2',
      '1000000000000000000000',
      '0.0000001',
      '-0.0000000125',
      '15000000000000000000000',
    ]);
    expect(xsdDecimal(Number.NaN)).toBeNull();
  });
});
