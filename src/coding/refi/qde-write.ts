/**
 * RefiProject → project.qde (REFI-QDA 1.0 Project.xsd). Element order follows the schema's sequences; empty
 * containers are left out (the schema wants at least one child in each). Source texts are not in the XML: each
 * TextSource points at `internal://<guid>.txt`, which qdpx.ts puts in `sources/`.
 */

import type { RefiCase, RefiCode, RefiProject, RefiTextSource, RefiValue, RefiVariableType } from './refi.model.js';
import { RefiError } from './refi.model.js';
import { encodeCodeDescription } from './refi-extension.model.js';
import { attrs, escapeText, xsdDateTime, xsdDecimal } from './xml-write.model.js';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const PROJECT_XSD = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';

/** The path of a source's text inside the .qdpx. */
export const sourceTextPath = (guid: string) => `sources/${guid}.txt`;

const el = (name: string, text: string) => `<${name}>${escapeText(text)}</${name}>`;
const noteRefs = (guids: string[], indent: string) =>
  guids.map((g) => `${indent}<NoteRef${attrs([['targetGUID', g]])}/>\n`).join('');

export function writeQde(project: RefiProject): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Project xmlns="${PROJECT_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    ` xsi:schemaLocation="${PROJECT_NS} ${PROJECT_XSD}"`,
    `${attrs([
      ['name', project.name],
      ['origin', project.origin],
      ['creationDateTime', xsdDateTime(project.creationDateTime)],
    ])}>\n`,
  ];
  if (project.users.length) {
    out.push('  <Users>\n');
    for (const u of project.users)
      out.push(
        `    <User${attrs([
          ['guid', u.guid],
          ['name', u.name],
        ])}/>\n`,
      );
    out.push('  </Users>\n');
  }
  if (project.codes.length) {
    out.push('  <CodeBook>\n    <Codes>\n');
    for (const c of project.codes) writeCode(out, c, '      ', true);
    out.push('    </Codes>\n  </CodeBook>\n');
  }
  if (project.variables.length) {
    out.push('  <Variables>\n');
    for (const v of project.variables) {
      const head = `    <Variable${attrs([
        ['guid', v.guid],
        ['name', v.name],
        ['typeOfVariable', v.type],
      ])}`;
      out.push(v.description ? `${head}>${el('Description', v.description)}</Variable>\n` : `${head}/>\n`);
    }
    out.push('  </Variables>\n');
  }
  if (project.cases.length) {
    const types = new Map(project.variables.map((v) => [v.guid, v.type]));
    out.push('  <Cases>\n');
    for (const c of project.cases) writeCase(out, c, types);
    out.push('  </Cases>\n');
  }
  if (project.sources.length) {
    out.push('  <Sources>\n');
    for (const s of project.sources) writeSource(out, s);
    out.push('  </Sources>\n');
  }
  if (project.notes.length) {
    out.push('  <Notes>\n');
    for (const n of project.notes) {
      const head = attrs([
        ['guid', n.guid],
        ['name', n.name],
        ['creatingUser', n.creatingUser],
        ['creationDateTime', xsdDateTime(n.creationDateTime)],
      ]);
      out.push(`    <Note${head}>${el('PlainTextContent', n.text)}</Note>\n`);
    }
    out.push('  </Notes>\n');
  }
  if (project.description) out.push(`  ${el('Description', project.description)}\n`);
  out.push(noteRefs(project.noteGuids, '  '));
  out.push('</Project>\n');
  return out.join('');
}

/** One Code and its children; the Codebook schema has no NoteRef, so `withNotes` is false for .qdc. */
export function writeCode(out: string[], code: RefiCode, indent: string, withNotes: boolean): void {
  const head = `${indent}<Code${attrs([
    ['guid', code.guid],
    ['name', code.name],
    ['isCodable', code.isCodable],
    ['color', code.colour],
  ])}`;
  const description = encodeCodeDescription(code.description, code.frontline);
  const notes = withNotes ? code.noteGuids : [];
  if (!description && !notes.length && !code.children.length) {
    out.push(`${head}/>\n`);
    return;
  }
  out.push(`${head}>\n`);
  if (description) out.push(`${indent}  ${el('Description', description)}\n`);
  out.push(noteRefs(notes, `${indent}  `));
  for (const child of code.children) writeCode(out, child, `${indent}  `, withNotes);
  out.push(`${indent}</Code>\n`);
}

const VALUE_ELEMENT: Record<RefiVariableType, string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
};

function valueText(type: RefiVariableType, value: RefiValue): string | null {
  switch (type) {
    case 'Text':
      return String(value);
    case 'Boolean':
      return typeof value === 'boolean' ? String(value) : null;
    case 'Integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : null;
    case 'Float':
      return typeof value === 'number' ? xsdDecimal(value) : null;
    case 'Date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    case 'DateTime':
      return typeof value === 'string' ? xsdDateTime(value) : null;
  }
}

function writeCase(out: string[], c: RefiCase, types: Map<string, RefiVariableType>): void {
  out.push(
    `    <Case${attrs([
      ['guid', c.guid],
      ['name', c.name],
    ])}>\n`,
  );
  if (c.description) out.push(`      ${el('Description', c.description)}\n`);
  for (const { variableGuid, value } of c.values) {
    const type = types.get(variableGuid);
    const text = type ? valueText(type, value) : null;
    // A value the variable's type cannot hold would make the file invalid: refuse rather than write it.
    if (type === undefined || text === null) {
      throw new RefiError('refi_invalid', { element: 'VariableValue', attribute: variableGuid, guid: c.guid });
    }
    out.push(
      `      <VariableValue><VariableRef${attrs([['targetGUID', variableGuid]])}/>${el(VALUE_ELEMENT[type], text)}</VariableValue>\n`,
    );
  }
  for (const g of c.sourceGuids) out.push(`      <SourceRef${attrs([['targetGUID', g]])}/>\n`);
  out.push('    </Case>\n');
}

function writeSource(out: string[], s: RefiTextSource): void {
  out.push(
    `    <TextSource${attrs([
      ['guid', s.guid],
      ['name', s.name],
      ['plainTextPath', `internal://${s.guid}.txt`],
      ['creatingUser', s.creatingUser],
      ['creationDateTime', xsdDateTime(s.creationDateTime)],
    ])}>\n`,
  );
  if (s.description) out.push(`      ${el('Description', s.description)}\n`);
  for (const sel of s.selections) {
    out.push(
      `      <PlainTextSelection${attrs([
        ['guid', sel.guid],
        ['name', sel.name],
        ['startPosition', sel.start],
        ['endPosition', sel.end],
        ['creatingUser', sel.creatingUser],
        ['creationDateTime', xsdDateTime(sel.creationDateTime)],
      ])}>\n`,
    );
    if (sel.description) out.push(`        ${el('Description', sel.description)}\n`);
    for (const c of sel.codings) {
      out.push(
        `        <Coding${attrs([
          ['guid', c.guid],
          ['creatingUser', c.creatingUser],
          ['creationDateTime', xsdDateTime(c.creationDateTime)],
        ])}>\n`,
      );
      out.push(`          <CodeRef${attrs([['targetGUID', c.codeGuid]])}/>\n`);
      out.push(noteRefs(c.noteGuids, '          '));
      out.push('        </Coding>\n');
    }
    out.push(noteRefs(sel.noteGuids, '        '));
    out.push('      </PlainTextSelection>\n');
  }
  out.push(noteRefs(s.noteGuids, '      '));
  out.push('    </TextSource>\n');
}
