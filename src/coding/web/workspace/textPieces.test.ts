import { describe, expect, it } from 'vitest';
import { ownLabelLength, textPieces } from './textPieces.js';

describe('textPieces', () => {
  it('returns the whole text when nothing is marked', () => {
    expect(textPieces('Hej med dig', [])).toEqual([{ text: 'Hej med dig', marks: [] }]);
  });

  it('cuts around one suggestion and keeps the text whole', () => {
    const pieces = textPieces('Jeg leder budgettet', [{ id: 's1', from: 4, to: 9 }]);
    expect(pieces).toEqual([
      { text: 'Jeg ', marks: [] },
      { text: 'leder', marks: ['s1'] },
      { text: ' budgettet', marks: [] },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('Jeg leder budgettet');
  });

  it('splits overlapping suggestions into pieces with every covering id, clipped to the turn', () => {
    expect(
      textPieces('abcdefgh', [
        { id: 'a', from: -3, to: 4 },
        { id: 'b', from: 2, to: 6 },
        { id: 'c', from: 7, to: 20 },
      ]),
    ).toEqual([
      { text: 'ab', marks: ['a'] },
      { text: 'cd', marks: ['a', 'b'] },
      { text: 'ef', marks: ['b'] },
      { text: 'g', marks: [] },
      { text: 'h', marks: ['c'] },
    ]);
  });

  it('merges touching pieces with the same suggestions and drops empty ones', () => {
    expect(textPieces('abcd', [{ id: 'a', from: 1, to: 1 }])).toEqual([{ text: 'abcd', marks: [] }]);
  });
});

describe('ownLabelLength', () => {
  it('finds the speaker label a turn begins with, with the spaces after it', () => {
    expect(ownLabelLength('I: Hvordan går det?', 'I')).toBe(3);
    expect(ownLabelLength('Mette:\tJa', 'Mette')).toBe(7);
    expect(ownLabelLength('Ja, I: det', 'I')).toBe(0);
    expect(ownLabelLength('Ingen label', null)).toBe(0);
    expect(ownLabelLength('I:', 'I')).toBe(2);
  });
});
