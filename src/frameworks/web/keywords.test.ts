import { describe, expect, it } from 'vitest';
import { addKeywords } from './keywords';

describe('addKeywords', () => {
  it('adds the typed keywords, split at commas and semicolons, with spaces tidied', () => {
    expect(addKeywords(['budget'], ' likviditet ;  drift   og  styring,')).toEqual([
      'budget',
      'likviditet',
      'drift og styring',
    ]);
  });

  it('skips blanks and keywords already in the list, ignoring case', () => {
    expect(addKeywords(['Økonomi'], 'økonomi, , ØKONOMI')).toEqual(['Økonomi']);
    expect(addKeywords([], 'a, A')).toEqual(['a']);
  });
});
