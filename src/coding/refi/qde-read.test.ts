import { describe, expect, it } from 'vitest';
import { readQdc, readQde } from './qde-read.js';
import { readRefiFile } from './qdpx.js';
import { RefiError } from './refi.model.js';
import { parseXml } from './xml-tree.js';

const P = (body: string, attrs = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="T"${attrs}>\n${body}\n</Project>\n`;
const U = '10000000-0000-0000-0000-000000000001';
const C = '20000000-0000-0000-0000-000000000001';
const S = '40000000-0000-0000-0000-000000000001';
const sel = (guid: string, start: number, end: number, code = C) =>
  `<PlainTextSelection guid="5000000${guid}-0000-0000-0000-000000000000" name="sel${guid}" startPosition="${start}" endPosition="${end}">` +
  `<Coding guid="6000000${guid}-0000-0000-0000-000000000000"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
const codebook = `<CodeBook><Codes><Code guid="${C}" name="Kode" isCodable="true"/></Codes></CodeBook>`;
const source = (text: string, selections: string) =>
  `<Sources><TextSource guid="${S}" name="Kilde"><PlainTextContent>${text}</PlainTextContent>${selections}</TextSource></Sources>`;

function refiError(fn: () => unknown): RefiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RefiError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('readQde: hostile or broken XML', () => {
  it('refuses an external entity (XXE) without reading it', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<Project name="&e;"/>`;
    const err = refiError(() => readQde(xml));
    expect(err.code).toBe('xml_doctype');
    expect(JSON.stringify(err)).not.toContain('root:');
  });

  it('refuses internal entities (billion laughs) and a bare DOCTYPE', () => {
    const laughs = `<!DOCTYPE l [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>`;
    expect(refiError(() => readQde(laughs)).code).toBe('xml_doctype');
    expect(refiError(() => readQde('<!DOCTYPE Project><Project name="x"/>')).code).toBe('xml_doctype');
  });

  it('reports a syntax error with its line and column', () => {
    const err = refiError(() => readQde('<Project name="x">\n  <Users>\n</Project>'));
    expect(err.code).toBe('xml_syntax');
    expect(err.params.line).toBe(3);
    expect(err.params.column).toBeGreaterThan(0);
  });

  it('names the element and attribute of a missing or malformed required attribute', () => {
    const noCodable = P(`<CodeBook><Codes><Code guid="${C}" name="K"/></Codes></CodeBook>`);
    expect(refiError(() => readQde(noCodable)).params).toMatchObject({
      element: 'Code',
      attribute: 'isCodable',
      line: 3,
      message: 'missing',
    });
    const badStart = P(codebook + source('abc', sel('1', 0, 2).replace('startPosition="0"', 'startPosition="zero"')));
    expect(refiError(() => readQde(badStart)).params).toMatchObject({
      element: 'PlainTextSelection',
      attribute: 'startPosition',
    });
    expect(refiError(() => readQde(P(`<Users><User guid="nope"/></Users>`))).params).toMatchObject({
      element: 'User',
      attribute: 'guid',
      message: 'not a GUID',
    });
    expect(refiError(() => readQde('<Project/>')).params).toMatchObject({ element: 'Project', attribute: 'name' });
  });

  it('refuses duplicate GUIDs', () => {
    const dup = P(
      `<CodeBook><Codes><Code guid="${C}" name="A" isCodable="true"/><Code guid="{${C.toUpperCase()}}" name="B" isCodable="true"/></Codes></CodeBook>`,
    );
    expect(refiError(() => readQde(dup)).params).toMatchObject({ element: 'Code', message: `duplicate GUID ${C}` });
  });

  it('refuses more elements than the cap, whatever the file size', () => {
    const many = `<Project name="x">${'<a/>'.repeat(101)}</Project>`;
    expect(refiError(() => parseXml(many, 100))).toMatchObject({ code: 'file_too_large', params: { elements: 101 } });
    expect(parseXml(many, 102).children).toHaveLength(101);
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    const deep = `<Project name="x">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</Project>`;
    expect(refiError(() => readQde(deep)).code).toBe('refi_invalid');
  });
});

describe('readQde: lenient reading', () => {
  it('drops codings of unknown codes with a reason and keeps the selection', () => {
    const xml = P(codebook + source('abcdef', sel('1', 0, 3) + sel('2', 2, 5, '20000000-0000-0000-0000-00000000dead')));
    const { project, dropped } = readQde(xml);
    expect(project.sources[0].selections.map((s) => s.codings.length)).toEqual([1, 0]);
    expect(dropped).toEqual([
      { what: 'Coding', count: 1, reason: 'unknown_code', examples: ['20000000-0000-0000-0000-00000000dead'] },
    ]);
  });

  it('drops selections beyond their text or reversed, with reasons', () => {
    const xml = P(codebook + source('kort', sel('1', 0, 4) + sel('2', 2, 5) + sel('3', 3, 1)));
    const { project, dropped } = readQde(xml);
    expect(project.sources[0].selections.map((s) => s.name)).toEqual(['sel1']);
    expect(dropped).toEqual([
      { what: 'PlainTextSelection', count: 1, reason: 'offset_beyond_text', examples: ['sel2'] },
      { what: 'PlainTextSelection', count: 1, reason: 'offset_order', examples: ['sel3'] },
    ]);
  });

  it('accepts a BOM and CRLF line ends in the XML (CRLF in texts reads as LF, as XML says)', async () => {
    const crlf = P(`<Users><User guid="${U}" name="A"/></Users>\n${codebook}\n<Description>DESC</Description>`).replace(
      /\n/g,
      '\r\n',
    );
    const xml = `\uFEFF${crlf.replace('DESC', 'To\r\nlinjer')}`;
    expect(xml.split('\r\n').length).toBe(8);
    const { project, dropped } = await readRefiFile(new TextEncoder().encode(xml));
    expect(project.users).toEqual([{ guid: U, name: 'A' }]);
    expect(project.description).toBe('To\nlinjer');
    expect(dropped).toEqual([]);
  });

  it('matches local names whatever the prefix or namespace', () => {
    const xml = `<q:Project xmlns:q="urn:QDA-XML:project:1.0" xmlns:x="urn:x" name="T" x:extra="1"><q:CodeBook><q:Codes><q:Code guid="${C}" name="K" isCodable="1" color="#ABC"/></q:Codes></q:CodeBook><x:Vendor/></q:Project>`;
    const { project, dropped } = readQde(xml);
    expect(project.codes[0]).toMatchObject({ guid: C, isCodable: true, colour: '#aabbcc', frontline: null });
    expect(dropped).toEqual([{ what: 'Vendor', count: 1, reason: 'not_supported', examples: [] }]);
    const proto = readQde(
      `<Project name="x" __proto__="p" constructor="c"><CodeBook><Codes><Code guid="${C}" name="K" toString="t" isCodable="true"/></Codes></CodeBook></Project>`,
    );
    expect(proto.project.name).toBe('x');
    expect(() => readQde(`<Project constructor="c"/>`)).toThrow(expect.objectContaining({ code: 'refi_invalid' }));
  });

  it('types variable values, dropping those that do not parse, and unknown users and notes', () => {
    const variable = (n: number) => `30000000-0000-0000-0000-00000000000${n}`;
    const xml = P(
      `<Users><User guid="${U}" name="A"/></Users>` +
        `<Variables><Variable guid="${variable(1)}" name="Alder" typeOfVariable="Integer"/><Variable guid="${variable(2)}" name="Dato" typeOfVariable="Date"/></Variables>` +
        `<Cases><Case guid="d0000000-0000-0000-0000-000000000001" name="P1">` +
        `<VariableValue><VariableRef targetGUID="${variable(1)}"/><IntegerValue> 34 </IntegerValue></VariableValue>` +
        `<VariableValue><VariableRef targetGUID="${variable(2)}"/><DateValue>2024-01-15Z</DateValue></VariableValue>` +
        `<VariableValue><VariableRef targetGUID="${variable(1)}"/><IntegerValue>mange</IntegerValue></VariableValue>` +
        `<VariableValue><VariableRef targetGUID="${variable(3)}"/><TextValue>?</TextValue></VariableValue></Case></Cases>` +
        `<Sources><TextSource guid="${S}" creatingUser="10000000-0000-0000-0000-00000000beef"><PlainTextContent>x</PlainTextContent>` +
        `<NoteRef targetGUID="a0000000-0000-0000-0000-000000000009"/></TextSource></Sources>`,
    );
    const { project, dropped } = readQde(xml);
    expect(project.cases[0].values).toEqual([
      { variableGuid: variable(1), value: 34 },
      { variableGuid: variable(2), value: '2024-01-15' },
    ]);
    expect(project.sources[0]).toMatchObject({ creatingUser: null, noteGuids: [] });
    expect(dropped.map((d) => [d.what, d.reason])).toEqual([
      ['VariableValue', 'invalid_value'],
      ['VariableValue', 'unknown_variable'],
      ['TextSource@creatingUser', 'unknown_user'],
      ['NoteRef', 'unknown_note'],
    ]);
  });

  it('brings names, descriptions and notes from NFD (macOS) to NFC', () => {
    const nfd = 'Bla\u030a bæ\u0301r';
    const xml = P(
      `<CodeBook><Codes><Code guid="${C}" name="${nfd}" isCodable="true"><Description>${nfd}</Description></Code></Codes></CodeBook>` +
        `<Notes><Note guid="a0000000-0000-0000-0000-000000000001" name="${nfd}"><PlainTextContent>${nfd}</PlainTextContent></Note></Notes>`,
    );
    const { project } = readQde(xml);
    const want = 'Bl\u00e5 b\u01fdr'; // å and ǽ (æ + acute) composed: 7 code points, not 9
    expect([project.codes[0].name, project.codes[0].description, project.notes[0].name, project.notes[0].text]).toEqual(
      [want, want, want, want],
    );
  });

  it('drops a text source whose text is elsewhere when reading a .qde alone', () => {
    const xml = P(`<Sources><TextSource guid="${S}" name="Ude" plainTextPath="internal://x.txt"/></Sources>`);
    expect(readQde(xml).dropped).toEqual([{ what: 'TextSource', count: 1, reason: 'text_missing', examples: ['Ude'] }]);
  });
});

describe('readQdc', () => {
  it('reads the standard’s example codebook (braced, upper-case GUIDs) and reports sets', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Eksempel">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false"></Code>
<Code guid="{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}" name="Economy" isCodable="true" color="#FFFF00">
<Description>Anything about jobs or taxes or business</Description>
</Code>
</Codes>
<Sets><Set guid="c0000000-0000-0000-0000-000000000001" name="S"/></Sets>
</CodeBook>`;
    const { project, dropped } = readQdc(xml);
    expect(project.origin).toBe('Eksempel');
    expect(project.codes.map((c) => [c.guid, c.name, c.colour, c.isCodable, c.description])).toEqual([
      ['5215cc69-b628-4e02-afb9-9beeaee55808', 'Topics', null, false, ''],
      ['d7aa29da-519b-4946-9b90-253b6db8fd0a', 'Economy', '#ffff00', true, 'Anything about jobs or taxes or business'],
    ]);
    expect(dropped).toEqual([{ what: 'Set', count: 1, reason: 'not_supported', examples: [] }]);
  });

  it('refuses a project where a codebook is expected', () => {
    expect(refiError(() => readQdc(P(''))).params).toMatchObject({ element: 'Project', message: 'expected CodeBook' });
  });
});
