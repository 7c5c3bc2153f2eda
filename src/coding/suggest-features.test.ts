import { describe, expect, it } from 'vitest';
import { buildVocabulary, createVectorizer, vectorizeRows, vocabularyFrom } from './suggest-features.js';

const docs = [
  ['budget', 'budget', 'leder'],
  ['leder', 'trivsel'],
  ['budget', 'trivsel', 'leder'],
  ['enkelt'], // df 1: below the default minimum
];

describe('buildVocabulary', () => {
  it('keeps stems in at least minDf passages, most frequent first, with smoothed idf', () => {
    const vocabulary = buildVocabulary(docs);
    expect(vocabulary.stems).toEqual(['leder', 'budget', 'trivsel']);
    // n = 4: leder df 3 → ln(5/4) + 1; budget and trivsel df 2 → ln(5/3) + 1
    expect(vocabulary.idf[0]).toBeCloseTo(Math.log(5 / 4) + 1, 6);
    expect(vocabulary.idf[1]).toBeCloseTo(Math.log(5 / 3) + 1, 6);
    expect(vocabulary.index.get('trivsel')).toBe(2);
  });

  it('caps the size, breaking ties by stem', () => {
    expect(buildVocabulary(docs, { maxSize: 2 }).stems).toEqual(['leder', 'budget']);
    expect(buildVocabulary(docs, { minDf: 1 }).stems).toEqual(['leder', 'budget', 'trivsel', 'enkelt']);
  });
});

describe('createVectorizer', () => {
  it('gives sublinear, idf-weighted, l2-normalised sparse vectors with ascending indices', () => {
    const vocabulary = vocabularyFrom(['leder', 'budget', 'trivsel'], [1, 2, 3]);
    const vector = createVectorizer(vocabulary)(['trivsel', 'budget', 'budget', 'ukendt']);
    expect(vector.indices).toBeInstanceOf(Int32Array);
    expect(vector.values).toBeInstanceOf(Float32Array);
    expect([...vector.indices]).toEqual([1, 2]);
    // budget: (1 + ln 2) · 2, trivsel: 1 · 3, then divided by the norm
    const budget = (1 + Math.log(2)) * 2;
    const norm = Math.hypot(budget, 3);
    expect(vector.values[0]).toBeCloseTo(budget / norm, 6);
    expect(vector.values[1]).toBeCloseTo(3 / norm, 6);
  });

  it('leaves no state behind between calls and gives an empty vector for unknown words', () => {
    const vectorize = createVectorizer(vocabularyFrom(['a', 'b'], [1, 1]));
    const first = vectorize(['a', 'a', 'b']);
    vectorize(['x']);
    expect(vectorize(['a', 'a', 'b'])).toEqual(first);
    expect(vectorize(['x', 'y']).indices.length).toBe(0);
  });
});

describe('vectorizeRows', () => {
  it('packs the vectors of many passages into one CSR block', () => {
    const vocabulary = vocabularyFrom(['a', 'b', 'c'], [1, 1, 1]);
    const rows = vectorizeRows(vocabulary, [['a', 'c'], [], ['b']]);
    expect(rows.count).toBe(3);
    expect([...rows.offsets]).toEqual([0, 2, 2, 3]);
    expect([...rows.indices]).toEqual([0, 2, 1]);
    expect(rows.values[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(rows.values[2]).toBe(1);
  });
});
