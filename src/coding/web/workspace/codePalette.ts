/**
 * The code palette's rules: the codebook as a tree in reading order, filtered by a search (a match keeps its
 * ancestors, so it is seen in context), and the digit shortcuts 1–9. The codebook may name a code's shortcut; when
 * it names none at all, the first nine codes in reading order get 1–9, so shortcuts work from the first minute.
 */

export interface PaletteCode {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  ordinal: number;
  shortcut: string | null;
  competencyTitle?: string | null;
}

export interface PaletteRow<T extends PaletteCode = PaletteCode> {
  code: T;
  depth: number;
  /** Number of visible children (0 for leaves). */
  children: number;
}

/** Codes in tree order (parents before children, siblings by ordinal then name). Orphans count as roots. */
export function treeOrder<T extends PaletteCode>(codes: readonly T[]): PaletteRow<T>[] {
  const ids = new Set(codes.map((c) => c.id));
  const byParent = new Map<string | null, T[]>();
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
    const list = byParent.get(parent);
    if (list) list.push(code);
    else byParent.set(parent, [code]);
  }
  for (const list of byParent.values())
    list.sort((a, b) => a.ordinal - b.ordinal || a.name.localeCompare(b.name, 'da'));
  const out: PaletteRow<T>[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const code of byParent.get(parent) ?? []) {
      if (seen.has(code.id)) continue; // a cycle in bad data must not hang the page
      seen.add(code.id);
      out.push({ code, depth, children: byParent.get(code.id)?.length ?? 0 });
      walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('da');

/** Rows whose code (name, description or competency) matches the query, with their ancestors. */
export function filterRows<T extends PaletteCode>(rows: readonly PaletteRow<T>[], query: string): PaletteRow<T>[] {
  const q = fold(query.trim());
  if (!q) return [...rows];
  const parentOf = new Map(rows.map((r) => [r.code.id, r.code.parentId]));
  const keep = new Set<string>();
  for (const { code } of rows) {
    const hay = fold(`${code.name} ${code.description} ${code.competencyTitle ?? ''}`);
    if (!hay.includes(q)) continue;
    for (let id: string | null | undefined = code.id; id && !keep.has(id); id = parentOf.get(id)) keep.add(id);
  }
  return rows.filter((r) => keep.has(r.code.id));
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Digit → code id. The codebook's own shortcuts when it has any (first code wins a digit), else 1–9 in order. */
export function shortcutMap(rows: readonly PaletteRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { code } of rows) {
    if (code.shortcut && DIGITS.includes(code.shortcut) && !map.has(code.shortcut)) map.set(code.shortcut, code.id);
  }
  if (map.size > 0) return map;
  for (let i = 0; i < Math.min(rows.length, DIGITS.length); i++) map.set(DIGITS[i], rows[i].code.id);
  return map;
}

/** code id → digit, for showing the shortcut beside each code. */
export function digitsByCode(shortcuts: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...shortcuts].map(([digit, id]) => [id, digit]));
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type KeyAction = { kind: 'apply'; codeId: string } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'none' };

/**
 * What a key press means on the coding page. In a text field keys are the field's own (its Ctrl+Z undoes typing).
 * Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo; a digit applies its code (the caller checks for a selection).
 */
export function keyAction(event: KeyInput, editable: boolean, shortcuts: ReadonlyMap<string, string>): KeyAction {
  if (editable) return { kind: 'none' };
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !event.shiftKey) return { kind: 'redo' };
    return { kind: 'none' };
  }
  if (mod || event.altKey) return { kind: 'none' };
  const codeId = shortcuts.get(event.key);
  return codeId ? { kind: 'apply', codeId } : { kind: 'none' };
}

/** Whether keys typed on this element belong to it (text fields, selects, editable content). */
export function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}
