import { describe, expect, it } from 'vitest';
import { type FrameworkItem, flattenTree, type ItemKind, MAX_DEPTH } from '../frameworks.model';
import {
  applyMove,
  defaultChildKind,
  dropTarget,
  keyboardMoveFor,
  keyboardMoveTarget,
  type MoveTarget,
  zoneAt,
} from './treeMoves';

function item(identifier: string, parentIdentifier: string | null, position: number, kind: ItemKind): FrameworkItem {
  return {
    identifier,
    parentIdentifier,
    position,
    kind,
    code: '',
    titleDa: identifier,
    titleEn: identifier,
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
  };
}

// Two domains: A (a1, a2, a3) and B (b1 with indicator b1x).
const items: FrameworkItem[] = [
  item('B', null, 1, 'domain'),
  item('A', null, 0, 'domain'),
  item('a2', 'A', 1, 'competency'),
  item('a1', 'A', 0, 'competency'),
  item('a3', 'A', 2, 'competency'),
  item('b1', 'B', 0, 'competency'),
  item('b1x', 'b1', 0, 'indicator'),
];

/** The tree as "id@depth" in order, easy to read in an assertion. */
const shape = (list: FrameworkItem[]) => flattenTree(list).map(({ item: i, depth }) => `${i.identifier}@${depth}`);

const moved = (identifier: string, target: MoveTarget | null) => {
  if (!target) throw new Error('expected a move');
  return shape(applyMove(items, identifier, target));
};

describe('keyboardMoveTarget', () => {
  it('moves an item up and down among its siblings, not past the ends', () => {
    expect(keyboardMoveTarget(items, 'a2', 'up')).toEqual({ parentIdentifier: 'A', position: 0 });
    expect(moved('a2', keyboardMoveTarget(items, 'a2', 'up'))).toEqual([
      'A@0',
      'a2@1',
      'a1@1',
      'a3@1',
      'B@0',
      'b1@1',
      'b1x@2',
    ]);
    expect(keyboardMoveTarget(items, 'a2', 'down')).toEqual({ parentIdentifier: 'A', position: 2 });
    expect(moved('a2', keyboardMoveTarget(items, 'a2', 'down')).slice(0, 4)).toEqual(['A@0', 'a1@1', 'a3@1', 'a2@1']);
    expect(keyboardMoveTarget(items, 'a1', 'up')).toBeNull();
    expect(keyboardMoveTarget(items, 'a3', 'down')).toBeNull();
    expect(keyboardMoveTarget(items, 'b1x', 'down')).toBeNull();
  });

  it('indents an item into the sibling above it, as that sibling’s last child', () => {
    expect(keyboardMoveTarget(items, 'a2', 'indent')).toEqual({ parentIdentifier: 'a1', position: 0 });
    expect(keyboardMoveTarget(items, 'B', 'indent')).toEqual({ parentIdentifier: 'A', position: 3 });
    expect(moved('B', keyboardMoveTarget(items, 'B', 'indent'))).toEqual([
      'A@0',
      'a1@1',
      'a2@1',
      'a3@1',
      'B@1',
      'b1@2',
      'b1x@3',
    ]);
    // The first sibling has nothing above it to go into.
    expect(keyboardMoveTarget(items, 'a1', 'indent')).toBeNull();
  });

  it('outdents an item to right after its parent', () => {
    expect(keyboardMoveTarget(items, 'a2', 'outdent')).toEqual({ parentIdentifier: null, position: 1 });
    expect(moved('a2', keyboardMoveTarget(items, 'a2', 'outdent'))).toEqual([
      'A@0',
      'a1@1',
      'a3@1',
      'a2@0',
      'B@0',
      'b1@1',
      'b1x@2',
    ]);
    expect(keyboardMoveTarget(items, 'b1x', 'outdent')).toEqual({ parentIdentifier: 'B', position: 1 });
    expect(keyboardMoveTarget(items, 'A', 'outdent')).toBeNull();
  });

  it('refuses to indent beyond the deepest level a framework may have', () => {
    // A chain c0 → c1 → … MAX_DEPTH levels deep (depths 0..MAX_DEPTH-1).
    const chain = Array.from({ length: MAX_DEPTH }, (_, i) => item(`c${i}`, i === 0 ? null : `c${i - 1}`, 0, 'domain'));
    const last = MAX_DEPTH - 1;
    // x sits beside the deepest item: indenting it would go one level too deep.
    const besideDeepest = [...chain, item('x', `c${last - 1}`, 1, 'indicator')];
    expect(keyboardMoveTarget(besideDeepest, 'x', 'indent')).toBeNull();
    // y one level up may go down one level as a leaf, but not with a child of its own.
    const leaf = [...chain, item('y', `c${last - 2}`, 1, 'indicator')];
    expect(keyboardMoveTarget(leaf, 'y', 'indent')).toEqual({ parentIdentifier: `c${last - 1}`, position: 1 });
    const withChild = [...leaf, item('y1', 'y', 0, 'indicator')];
    expect(keyboardMoveTarget(withChild, 'y', 'indent')).toBeNull();
    expect(dropTarget(withChild, 'y', `c${last}`, 'before')).toBeNull();
  });

  it('returns null for an unknown item', () => {
    expect(keyboardMoveTarget(items, 'nope', 'up')).toBeNull();
  });
});

describe('dropTarget', () => {
  it('drops before and after a row among that row’s siblings', () => {
    expect(dropTarget(items, 'b1', 'a2', 'before')).toEqual({ parentIdentifier: 'A', position: 1 });
    expect(dropTarget(items, 'b1', 'a2', 'after')).toEqual({ parentIdentifier: 'A', position: 2 });
    // Within the same parent, positions are counted without the dragged item.
    expect(dropTarget(items, 'a1', 'a3', 'after')).toEqual({ parentIdentifier: 'A', position: 2 });
    expect(moved('a1', dropTarget(items, 'a1', 'a3', 'after')).slice(0, 4)).toEqual(['A@0', 'a2@1', 'a3@1', 'a1@1']);
  });

  it('drops inside a row as its last child', () => {
    expect(dropTarget(items, 'a3', 'b1', 'inside')).toEqual({ parentIdentifier: 'b1', position: 1 });
    expect(moved('a3', dropTarget(items, 'a3', 'b1', 'inside'))).toEqual([
      'A@0',
      'a1@1',
      'a2@1',
      'B@0',
      'b1@1',
      'b1x@2',
      'a3@2',
    ]);
  });

  it('refuses drops into the item itself or below it, and drops that change nothing', () => {
    expect(dropTarget(items, 'B', 'b1x', 'inside')).toBeNull();
    expect(dropTarget(items, 'B', 'b1', 'before')).toBeNull();
    expect(dropTarget(items, 'a1', 'a1', 'after')).toBeNull();
    expect(dropTarget(items, 'a1', 'a2', 'before')).toBeNull();
    expect(dropTarget(items, 'a2', 'a1', 'after')).toBeNull();
    expect(dropTarget(items, 'b1x', 'b1', 'inside')).toBeNull();
  });
});

describe('applyMove', () => {
  it('renumbers positions 0..n-1 in the old and the new parent', () => {
    const after = applyMove(items, 'a1', { parentIdentifier: 'B', position: 0 });
    const positions = (parent: string) =>
      after
        .filter((i) => i.parentIdentifier === parent)
        .sort((x, y) => x.position - y.position)
        .map((i) => `${i.identifier}:${i.position}`);
    expect(positions('A')).toEqual(['a2:0', 'a3:1']);
    expect(positions('B')).toEqual(['a1:0', 'b1:1']);
    expect(after).toHaveLength(items.length);
  });

  it('clamps a position past the end to the end', () => {
    expect(shape(applyMove(items, 'a1', { parentIdentifier: 'A', position: 99 })).slice(0, 4)).toEqual([
      'A@0',
      'a2@1',
      'a3@1',
      'a1@1',
    ]);
  });
});

describe('small helpers', () => {
  it('gives new items the kind that belongs under their parent', () => {
    expect(defaultChildKind(null)).toBe('domain');
    expect(defaultChildKind('domain')).toBe('competency');
    expect(defaultChildKind('competency')).toBe('indicator');
    expect(defaultChildKind('indicator')).toBe('indicator');
  });

  it('maps Alt+arrows to moves and other keys to none', () => {
    expect(keyboardMoveFor('ArrowUp')).toBe('up');
    expect(keyboardMoveFor('ArrowDown')).toBe('down');
    expect(keyboardMoveFor('ArrowRight')).toBe('indent');
    expect(keyboardMoveFor('ArrowLeft')).toBe('outdent');
    expect(keyboardMoveFor('Enter')).toBeNull();
  });

  it('splits a row into before, inside and after zones by pointer height', () => {
    expect(zoneAt(2, 40)).toBe('before');
    expect(zoneAt(20, 40)).toBe('inside');
    expect(zoneAt(38, 40)).toBe('after');
    expect(zoneAt(0, 0)).toBe('inside');
  });
});
