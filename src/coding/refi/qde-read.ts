/**
 * Lenient REFI-QDA reader: project.qde (root Project) and codebooks (.qdc, root CodeBook) from any tool. What
 * Frontline does not keep — picture, PDF, audio and video sources, links, sets, graphs, codings of unknown codes,
 * selections outside their text — is counted into `dropped`; a file that is not well-formed XML, has a DOCTYPE, or
 * lacks a required attribute is refused with a RefiError. Nothing here writes anything.
 */
import {
  childText,
  dateTime,
  GuidRegistry,
  guid,
  integer,
  nfc,
  noteRef,
  only,
  optionalGuid,
  partition,
  type RawCase,
  readCase,
  readCode,
  readVariable,
  required,
  settleCaseValues,
} from './qde-read-parts.js';
import {
  DropReport,
  emptyRefiProject,
  flattenCodes,
  RefiError,
  type RefiImport,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiTextSource,
  type RefiVariable,
} from './refi.model.js';
import { normaliseSourceText, settleSourceTexts } from './refi-text.model.js';
import { parseXml, type XmlElement } from './xml-tree.js';

/** A parsed project whose source texts may still be outside the XML (plainTextPath into a .qdpx). */
export interface QdeParse {
  project: RefiProject;
  report: DropReport;
  /** Source or note GUID → its plainTextPath, for those whose text is not in the XML. */
  textPaths: Map<string, string>;
}

const DROPPED_CONTAINERS = new Map([
  ['Links', 'Link'],
  ['Sets', 'Set'],
  ['Graphs', 'Graph'],
]);

export function parseQde(xml: string): QdeParse {
  return parseProject(parseXml(xml));
}

function parseProject(root: XmlElement): QdeParse {
  if (root.name !== 'Project') throw new RefiError('refi_invalid', { element: root.name, message: 'expected Project' });
  const report = new DropReport();
  const guids = new GuidRegistry();
  const project = emptyRefiProject(required(root, 'name'));
  project.origin = root.attrs.origin ?? null;
  project.creationDateTime = dateTime(root, 'creationDateTime', report);
  const textPaths = new Map<string, string>();
  const variables: RefiVariable[] = [];
  const cases: RawCase[] = [];
  for (const section of root.children) {
    const items = section.children;
    switch (section.name) {
      case 'Users':
        for (const u of only(items, 'User', report)) {
          project.users.push({ guid: guids.add('User', u, guid(u)), name: u.attrs.name ?? u.attrs.id ?? '' });
        }
        break;
      case 'CodeBook':
        for (const codes of only(items, 'Codes', report)) {
          for (const c of only(codes.children, 'Code', report)) project.codes.push(readCode(c, report, guids));
        }
        break;
      case 'Variables':
        for (const v of only(items, 'Variable', report)) {
          const variable = readVariable(v, report, guids);
          if (variable) variables.push(variable);
        }
        break;
      case 'Cases':
        for (const c of only(items, 'Case', report)) cases.push(readCase(c, report, guids));
        break;
      case 'Sources':
        for (const s of items) {
          if (s.name === 'TextSource') project.sources.push(readSource(s, report, guids, textPaths));
          else report.add(s.name, 'not_supported', s.attrs.name);
        }
        break;
      case 'Notes':
        for (const n of only(items, 'Note', report)) project.notes.push(readNote(n, report, guids, textPaths));
        break;
      case 'Description':
        project.description = nfc(section);
        break;
      case 'NoteRef':
        project.noteGuids.push(noteRef(section));
        break;
      default:
        report.add(DROPPED_CONTAINERS.get(section.name) ?? section.name, 'not_supported', undefined, items.length || 1);
    }
  }
  project.variables = variables;
  const byGuid = new Map(variables.map((v) => [v.guid, v]));
  project.cases = cases.map((c) => settleCaseValues(c, byGuid, report));
  resolveReferences(project, report);
  return { project, report, textPaths };
}

function readSource(
  el: XmlElement,
  report: DropReport,
  guids: GuidRegistry,
  paths: Map<string, string>,
): RefiTextSource {
  const source: RefiTextSource = {
    guid: guids.add('TextSource', el, guid(el)),
    name: el.attrs.name ?? '',
    description: '',
    text: '',
    creatingUser: optionalGuid(el, 'creatingUser', report),
    creationDateTime: dateTime(el, 'creationDateTime', report),
    selections: [],
    noteGuids: [],
  };
  const content = el.children.find((c) => c.name === 'PlainTextContent');
  if (content) source.text = content.text;
  else if (el.attrs.plainTextPath) paths.set(source.guid, el.attrs.plainTextPath);
  else paths.set(source.guid, ''); // no plain text at all (a DOCX alone): dropped as text_missing later
  for (const child of el.children) {
    if (child.name === 'Description') source.description = nfc(child);
    else if (child.name === 'PlainTextSelection') source.selections.push(readSelection(child, report, guids));
    else if (child.name === 'NoteRef') source.noteGuids.push(noteRef(child));
    else if (child.name !== 'PlainTextContent') report.add(`TextSource ${child.name}`, 'not_supported', source.name);
  }
  return source;
}

function readSelection(el: XmlElement, report: DropReport, guids: GuidRegistry): RefiSelection {
  const selection: RefiSelection = {
    guid: guids.add('PlainTextSelection', el, guid(el)),
    name: el.attrs.name ?? '',
    description: '',
    start: integer(el, 'startPosition'),
    end: integer(el, 'endPosition'),
    creatingUser: optionalGuid(el, 'creatingUser', report),
    creationDateTime: dateTime(el, 'creationDateTime', report),
    codings: [],
    noteGuids: [],
  };
  for (const child of el.children) {
    if (child.name === 'Description') selection.description = nfc(child);
    else if (child.name === 'NoteRef') selection.noteGuids.push(noteRef(child));
    else if (child.name === 'Coding') {
      const ref = child.children.find((c) => c.name === 'CodeRef');
      if (!ref) throw new RefiError('refi_invalid', { element: 'Coding', attribute: 'CodeRef', line: child.line });
      selection.codings.push({
        guid: guids.add('Coding', child, guid(child)),
        codeGuid: guid(ref, 'targetGUID'),
        creatingUser: optionalGuid(child, 'creatingUser', report),
        creationDateTime: dateTime(child, 'creationDateTime', report),
        noteGuids: child.children.filter((c) => c.name === 'NoteRef').map(noteRef),
      });
    } else report.add(`PlainTextSelection ${child.name}`, 'not_supported', selection.name);
  }
  return selection;
}

function readNote(el: XmlElement, report: DropReport, guids: GuidRegistry, paths: Map<string, string>): RefiNote {
  const note: RefiNote = {
    guid: guids.add('Note', el, guid(el)),
    name: el.attrs.name ?? '',
    text: '',
    creatingUser: optionalGuid(el, 'creatingUser', report),
    creationDateTime: dateTime(el, 'creationDateTime', report),
  };
  const content = el.children.find((c) => c.name === 'PlainTextContent');
  if (content) note.text = nfc(content);
  else if (el.attrs.plainTextPath) paths.set(note.guid, el.attrs.plainTextPath);
  // A note without text of its own: its Description is the text.
  const descriptionIsText = !content && !el.attrs.plainTextPath;
  if (descriptionIsText) note.text = childText(el, 'Description');
  for (const child of el.children) {
    if (child.name === 'PlainTextContent' || (child.name === 'Description' && descriptionIsText)) continue;
    report.add(`Note ${child.name}`, 'not_supported', note.name);
  }
  return note;
}

/** Codings of unknown codes, NoteRefs to unknown notes and unknown creating users are left out and reported. */
function resolveReferences(project: RefiProject, report: DropReport): void {
  const codes = new Set(flattenCodes(project.codes).map((c) => c.guid));
  const notes = new Set(project.notes.map((n) => n.guid));
  const users = new Set(project.users.map((u) => u.guid));
  const knownNotes = (list: string[]) =>
    partition(
      list,
      (g) => notes.has(g),
      (g) => report.add('NoteRef', 'unknown_note', g),
    );
  const user = <T extends { creatingUser: string | null }>(item: T, what: string) => {
    if (item.creatingUser && !users.has(item.creatingUser)) {
      report.add(`${what}@creatingUser`, 'unknown_user', item.creatingUser);
      item.creatingUser = null;
    }
  };
  project.noteGuids = knownNotes(project.noteGuids);
  for (const c of flattenCodes(project.codes)) c.noteGuids = knownNotes(c.noteGuids);
  for (const n of project.notes) user(n, 'Note');
  for (const s of project.sources) {
    user(s, 'TextSource');
    s.noteGuids = knownNotes(s.noteGuids);
    for (const sel of s.selections) {
      user(sel, 'PlainTextSelection');
      sel.noteGuids = knownNotes(sel.noteGuids);
      sel.codings = partition(
        sel.codings,
        (c) => codes.has(c.codeGuid),
        (c) => report.add('Coding', 'unknown_code', c.codeGuid),
      );
      for (const c of sel.codings) {
        user(c, 'Coding');
        c.noteGuids = knownNotes(c.noteGuids);
      }
    }
  }
}

/**
 * Gives sources and notes whose text lives outside the XML their raw text (by GUID; null = the caller could not
 * read it and has reported why), normalises every source text, maps and checks offsets, and drops case links to
 * sources that did not survive.
 */
export function completeQde(parse: QdeParse, texts: Map<string, string | null>): RefiImport {
  const { project, report, textPaths } = parse;
  for (const note of project.notes) {
    if (!textPaths.has(note.guid)) continue;
    const raw = texts.get(note.guid);
    if (raw === undefined) report.add('Note', 'text_missing', note.name || note.guid);
    note.text = raw ? (normaliseSourceText(raw)?.text ?? raw.normalize('NFC')) : '';
  }
  const raws = new Map<string, string>();
  project.sources = project.sources.filter((s) => {
    if (!textPaths.has(s.guid)) return true;
    const raw = texts.get(s.guid);
    if (raw === undefined) report.add('TextSource', 'text_missing', s.name || s.guid);
    if (raw === undefined || raw === null) return false;
    raws.set(s.guid, raw);
    return true;
  });
  settleSourceTexts(project, raws, report);
  const sources = new Set(project.sources.map((s) => s.guid));
  for (const c of project.cases) {
    c.sourceGuids = partition(
      c.sourceGuids,
      (g) => sources.has(g),
      () => report.add('Case SourceRef', 'unknown_source', c.name || c.guid),
    );
  }
  return { project, dropped: report.list() };
}

/** A .qde on its own: only texts inside the XML (PlainTextContent) are available. */
export function readQde(xml: string): RefiImport {
  return completeQde(parseQde(xml), new Map());
}

/** A codebook (.qdc): a project with codes only. */
export function readQdc(xml: string): RefiImport {
  return readCodeBook(parseXml(xml));
}

/** A .qde or .qdc on its own, told apart by the root element. */
export function readRefiXml(xml: string): RefiImport {
  const root = parseXml(xml);
  return root.name === 'CodeBook' ? readCodeBook(root) : completeQde(parseProject(root), new Map());
}

function readCodeBook(root: XmlElement): RefiImport {
  if (root.name !== 'CodeBook')
    throw new RefiError('refi_invalid', { element: root.name, message: 'expected CodeBook' });
  const report = new DropReport();
  const guids = new GuidRegistry();
  const project = emptyRefiProject('');
  project.origin = root.attrs.origin ?? null;
  for (const section of root.children) {
    if (section.name === 'Codes') {
      for (const c of only(section.children, 'Code', report)) project.codes.push(readCode(c, report, guids));
    } else if (section.name === 'Sets') report.add('Set', 'not_supported', undefined, section.children.length);
    else report.add(section.name, 'not_supported');
  }
  // A codebook has no notes: NoteRefs some tools put on codes anyway point nowhere.
  resolveReferences(project, report);
  return { project, dropped: report.list() };
}
