import { describe, expect, it } from 'vitest';
import { analyseDanish } from './danish-text.js';
import { buildVocabulary, createIdVectorizer, createVectorizer, vocabularyFrom } from './suggest-features.js';
import { polarityCues } from './suggest-keywords.js';
import { compileModel, createFeatureIds, featureStrings, modelStatus, storeModel } from './suggest-score.js';

const texts = [
  'Jeg mangler overblik over budgettet, og jeg savner sparring om budgettet.',
  'Jeg er god til budgettet, men det er ikke svært.',
  'Vi taler om budgettet og om vagtplanen.',
  'Jeg har brug for hjælp med vagtplanen.',
];
const analysed = texts.map(analyseDanish);
const cues = analysed.map((a) => polarityCues(a.stems));

describe('features', () => {
  it('joins each content stem with each cue found, and marks the cue', () => {
    expect(featureStrings(analysed[3], cues[3])).toEqual([
      'brug',
      'hjælp',
      'vagtplan',
      '#need',
      '#need:brug',
      '#need:hjælp',
      '#need:vagtplan',
    ]);
  });

  it('gives the same vectors from ids (used to score) as from the feature strings (used to count)', () => {
    const vocabulary = buildVocabulary(
      analysed.map((a, i) => featureStrings(a, cues[i])),
      { minDf: 1 },
    );
    const fromStrings = createVectorizer(vocabulary);
    const featureIds = createFeatureIds(vocabulary);
    const fromIds = createIdVectorizer(vocabulary);
    analysed.forEach((a, i) => {
      const ids = featureIds(a, cues[i]);
      expect(fromIds(ids, ids.length)).toEqual(fromStrings(featureStrings(a, cues[i])));
    });
  });
});

describe('storeModel and compileModel', () => {
  const vocabulary = vocabularyFrom(['budget', '#need', '#need:budget', 'vagtplan'], [1, 1, 1, 1]);
  const codes = [
    { id: 'need-budget', polarity: 'need' as const, keywords: ['budget'] },
    { id: 'plan', polarity: 'neutral' as const, keywords: ['vagtplanen', 'vagtplan', 'planlægning'] },
    { id: 'none', polarity: 'neutral' as const, keywords: [] },
  ];
  const fitted = [{ weights: Float64Array.from([0.004, 1.5, 2.349, -0.8]), bias: -1.23456 }, null, null];

  it('rounds weights to 2 decimals, drops zeros, and turns codes without a classifier into keyword rules', () => {
    const model = storeModel(vocabulary, codes, fitted, [0.61234, null, null], 40);
    expect(model.classifiers).toEqual([
      { codeId: 'need-budget', bias: -1.2346, threshold: 0.6123, features: [1, 2, 3], weights: [1.5, 2.35, -0.8] },
    ]);
    expect(model.keywordRules.map((rule) => rule.codeId)).toEqual(['plan']);
    expect(model.trainedOn).toBe(40);
    expect(modelStatus(model)).toBe('trained');
    // A fitted model without a threshold (nothing beat chance) is not kept.
    expect(modelStatus(storeModel(vocabulary, codes.slice(0, 1), fitted, [null], 40))).toBe('keywords');
  });

  it('scores by probability against each threshold, mixing classifier and keyword codes, best first', () => {
    const model = storeModel(vocabulary, codes, fitted, [0.5, null, null], 40);
    const score = compileModel(model);
    // Features budget (weight 0 once rounded), vagtplan, #need, #need:budget, each idf 1 and tf 1: values 1/2, so
    // z = −1.2346 + (0 − 0.8 + 1.5 + 2.35) / 2 = 0.2904, p = 0.5721. 'plan' has two keywords and no cue of its
    // polarity (neutral): 0.75 × 0.8 = 0.6.
    const found = score(analyseDanish('Jeg mangler budgettet, vagtplanen og planlægning'));
    expect(found.map((f) => f.codeId)).toEqual(['plan', 'need-budget']);
    expect(found[0].score).toBeCloseTo(0.6, 10);
    expect(found[1].score).toBeCloseTo(1 / (1 + Math.exp(-0.2904)), 6);
    // "Jeg mangler budgettet": three features of 1/√3: z = −1.2346 + 3.85/√3 → p ≈ 0.729.
    expect(score(analyseDanish('Jeg mangler budgettet'))[0].score).toBeCloseTo(
      1 / (1 + Math.exp(1.2346 - 3.85 / Math.sqrt(3))),
      6,
    );
    // Without the cue: z = −1.2346 − 0.8/√2 → p ≈ 0.14, under the bar; one keyword without its cue: 0.4 < 0.45.
    expect(score(analyseDanish('Budgettet og vagtplanen'))).toEqual([]);
    const one = compileModel({ ...model, maxPerPassage: 1 });
    expect(one(analyseDanish('Jeg mangler budgettet, vagtplanen og planlægning')).map((f) => f.codeId)).toEqual([
      'plan',
    ]);
  });
});
