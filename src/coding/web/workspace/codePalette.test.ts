// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  digitsByCode,
  filterRows,
  isEditable,
  type KeyInput,
  keyAction,
  type PaletteCode,
  shortcutMap,
  treeOrder,
} from './codePalette.js';

const code = (id: string, parentId: string | null, ordinal: number, name: string, shortcut: string | null = null) =>
  ({ id, parentId, ordinal, name, description: '', shortcut, competencyTitle: null }) satisfies PaletteCode;

const codes = [
  code('led', null, 1, 'Ledelse'),
  code('oek', null, 0, 'Økonomi'),
  code('oek-b', 'oek', 1, 'Økonomi – behov'),
  code('oek-s', 'oek', 0, 'Økonomi – styrke'),
  code('led-k', 'led', 0, 'Kommunikation'),
  code('orphan', 'gone', 5, 'Andet'),
];

describe('treeOrder', () => {
  it('puts parents before children, siblings by ordinal, orphans as roots', () => {
    const rows = treeOrder(codes);
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.code.id}`)).toEqual([
      'oek',
      '  oek-s',
      '  oek-b',
      'led',
      '  led-k',
      'orphan',
    ]);
    expect(rows.find((r) => r.code.id === 'oek')?.children).toBe(2);
  });

  it('survives a cycle', () => {
    const rows = treeOrder([code('a', 'b', 0, 'A'), code('b', 'a', 0, 'B'), code('c', null, 0, 'C')]);
    expect(rows.map((r) => r.code.id)).toEqual(['c']);
  });
});

describe('filterRows', () => {
  it('keeps matches and their ancestors, case- and accent-exact for æøå', () => {
    const rows = treeOrder(codes);
    expect(filterRows(rows, 'BEHOV').map((r) => r.code.id)).toEqual(['oek', 'oek-b']);
    expect(filterRows(rows, 'komm').map((r) => r.code.id)).toEqual(['led', 'led-k']);
    expect(filterRows(rows, 'øko').map((r) => r.code.id)).toEqual(['oek', 'oek-s', 'oek-b']);
    expect(filterRows(rows, '  ')).toHaveLength(6);
    expect(filterRows(rows, 'xyz')).toEqual([]);
  });
});

describe('shortcuts', () => {
  it('numbers the first nine codes when the codebook names no shortcut', () => {
    const map = shortcutMap(treeOrder(codes));
    expect([...map]).toEqual([
      ['1', 'oek'],
      ['2', 'oek-s'],
      ['3', 'oek-b'],
      ['4', 'led'],
      ['5', 'led-k'],
      ['6', 'orphan'],
    ]);
    expect(digitsByCode(map).get('oek-b')).toBe('3');
  });

  it("uses only the codebook's shortcuts when it has any; the first code wins a digit", () => {
    const named = [code('a', null, 0, 'A', '3'), code('b', null, 1, 'B', '3'), code('c', null, 2, 'C', '0')];
    expect([...shortcutMap(treeOrder(named))]).toEqual([['3', 'a']]);
  });

  const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  const map = new Map([['1', 'oek']]);

  it('reads digits, undo and redo, and leaves text fields alone', () => {
    expect(keyAction(key('1'), false, map)).toEqual({ kind: 'apply', codeId: 'oek' });
    expect(keyAction(key('2'), false, map)).toEqual({ kind: 'none' });
    expect(keyAction(key('1', { ctrlKey: true }), false, map)).toEqual({ kind: 'none' });
    expect(keyAction(key('1', { altKey: true }), false, map)).toEqual({ kind: 'none' });
    expect(keyAction(key('z', { ctrlKey: true }), false, map)).toEqual({ kind: 'undo' });
    expect(keyAction(key('Z', { metaKey: true, shiftKey: true }), false, map)).toEqual({ kind: 'redo' });
    expect(keyAction(key('y', { ctrlKey: true }), false, map)).toEqual({ kind: 'redo' });
    expect(keyAction(key('z', { ctrlKey: true, altKey: true }), false, map)).toEqual({ kind: 'none' });
    expect(keyAction(key('z', { ctrlKey: true }), true, map)).toEqual({ kind: 'none' });
    expect(keyAction(key('1'), true, map)).toEqual({ kind: 'none' });
  });

  it('knows which elements take typing', () => {
    const make = (html: string) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      return box.firstElementChild;
    };
    expect(isEditable(make('<textarea></textarea>'))).toBe(true);
    expect(isEditable(make('<input type="search">'))).toBe(true);
    expect(isEditable(make('<input type="checkbox">'))).toBe(false);
    expect(isEditable(make('<button>x</button>'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
