/**
 * A REFI-QDA 1.0 project as a tool-neutral value: what Frontline exports to `.qdpx`/`.qdc` and what an import from
 * another tool yields before anything is written. Only text sources are kept (Frontline codes interview transcripts).
 * GUIDs are lower-case without braces; dates are ISO 8601 strings as `Date#toISOString` writes them; selection
 * offsets are code points, half-open [start, end), into NFC text with LF line ends (see refi-text.model.ts).
 * Notes attach where the schema puts NoteRef: project, code, source, selection and coding (`noteGuids`).
 */
import type { Polarity } from '../coding.model.js';

export const REFI_VARIABLE_TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
export type RefiVariableType = (typeof REFI_VARIABLE_TYPES)[number];

export interface RefiUser {
  guid: string;
  name: string;
}

/** Frontline's own code data, carried in the last line of the code's Description (see refi-extension.model.ts). */
export interface RefiCodeExtension {
  polarity: Polarity;
  /** The framework item identifier (a UUID) of the competency the code stands for. */
  competencyId: string | null;
  /** Keyboard shortcut '1'…'9'. */
  shortcut: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** The human description, without Frontline's trailer line. */
  description: string;
  /** '#rrggbb' lower-case, or null when the code has none. */
  colour: string | null;
  isCodable: boolean;
  children: RefiCode[];
  noteGuids: string[];
  /** Null for codes made in other tools. */
  frontline: RefiCodeExtension | null;
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description: string;
}

/**
 * Text → string, Boolean → boolean, Integer/Float → number, Date → 'YYYY-MM-DD', DateTime → ISO string.
 */
export type RefiValue = string | number | boolean;

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  values: { variableGuid: string; value: RefiValue }[];
  sourceGuids: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  noteGuids: string[];
}

export interface RefiSelection {
  guid: string;
  name: string;
  description: string;
  start: number;
  end: number;
  creatingUser: string | null;
  creationDateTime: string | null;
  codings: RefiCoding[];
  noteGuids: string[];
}

export interface RefiTextSource {
  guid: string;
  name: string;
  description: string;
  text: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  selections: RefiSelection[];
  noteGuids: string[];
}

export interface RefiNote {
  guid: string;
  name: string;
  text: string;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiProject {
  name: string;
  origin: string | null;
  description: string;
  creationDateTime: string | null;
  users: RefiUser[];
  /** Roots of the code tree, in order. */
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  notes: RefiNote[];
  /** Notes about the project as a whole. */
  noteGuids: string[];
}

export function emptyRefiProject(name: string): RefiProject {
  return {
    name,
    origin: null,
    description: '',
    creationDateTime: null,
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    noteGuids: [],
  };
}

/** Why an import left something out; stable codes the UI translates. */
export const DROP_REASONS = [
  'not_supported',
  'unknown_code',
  'unknown_note',
  'unknown_source',
  'unknown_variable',
  'unknown_user',
  'offset_beyond_text',
  'offset_order',
  'empty_selection',
  'text_missing',
  'text_not_utf8',
  'text_not_normalisable',
  'invalid_value',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** One line of the import report: `count` items of kind `what` (an element name) left out, and a few examples. */
export interface DroppedItem {
  what: string;
  count: number;
  reason: DropReason;
  examples: string[];
}

export interface RefiImport {
  project: RefiProject;
  dropped: DroppedItem[];
}

/** Collects dropped items, one line per (what, reason), in the order first seen. */
export class DropReport {
  private readonly items = new Map<string, DroppedItem>();

  add(what: string, reason: DropReason, example?: string, count = 1): void {
    const key = `${what}\u0000${reason}`;
    let item = this.items.get(key);
    if (!item) {
      item = { what, count: 0, reason, examples: [] };
      this.items.set(key, item);
    }
    item.count += count;
    if (example && item.examples.length < 3 && !item.examples.includes(example)) item.examples.push(example);
  }

  list(): DroppedItem[] {
    return [...this.items.values()];
  }
}

export const REFI_ERROR_CODES = [
  'xml_doctype',
  'xml_syntax',
  'xml_encoding',
  'qde_missing',
  'qde_ambiguous',
  'zip_path',
  'zip_bomb',
  'zip_corrupt',
  'file_too_large',
  'refi_invalid',
  'codebook_empty',
] as const;
export type RefiErrorCode = (typeof REFI_ERROR_CODES)[number];

/** A file that cannot be imported (or a project that cannot be exported) at all; nothing is written. */
export class RefiError extends Error {
  constructor(
    readonly code: RefiErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'RefiError';
  }
}

export type RefiNoteTarget = { kind: 'project' } | { kind: 'code' | 'source' | 'selection' | 'coding'; guid: string };

/** Where each note is attached (a note may hang in several places, or nowhere: then it is a project memo). */
export function noteTargets(project: RefiProject): Map<string, RefiNoteTarget[]> {
  const targets = new Map<string, RefiNoteTarget[]>();
  const add = (noteGuids: string[], target: RefiNoteTarget) => {
    for (const g of noteGuids) {
      const list = targets.get(g) ?? [];
      list.push(target);
      targets.set(g, list);
    }
  };
  add(project.noteGuids, { kind: 'project' });
  const walk = (codes: RefiCode[]) => {
    for (const c of codes) {
      add(c.noteGuids, { kind: 'code', guid: c.guid });
      walk(c.children);
    }
  };
  walk(project.codes);
  for (const s of project.sources) {
    add(s.noteGuids, { kind: 'source', guid: s.guid });
    for (const sel of s.selections) {
      add(sel.noteGuids, { kind: 'selection', guid: sel.guid });
      for (const c of sel.codings) add(c.noteGuids, { kind: 'coding', guid: c.guid });
    }
  }
  return targets;
}

/** All codes of a tree, depth first, parents before children. */
export function flattenCodes(codes: RefiCode[]): RefiCode[] {
  const out: RefiCode[] = [];
  const walk = (list: RefiCode[]) => {
    for (const c of list) {
      out.push(c);
      walk(c.children);
    }
  };
  walk(codes);
  return out;
}
