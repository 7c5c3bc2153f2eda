/**
 * Undo and redo of the coder's own changes, as a value. An entry is what was done ("applied these codings",
 * "removed these"); undoing moves it to the future, redoing back. The server gives codings new ids when they are
 * created again (redo of an apply, undo of a remove), so entries follow ids through `renameIds`.
 */

export interface CodingRef {
  id: string;
  codeId: string;
  start: number;
  end: number;
}

export type UndoKind = 'apply' | 'remove';

export interface UndoEntry {
  /** Stays the same when ids inside are renamed, so a move can be found again. */
  key: number;
  kind: UndoKind;
  codings: CodingRef[];
}

export interface UndoStack {
  past: UndoEntry[];
  future: UndoEntry[];
}

export const EMPTY_STACK: UndoStack = { past: [], future: [] };

/** How many steps back a coder can go; older steps are forgotten. */
export const UNDO_LIMIT = 100;

/** A new change: it can be undone, and whatever was undone before can no longer be redone. */
export function record(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if (entry.codings.length === 0) return stack;
  const past = [...stack.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Takes the last change off the past; the caller reverses it. Null when there is nothing to undo. */
export function undo(stack: UndoStack): { stack: UndoStack; entry: UndoEntry } | null {
  const entry = stack.past.at(-1);
  if (!entry) return null;
  return { entry, stack: { past: stack.past.slice(0, -1), future: [...stack.future, entry] } };
}

/** Takes the last undone change back; the caller does it again. Null when there is nothing to redo. */
export function redo(stack: UndoStack): { stack: UndoStack; entry: UndoEntry } | null {
  const entry = stack.future.at(-1);
  if (!entry) return null;
  return { entry, stack: { past: [...stack.past, entry], future: stack.future.slice(0, -1) } };
}

/** What reverses a change: an applied coding is removed, a removed one applied again. */
export const inverse = (kind: UndoKind): UndoKind => (kind === 'apply' ? 'remove' : 'apply');

/** Follows codings to their new ids (old id → new id) wherever they appear. */
export function renameIds(stack: UndoStack, renames: ReadonlyMap<string, string>): UndoStack {
  if (renames.size === 0) return stack;
  const rename = (entry: UndoEntry): UndoEntry => {
    if (!entry.codings.some((c) => renames.has(c.id))) return entry;
    return { ...entry, codings: entry.codings.map((c) => (renames.has(c.id) ? { ...c, id: renames.get(c.id)! } : c)) };
  };
  return { past: stack.past.map(rename), future: stack.future.map(rename) };
}

/** Forgets the entries that name any of these codings (a change the server refused never happened). */
export function dropEntries(stack: UndoStack, ids: ReadonlySet<string>): UndoStack {
  const keep = (entry: UndoEntry) => !entry.codings.some((c) => ids.has(c.id));
  return { past: stack.past.filter(keep), future: stack.future.filter(keep) };
}

/**
 * Puts an entry back where it was before an undo or redo that the server refused: from the future to the past
 * (a failed undo) or the other way (a failed redo). An entry no longer on the stack stays gone.
 */
export function revertMove(stack: UndoStack, entry: UndoEntry, failed: 'undo' | 'redo'): UndoStack {
  if (failed === 'undo') {
    const at = stack.future.findIndex((e) => e.key === entry.key);
    if (at < 0) return stack;
    return { past: [...stack.past, stack.future[at]], future: stack.future.filter((_, i) => i !== at) };
  }
  const at = stack.past.findIndex((e) => e.key === entry.key);
  if (at < 0) return stack;
  return { past: stack.past.filter((_, i) => i !== at), future: [...stack.future, stack.past[at]] };
}
