import { describe, expect, it } from 'vitest';
import { seededGenerator } from '../studies/sampling.model.js';
import { cohenKappaBinary } from './agreement.model.js';
import { analyseDanish } from './danish-text.js';
import { SYNTHETIC_CODES, syntheticPassages } from './suggest.test-fixtures.js';
import {
  assignFolds,
  bestThreshold,
  crossValidate,
  fitEligible,
  fitLogistic,
  predictRow,
} from './suggest-classifier.js';
import { buildVocabulary, vectorizeRows } from './suggest-features.js';

// Need codes of two competencies: told apart by vocabulary alone, so a linear model should nearly separate them.
const codes = SYNTHETIC_CODES.filter((code) => code.id === 'need-økonomi' || code.id === 'need-politik');

function dataset(count: number, seed: string) {
  const passages = syntheticPassages(count, { seed, codes, perTranscript: 20 });
  const docs = passages.map((p) => analyseDanish(p.text).content);
  const vocabulary = buildVocabulary(docs);
  const rows = vectorizeRows(vocabulary, docs);
  const labels = codes.map((code) => Uint8Array.from(passages, (p) => (p.codeIds.includes(code.id) ? 1 : 0)));
  return { passages, rows, labels, dimension: vocabulary.stems.length, groups: passages.map((p) => p.transcriptId) };
}

describe('bestThreshold', () => {
  it('cuts halfway between the scores that separate the classes', () => {
    const cut = bestThreshold(Float64Array.from([0.9, 0.2, 0.8, 0.3]), Uint8Array.from([1, 0, 1, 0]));
    expect(cut).toEqual({ threshold: 0.55, kappa: 1 });
  });

  it('maximises kappa when the classes overlap, and agrees with cohenKappaBinary', () => {
    const scores = Float64Array.from([0.95, 0.9, 0.7, 0.6, 0.4, 0.1]);
    const labels = Uint8Array.from([1, 0, 1, 1, 0, 0]);
    const cut = bestThreshold(scores, labels)!;
    // Top 4 positive: tp 3, fp 1, tn 2 → po 5/6, pe (4/6·3/6 + 2/6·3/6) = 1/2, kappa 2/3
    expect(cut.threshold).toBeCloseTo(0.5, 10);
    expect(cut.kappa).toBeCloseTo(2 / 3, 10);
    const predicted = Array.from(scores, (s) => s >= cut.threshold);
    expect(cohenKappaBinary(predicted, Array.from(labels, Boolean))).toBeCloseTo(cut.kappa, 10);
  });

  it('leaves out rows without a score and rows the filter refuses', () => {
    const scores = Float64Array.from([0.9, Number.NaN, 0.8, 0.3, 0.1, 0.95]);
    const labels = Uint8Array.from([1, 1, 1, 0, 0, 0]);
    // Row 5 (a high-scoring negative) is refused, row 1 has no score: the rest separate at 0.55.
    expect(bestThreshold(scores, labels, (r) => r !== 5)).toEqual({ threshold: 0.55, kappa: 1 });
  });

  it('gives null when nothing beats chance', () => {
    expect(bestThreshold(Float64Array.from([0.9, 0.1]), Uint8Array.from([0, 1]))).toBeNull();
    expect(bestThreshold(Float64Array.from([0.5, 0.5]), Uint8Array.from([0, 0]))).toBeNull();
  });
});

describe('assignFolds', () => {
  it('keeps each group in one fold and balances rows across folds', () => {
    const groups = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', 'e', 'e', 'e', 'e'];
    const { folds, count } = assignFolds(groups, 3, 'seed');
    expect(count).toBe(3);
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) if (groups[i] === groups[j]) expect(folds[i]).toBe(folds[j]);
    }
    const sizes = [0, 1, 2].map((f) => folds.filter((x) => x === f).length);
    expect(sizes.sort()).toEqual([4, 4, 4]);
    expect(assignFolds(groups, 3, 'seed').folds).toEqual(folds);
  });

  it('falls back to one row per group when there is a single group, and caps folds at the groups', () => {
    expect(assignFolds(['x', 'x', 'x', 'x'], 2, 's').count).toBe(2);
    expect(assignFolds(['x', 'y'], 5, 's').count).toBe(2);
  });
});

describe('crossValidate', () => {
  it('reaches a high kappa on transcripts it was not trained on, with a threshold set on the other folds', () => {
    const { rows, labels, groups, dimension } = dataset(1200, 'classifier');
    const { folds, count } = assignFolds(groups, 4, 'outer');
    const { scores, models } = crossValidate(rows, labels, folds, count, dimension);
    expect(models).toHaveLength(4);
    for (let c = 0; c < codes.length; c++) {
      const { threshold } = bestThreshold(scores[c], labels[c], (r) => folds[r] !== 0)!;
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThan(1);
      const test = Array.from(folds.keys()).filter((r) => folds[r] === 0);
      expect(test.length).toBeGreaterThan(250);
      const predicted = test.map((r) => predictRow(models[0][c]!, rows, r) >= threshold);
      const human = test.map((r) => labels[c][r] === 1);
      expect(cohenKappaBinary(predicted, human)!).toBeGreaterThan(0.9);
    }
  });

  it('holds out for real: labels that are noise fit the training rows but not the held-out ones', () => {
    const { rows, groups, dimension } = dataset(600, 'noise');
    const next = seededGenerator('noise');
    const noise = Uint8Array.from({ length: rows.count }, () => (next() % 4 === 0 ? 1 : 0));
    const { folds, count } = assignFolds(groups, 5, 'outer');
    const held = crossValidate(rows, [noise], folds, count, dimension, { epochs: 20 });
    const all = Int32Array.from({ length: rows.count }, (_, i) => i);
    const [inSample] = fitEligible(rows, all, [noise], dimension, { epochs: 20 });
    const seen = Float64Array.from(all, (r) => predictRow(inSample!, rows, r));
    expect(bestThreshold(seen, noise)!.kappa).toBeGreaterThan(0.2);
    expect(bestThreshold(held.scores[0], noise)?.kappa ?? 0).toBeLessThan(0.1);
  });
});

describe('fitEligible', () => {
  it('gives no model to a code with fewer positives than the minimum', () => {
    const { rows, labels, dimension } = dataset(300, 'rare');
    const none = new Uint8Array(rows.count);
    const four = new Uint8Array(rows.count);
    four.set([1, 1, 1, 1]);
    const all = Int32Array.from({ length: rows.count }, (_, i) => i);
    const models = fitEligible(rows, all, [labels[0], none, four], dimension);
    expect(models[0]).not.toBeNull();
    expect(models[1]).toBeNull();
    expect(models[2]).toBeNull();
    expect(fitEligible(rows, all, [four], dimension, { minPositives: 4 })[0]).not.toBeNull();
  });
});

describe('fitLogistic', () => {
  it('is deterministic, and the seed is what changes it', () => {
    const { rows, labels, dimension } = dataset(200, 'same');
    const all = Int32Array.from({ length: rows.count }, (_, i) => i);
    const a = fitLogistic(rows, all, labels, dimension, { seed: 'x' });
    const b = fitLogistic(rows, all, labels, dimension, { seed: 'x' });
    const c = fitLogistic(rows, all, labels, dimension, { seed: 'y' });
    expect(b[0].weights).toEqual(a[0].weights);
    expect(b[0].bias).toBe(a[0].bias);
    expect(c[0].weights).not.toEqual(a[0].weights);
  });

  it('weights the rare class so a 3% code is still found', () => {
    const passages = syntheticPassages(800, { seed: 'skew', codes: codes.slice(0, 1), uncoded: 0.97 });
    const docs = passages.map((p) => analyseDanish(p.text).content);
    const vocabulary = buildVocabulary(docs);
    const rows = vectorizeRows(vocabulary, docs);
    const y = Uint8Array.from(passages, (p) => (p.codeIds.length ? 1 : 0));
    const all = Int32Array.from({ length: rows.count }, (_, i) => i);
    const [model] = fitLogistic(rows, all, [y], vocabulary.stems.length);
    const positives = all.filter((r) => y[r] === 1);
    const found = positives.filter((r) => predictRow(model, rows, r) >= 0.5).length;
    expect(positives.length).toBeGreaterThan(10);
    expect(found / positives.length).toBeGreaterThan(0.9);
  });
});
