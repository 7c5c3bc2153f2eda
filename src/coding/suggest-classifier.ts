/**
 * One binary logistic regression per code on TF-IDF rows, fitted with AdaGrad SGD (per-feature step sizes suit sparse
 * text: rare stems still learn; a fairly strong L2 keeps them from memorising). Positives are rare (a code applies to a few percent of passages), so the classes are
 * weighted to balance; L2 is applied to the features a row touches (lazy, so a step costs the row's non-zeros, not
 * the vocabulary). Deterministic: rows are shuffled by a seeded generator, never Math.random.
 *
 * The decision threshold of each code is the one that maximises Cohen's kappa on held-out scores from a
 * cross-validation by transcript (`crossValidate`), so the bar is set on passages the classifier did not see.
 */
import { seededGenerator } from '../studies/sampling.model.js';
import type { SparseRows } from './suggest-features.js';

export interface ClassifierOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Codes with fewer positive passages than this get no classifier. */
  minPositives?: number;
  seed?: string;
}

export const DEFAULT_MIN_POSITIVES = 5;
const DEFAULTS = { epochs: 6, learningRate: 0.5, l2: 0.03, minPositives: DEFAULT_MIN_POSITIVES };

export interface LinearModel {
  /** One weight per vocabulary feature. */
  weights: Float64Array;
  bias: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The probability that a code applies to row r. */
export function predictRow(model: LinearModel, rows: SparseRows, r: number): number {
  let z = model.bias;
  for (let k = rows.offsets[r]; k < rows.offsets[r + 1]; k++) z += model.weights[rows.indices[k]] * rows.values[k];
  return sigmoid(z);
}

/** A seeded Fisher–Yates shuffle of a copy. */
function shuffled(items: Int32Array, next: () => number): Int32Array {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/**
 * Fits one logistic regression per label vector on the given rows (all codes in one pass over the data).
 * labels[c][r] is 1 when code c applies to row r.
 */
export function fitLogistic(
  rows: SparseRows,
  subset: Int32Array,
  labels: readonly Uint8Array[],
  dimension: number,
  options: ClassifierOptions = {},
): LinearModel[] {
  const { epochs, learningRate, l2 } = { ...DEFAULTS, ...options };
  const next = seededGenerator(options.seed ?? 'suggest');
  const models = labels.map(() => ({ weights: new Float64Array(dimension), bias: 0 }));
  const squares = labels.map(() => new Float64Array(dimension));
  const biasSquares = new Float64Array(labels.length);
  // Balanced class weights: each class contributes half of the loss, however rare the code.
  const classWeights = labels.map((y) => {
    let positives = 0;
    for (const r of subset) positives += y[r];
    const n = subset.length;
    return positives === 0 || positives === n ? [1, 1] : [n / (2 * (n - positives)), n / (2 * positives)];
  });
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of shuffled(subset, next)) {
      const start = rows.offsets[r];
      const end = rows.offsets[r + 1];
      for (let c = 0; c < labels.length; c++) {
        const { weights } = models[c];
        const square = squares[c];
        const y = labels[c][r];
        let z = models[c].bias;
        for (let k = start; k < end; k++) z += weights[rows.indices[k]] * rows.values[k];
        const g = (sigmoid(z) - y) * classWeights[c][y];
        for (let k = start; k < end; k++) {
          const j = rows.indices[k];
          const grad = g * rows.values[k] + l2 * weights[j];
          square[j] += grad * grad;
          weights[j] -= (learningRate * grad) / (Math.sqrt(square[j]) + 1e-8);
        }
        biasSquares[c] += g * g;
        models[c].bias -= (learningRate * g) / (Math.sqrt(biasSquares[c]) + 1e-8);
      }
    }
  }
  return models;
}

/**
 * The threshold that maximises Cohen's kappa of (score ≥ threshold) against the labels, halfway between two
 * adjacent distinct scores; null when no threshold beats chance (kappa ≤ 0). Ties in kappa keep the higher bar.
 * Rows with a NaN score (no classifier there) and rows `include` refuses are left out.
 */
export function bestThreshold(
  allScores: Float64Array,
  allLabels: Uint8Array,
  include: (row: number) => boolean = () => true,
): { threshold: number; kappa: number } | null {
  const kept = Array.from(allScores.keys()).filter((r) => include(r) && !Number.isNaN(allScores[r]));
  const scores = Float64Array.from(kept, (r) => allScores[r]);
  const labels = Uint8Array.from(kept, (r) => allLabels[r]);
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i];
  let best: { threshold: number; kappa: number } | null = null;
  let tp = 0;
  for (let k = 1; k <= n; k++) {
    tp += labels[order[k - 1]];
    const score = scores[order[k - 1]];
    if (k < n && scores[order[k]] === score) continue; // cut only between distinct scores
    const fn = positives - tp;
    const tn = n - k - fn;
    const po = (tp + tn) / n;
    const pe = (k / n) * (positives / n) + ((n - k) / n) * ((n - positives) / n);
    if (pe === 1) continue;
    const kappa = (po - pe) / (1 - pe);
    if (kappa > 0 && (!best || kappa > best.kappa + 1e-12)) {
      const below = k < n ? scores[order[k]] : 0;
      best = { threshold: (score + below) / 2, kappa };
    }
  }
  return best;
}

/**
 * Deterministic folds by group (transcript): groups are shuffled by the seed, then each group, largest first, goes
 * to the fold with the fewest rows so far. With fewer than two groups, every row is its own group.
 * Returns the fold of every row; fold count = min(k, groups).
 */
export function assignFolds(groups: readonly string[], k: number, seed: string): { folds: Int32Array; count: number } {
  const keys = new Set(groups).size < 2 ? groups.map((_, i) => String(i)) : groups;
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  const next = seededGenerator(seed);
  const names = [...sizes.keys()].sort();
  const rank = new Map<string, number>();
  shuffled(
    Int32Array.from(names, (_, i) => i),
    next,
  ).forEach((i, position) => {
    rank.set(names[i], position);
  });
  names.sort((a, b) => sizes.get(b)! - sizes.get(a)! || rank.get(a)! - rank.get(b)!);
  const count = Math.max(1, Math.min(k, names.length));
  const load = new Array<number>(count).fill(0);
  const foldOf = new Map<string, number>();
  for (const name of names) {
    const fold = load.indexOf(Math.min(...load));
    foldOf.set(name, fold);
    load[fold] += sizes.get(name)!;
  }
  return { folds: Int32Array.from(keys, (key) => foldOf.get(key)!), count };
}

/** Rows of `subset` whose fold is (or is not) `fold`. */
export function splitFold(subset: Int32Array, folds: Int32Array, fold: number, inFold: boolean): Int32Array {
  return subset.filter((r) => (folds[r] === fold) === inFold);
}

/** Fits the codes with at least `minPositives` positive rows in `subset`; null for the others. */
export function fitEligible(
  rows: SparseRows,
  subset: Int32Array,
  labels: readonly Uint8Array[],
  dimension: number,
  options: ClassifierOptions = {},
): (LinearModel | null)[] {
  const { minPositives } = { ...DEFAULTS, ...options };
  const eligible = labels.map((y) => subset.reduce((sum, r) => sum + y[r], 0) >= minPositives);
  const fitted = fitLogistic(
    rows,
    subset,
    labels.filter((_, c) => eligible[c]),
    dimension,
    options,
  );
  let next = 0;
  return eligible.map((ok) => (ok ? fitted[next++] : null));
}

export interface CrossValidation {
  /** Held-out probability of each code for each row; NaN where the code had no classifier in that row's fold. */
  scores: Float64Array[];
  /** The model of each fold (trained on the other folds), per code; null when too few positives there. */
  models: (LinearModel | null)[][];
}

/** One fold of a cross-validation: fit on the other folds, write the fold's held-out probabilities into `scores`. */
export function crossValidateFold(
  rows: SparseRows,
  labels: readonly Uint8Array[],
  folds: Int32Array,
  fold: number,
  dimension: number,
  scores: Float64Array[],
  options: ClassifierOptions = {},
): (LinearModel | null)[] {
  const all = Int32Array.from({ length: rows.count }, (_, i) => i);
  const seed = `${options.seed ?? 'suggest'}:fold:${fold}`;
  const fitted = fitEligible(rows, splitFold(all, folds, fold, false), labels, dimension, { ...options, seed });
  for (const r of splitFold(all, folds, fold, true)) {
    fitted.forEach((model, c) => {
      if (model) scores[c][r] = predictRow(model, rows, r);
    });
  }
  return fitted;
}

/** For each fold: fit on the other folds, score the fold. */
export function crossValidate(
  rows: SparseRows,
  labels: readonly Uint8Array[],
  folds: Int32Array,
  foldCount: number,
  dimension: number,
  options: ClassifierOptions = {},
): CrossValidation {
  const scores = labels.map(() => new Float64Array(rows.count).fill(Number.NaN));
  const models: (LinearModel | null)[][] = [];
  for (let fold = 0; fold < foldCount; fold++) {
    models.push(crossValidateFold(rows, labels, folds, fold, dimension, scores, options));
  }
  return { scores, models };
}
