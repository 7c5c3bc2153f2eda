/**
 * Pieces of the lenient REFI-QDA reader: attribute access with clear errors, codes, variables and cases.
 * Required attributes that are missing or malformed stop the import (`refi_invalid`, naming element, attribute and
 * line); everything Frontline does not keep is counted into the drop report.
 */

import {
  type DropReport,
  REFI_VARIABLE_TYPES,
  type RefiCase,
  type RefiCode,
  RefiError,
  type RefiValue,
  type RefiVariable,
  type RefiVariableType,
} from './refi.model.js';
import { decodeCodeDescription } from './refi-extension.model.js';
import type { XmlElement } from './xml-tree.js';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

export const invalid = (el: XmlElement, attribute: string, message: string) =>
  new RefiError('refi_invalid', { element: el.name, attribute, line: el.line, message });

export function required(el: XmlElement, attribute: string): string {
  const value = el.attrs[attribute];
  if (value === undefined) throw invalid(el, attribute, 'missing');
  return value;
}

/** A GUID attribute, normalised to lower case without braces. */
export function guid(el: XmlElement, attribute = 'guid'): string {
  const m = GUID.exec(required(el, attribute).trim());
  if (!m) throw invalid(el, attribute, 'not a GUID');
  return m[1].toLowerCase();
}

/** An optional GUID reference (creatingUser); a malformed one is reported and left out. */
export function optionalGuid(el: XmlElement, attribute: string, report: DropReport): string | null {
  const value = el.attrs[attribute];
  if (value === undefined) return null;
  const m = GUID.exec(value.trim());
  if (!m) report.add(`${el.name}@${attribute}`, 'invalid_value', value);
  return m ? m[1].toLowerCase() : null;
}

export function integer(el: XmlElement, attribute: string): number {
  const value = required(el, attribute).trim();
  if (!/^[+-]?\d{1,15}$/.test(value)) throw invalid(el, attribute, 'not an integer');
  return Number(value);
}

export function boolean(el: XmlElement, attribute: string): boolean {
  const value = required(el, attribute).trim();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw invalid(el, attribute, 'not a boolean');
}

/** An optional xsd:dateTime, as an ISO string in UTC; a malformed one is reported and left out. */
export function dateTime(el: XmlElement, attribute: string, report: DropReport): string | null {
  const value = el.attrs[attribute];
  if (value === undefined) return null;
  const t = Date.parse(value.trim());
  if (Number.isNaN(t)) report.add(`${el.name}@${attribute}`, 'invalid_value', value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** An element's text in NFC (Frontline keeps all text NFC; source texts are normalised with their offsets instead). */
export const nfc = (el: XmlElement) => el.text.normalize('NFC');

/** Text of the first child of that name ('' when there is none). */
export const childText = (el: XmlElement, name: string) =>
  el.children.find((c) => c.name === name)?.text.normalize('NFC') ?? '';

export const noteRef = (el: XmlElement) => guid(el, 'targetGUID');

/** The items `keep` accepts; the others go to `drop`. */
export function partition<T>(items: T[], keep: (item: T) => boolean, drop: (item: T) => void): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (keep(item)) kept.push(item);
    else drop(item);
  }
  return kept;
}

/** Children named `name`; any other child is reported as not supported. */
export function only(items: XmlElement[], name: string, report: DropReport): XmlElement[] {
  return partition(
    items,
    (c) => c.name === name,
    (c) => report.add(c.name, 'not_supported'),
  );
}

/** Records each GUID of one kind once; a second occurrence is an error (references would be ambiguous). */
export class GuidRegistry {
  private readonly seen = new Map<string, Set<string>>();
  add(kind: string, el: XmlElement, value: string): string {
    const set = this.seen.get(kind) ?? new Set<string>();
    this.seen.set(kind, set);
    if (set.has(value)) throw invalid(el, 'guid', `duplicate GUID ${value}`);
    set.add(value);
    return value;
  }
  has(kind: string, value: string): boolean {
    return this.seen.get(kind)?.has(value) ?? false;
  }
}

export function colour(el: XmlElement, report: DropReport): string | null {
  const value = el.attrs.color?.trim();
  if (value === undefined) return null;
  const m = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(value);
  if (!m) {
    report.add('Code@color', 'invalid_value', value);
    return null;
  }
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toLowerCase()}`;
}

export function readCode(el: XmlElement, report: DropReport, guids: GuidRegistry): RefiCode {
  const code: RefiCode = {
    guid: guids.add('Code', el, guid(el)),
    name: required(el, 'name'),
    description: '',
    colour: colour(el, report),
    isCodable: boolean(el, 'isCodable'),
    children: [],
    noteGuids: [],
    frontline: null,
  };
  for (const child of el.children) {
    if (child.name === 'Description') {
      const { description, frontline } = decodeCodeDescription(nfc(child));
      code.description = description;
      code.frontline = frontline;
    } else if (child.name === 'NoteRef') code.noteGuids.push(noteRef(child));
    else if (child.name === 'Code') code.children.push(readCode(child, report, guids));
    else report.add(child.name, 'not_supported');
  }
  return code;
}

export function readVariable(el: XmlElement, report: DropReport, guids: GuidRegistry): RefiVariable | null {
  const given = required(el, 'typeOfVariable').trim();
  const type = REFI_VARIABLE_TYPES.find((t) => t.toLowerCase() === given.toLowerCase());
  const variable = { guid: guid(el), name: required(el, 'name'), description: childText(el, 'Description') };
  if (!type) {
    report.add('Variable', 'invalid_value', variable.name);
    return null;
  }
  guids.add('Variable', el, variable.guid);
  return { ...variable, type };
}

/** A case with its raw values; `settleCaseValues` types them once all variables are known. */
export interface RawCase {
  value: RefiCase;
  values: { variableGuid: string; text: string }[];
}

export function readCase(el: XmlElement, report: DropReport, guids: GuidRegistry): RawCase {
  const raw: RawCase = {
    value: {
      guid: guids.add('Case', el, guid(el)),
      name: el.attrs.name ?? '',
      description: '',
      values: [],
      sourceGuids: [],
    },
    values: [],
  };
  for (const child of el.children) {
    if (child.name === 'Description') raw.value.description = nfc(child);
    else if (child.name === 'SourceRef') raw.value.sourceGuids.push(guid(child, 'targetGUID'));
    else if (child.name === 'VariableValue') {
      const ref = child.children.find((c) => c.name === 'VariableRef');
      if (!ref) throw invalid(child, 'VariableRef', 'missing');
      const value = child.children.find((c) => c.name !== 'VariableRef');
      // The schema allows a VariableValue with no value: nothing to keep.
      if (value) raw.values.push({ variableGuid: guid(ref, 'targetGUID'), text: nfc(value) });
    } else report.add(`Case ${child.name}`, 'not_supported', raw.value.name || raw.value.guid);
  }
  return raw;
}

function typedValue(type: RefiVariableType, raw: string): RefiValue | null {
  const text = type === 'Text' ? raw : raw.trim();
  switch (type) {
    case 'Text':
      return text;
    case 'Boolean':
      return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : null;
    case 'Integer':
      return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : null;
    case 'Float':
      return text !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
    case 'Date':
      return /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text.slice(0, 10))) ? text.slice(0, 10) : null;
    case 'DateTime': {
      const t = Date.parse(text);
      return Number.isNaN(t) ? null : new Date(t).toISOString();
    }
  }
}

export function settleCaseValues(raw: RawCase, variables: Map<string, RefiVariable>, report: DropReport): RefiCase {
  const example = raw.value.name || raw.value.guid;
  for (const { variableGuid, text } of raw.values) {
    const variable = variables.get(variableGuid);
    if (!variable) {
      report.add('VariableValue', 'unknown_variable', example);
      continue;
    }
    const value = typedValue(variable.type, text);
    if (value === null) report.add('VariableValue', 'invalid_value', `${variable.name}: ${text.slice(0, 40)}`);
    else raw.value.values.push({ variableGuid, value });
  }
  return raw.value;
}
