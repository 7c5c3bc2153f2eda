import { describe, expect, it } from 'vitest';
import { CODE_COLOURS } from '../../coding.model.js';
import type { Code } from './coding.api.js';
import { chipTextColour, contrastRatio, cooccurrenceTable, HEAT_LEVELS, heatLevel } from './cooccurrence.js';

const code = (id: string, ordinal: number): Code => ({
  id,
  parentId: null,
  name: id.toUpperCase(),
  description: '',
  colour: '#1f6fb2',
  polarity: 'need',
  competencyId: null,
  competencyTitle: null,
  ordinal,
  shortcut: null,
  codingCount: 0,
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('heat levels', () => {
  it('keep at least 4.5:1 between the number and its cell', () => {
    for (const level of HEAT_LEVELS) expect(contrastRatio(level.color, level.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('put zero in level 0 and the maximum in the top level', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(3, 0)).toBe(0);
    expect(heatLevel(10, 10)).toBe(5);
    expect(heatLevel(1, 10)).toBe(1); // 10 % → ceil(0.5) = 1
    expect(heatLevel(5, 10)).toBe(3); // 50 % → ceil(2.5) = 3
    expect(heatLevel(6, 10)).toBe(3); // 60 % → ceil(3.0) = 3
    expect(heatLevel(7, 10)).toBe(4); // 70 % → ceil(3.5) = 4
    expect(heatLevel(25, 10)).toBe(5); // a diagonal count above the max is capped
  });
});

describe('chipTextColour', () => {
  it('gives every palette colour a text colour with AA contrast', () => {
    for (const colour of CODE_COLOURS)
      expect(contrastRatio(chipTextColour(colour), colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses dark text on a light colour, and black on a mid orange such as #c75b00 (white gives only 4.26:1)', () => {
    expect(chipTextColour('#ffeb3b')).toBe('#000000');
    expect(chipTextColour('#0b3c7a')).toBe('#ffffff');
    expect(chipTextColour('#c75b00')).toBe('#000000');
  });

  it('reaches AA on any colour an import may bring', () => {
    for (let grey = 0; grey < 256; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(chipTextColour(hex), hex)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('cooccurrenceTable', () => {
  const data = {
    codes: ['c', 'a', 'b', 'gone'],
    counts: [
      [4, 2, 0, 1],
      [2, 7, 3, 0],
      [0, 3, 5, 0],
      [1, 0, 0, 1],
    ],
  };

  it('reorders to the codebook, drops unknown codes and takes the max off the diagonal', () => {
    const table = cooccurrenceTable(data, [code('a', 0), code('b', 1), code('c', 2)]);
    expect(table.codes.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(table.counts).toEqual([
      [7, 3, 2],
      [3, 5, 0],
      [2, 0, 4],
    ]);
    expect(table.max).toBe(3);
  });

  it('leaves out codes that never occur unless asked to keep them', () => {
    const sparse = {
      codes: ['a', 'b'],
      counts: [
        [2, 0],
        [0, 0],
      ],
    };
    expect(cooccurrenceTable(sparse, [code('a', 0), code('b', 1)]).codes.map((c) => c.id)).toEqual(['a']);
    expect(cooccurrenceTable(sparse, [code('a', 0), code('b', 1)], false).codes).toHaveLength(2);
  });
});
