import { describe, expect, it } from 'vitest';
import { codePath, codeRows, subtreeIds, takenShortcuts } from './codeTree.js';
import type { Code } from './coding.api.js';

function code(id: string, parentId: string | null, ordinal: number, name = id, shortcut: string | null = null): Code {
  return {
    id,
    parentId,
    name,
    description: '',
    colour: '#1f6fb2',
    polarity: 'neutral',
    competencyId: null,
    competencyTitle: null,
    ordinal,
    shortcut,
    codingCount: 0,
  };
}

const codes = [
  code('b2', 'b', 1, 'Styrke'),
  code('a', null, 0, 'Kommunikation'),
  code('b', null, 1, 'Økonomi'),
  code('b1', 'b', 0, 'Behov'),
  code('a1', 'a', 0, 'Behov', '1'),
  code('a1x', 'a1', 0, 'Møder', '2'),
];

describe('codeRows', () => {
  it('lists parents before children, siblings by ordinal, with level and position', () => {
    const rows = codeRows(codes);
    expect(rows.map((r) => [r.code.id, r.level, r.position, r.siblings, r.childCount])).toEqual([
      ['a', 1, 1, 2, 1],
      ['a1', 2, 1, 1, 1],
      ['a1x', 3, 1, 1, 0],
      ['b', 1, 2, 2, 2],
      ['b1', 2, 1, 2, 0],
      ['b2', 2, 2, 2, 0],
    ]);
  });

  it('shows a code with an unknown parent at the top level', () => {
    const rows = codeRows([code('x', 'gone', 0), code('y', null, 1)]);
    expect(rows.map((r) => [r.code.id, r.level])).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
  });

  it('keeps codes caught in a parent cycle instead of dropping them', () => {
    const rows = codeRows([code('p', 'q', 0), code('q', 'p', 1), code('r', null, 0)]);
    expect(rows.map((r) => r.code.id)).toEqual(['r', 'p', 'q']);
  });
});

describe('subtreeIds', () => {
  it('is the code and every descendant', () => {
    expect([...subtreeIds(codes, 'a')].sort()).toEqual(['a', 'a1', 'a1x']);
    expect([...subtreeIds(codes, 'b1')]).toEqual(['b1']);
  });
});

describe('codePath', () => {
  it('names a code by its ancestors', () => {
    expect(codePath(codes, 'a1x')).toBe('Kommunikation › Behov › Møder');
    expect(codePath(codes, 'b1')).toBe('Økonomi › Behov');
    expect(codePath(codes, 'missing')).toBe('');
  });
});

describe('takenShortcuts', () => {
  it('lists the shortcuts of the other codes', () => {
    expect([...takenShortcuts(codes)].sort()).toEqual(['1', '2']);
    expect([...takenShortcuts(codes, 'a1')]).toEqual(['2']);
  });
});
