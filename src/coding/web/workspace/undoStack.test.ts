import { describe, expect, it } from 'vitest';
import {
  dropEntries,
  EMPTY_STACK,
  inverse,
  record,
  redo,
  renameIds,
  revertMove,
  type UndoEntry,
  undo,
} from './undoStack.js';

const ref = (id: string, codeId = 'k1', start = 0, end = 10) => ({ id, codeId, start, end });
const entry = (key: number, kind: UndoEntry['kind'], ...ids: string[]): UndoEntry => ({
  key,
  kind,
  codings: ids.map((id) => ref(id)),
});
const keys = (list: UndoEntry[]) => list.map((e) => e.key);

describe('undo stack', () => {
  it('undoes the last change first and redoes in the opposite order', () => {
    let stack = record(record(EMPTY_STACK, entry(1, 'apply', 'a')), entry(2, 'remove', 'b'));
    const first = undo(stack)!;
    expect(first.entry.key).toBe(2);
    stack = first.stack;
    const second = undo(stack)!;
    expect(second.entry.key).toBe(1);
    stack = second.stack;
    expect(undo(stack)).toBeNull();
    expect(keys(stack.future)).toEqual([2, 1]);
    const again = redo(stack)!;
    expect(again.entry.key).toBe(1);
    expect(keys(again.stack.past)).toEqual([1]);
    expect(keys(again.stack.future)).toEqual([2]);
  });

  it('forgets what was undone once a new change is made', () => {
    const undone = undo(record(EMPTY_STACK, entry(1, 'apply', 'a')))!.stack;
    const next = record(undone, entry(2, 'apply', 'b'));
    expect(keys(next.past)).toEqual([2]);
    expect(next.future).toEqual([]);
    expect(redo(next)).toBeNull();
  });

  it('keeps only the newest steps beyond the limit, and ignores empty changes', () => {
    let stack = EMPTY_STACK;
    for (let i = 1; i <= 5; i++) stack = record(stack, entry(i, 'apply', `c${i}`), 3);
    expect(keys(stack.past)).toEqual([3, 4, 5]);
    expect(record(stack, { key: 9, kind: 'apply', codings: [] })).toBe(stack);
  });

  it('reverses apply with remove and remove with apply', () => {
    expect(inverse('apply')).toBe('remove');
    expect(inverse('remove')).toBe('apply');
  });

  it('follows codings to new ids in the past and the future, keeping entry keys', () => {
    let stack = record(record(EMPTY_STACK, entry(1, 'apply', 'tmp-1', 'tmp-2')), entry(2, 'remove', 'x'));
    stack = undo(stack)!.stack;
    const renamed = renameIds(
      stack,
      new Map([
        ['tmp-2', 'real-2'],
        ['x', 'x2'],
      ]),
    );
    expect(renamed.past[0].codings.map((c) => c.id)).toEqual(['tmp-1', 'real-2']);
    expect(renamed.future[0].codings.map((c) => c.id)).toEqual(['x2']);
    expect(keys(renamed.past)).toEqual([1]);
    expect(renameIds(stack, new Map())).toBe(stack);
  });

  it('drops entries that name a refused coding', () => {
    const stack = record(record(EMPTY_STACK, entry(1, 'apply', 'a')), entry(2, 'apply', 'b', 'c'));
    expect(keys(dropEntries(stack, new Set(['c'])).past)).toEqual([1]);
  });

  it('puts an entry back after a refused undo or redo, found by key even after a rename', () => {
    const stack = record(record(EMPTY_STACK, entry(1, 'apply', 'a')), entry(2, 'apply', 'b'));
    const undone = undo(stack)!;
    const renamed = renameIds(undone.stack, new Map([['b', 'b2']]));
    const reverted = revertMove(renamed, undone.entry, 'undo');
    expect(keys(reverted.past)).toEqual([1, 2]);
    expect(reverted.past[1].codings[0].id).toBe('b2');
    expect(reverted.future).toEqual([]);

    const redone = redo(undone.stack)!;
    const back = revertMove(redone.stack, redone.entry, 'redo');
    expect(keys(back.past)).toEqual([1]);
    expect(keys(back.future)).toEqual([2]);
    // An entry that has left the stack (a new change cleared the future) stays gone.
    const cleared = record(undone.stack, entry(3, 'apply', 'z'));
    expect(revertMove(cleared, undone.entry, 'undo')).toBe(cleared);
  });
});
