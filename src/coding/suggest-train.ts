/**
 * Machine coding suggestions, learnt from the study's own human coding (as NVivo's pattern coding): passages (speaker
 * turns) → Danish stems → TF-IDF → one logistic regression per code; codes with too few coded passages fall back to
 * their competency keywords. The machine is one more coder: `trainModel` also measures its Cohen's kappa with the
 * humans per code on passages it was not trained on (k-fold by transcript). Suggestions never count until accepted;
 * that is the service's business, this file only scores.
 *
 * The model is plain JSON (see SuggestModel) for a jsonb column; evaluation predicts through the same stored form, so
 * the kappa shown is the kappa of exactly what the service will suggest.
 */

import { cohenKappaBinary } from './agreement.model.js';
import type { Polarity } from './coding.model.js';
import { type AnalysedText, analyseDanish } from './danish-text.js';
import {
  assignFolds,
  type ClassifierOptions,
  DEFAULT_MIN_POSITIVES,
  splitFold,
  trainClassifiers,
} from './suggest-classifier.js';
import {
  buildVocabulary,
  createVectorizer,
  type VocabularyOptions,
  vectorizeRows,
  vocabularyFrom,
} from './suggest-features.js';
import {
  createKeywordScorer,
  cueFeatures,
  KEYWORD_THRESHOLD,
  type KeywordRule,
  keywordRule,
} from './suggest-keywords.js';

export interface StoredClassifier {
  codeId: string;
  bias: number;
  threshold: number;
  /** Vocabulary indices with a non-zero weight, ascending, and their weights (3 decimals). */
  features: number[];
  weights: number[];
}

export interface SuggestModel {
  version: 1;
  /** Passages the classifiers were fitted on (0 for a keywords-only model). */
  trainedOn: number;
  vocabulary: string[];
  idf: number[];
  classifiers: StoredClassifier[];
  keywordRules: KeywordRule[];
  keywordThreshold: number;
  /** At most this many suggestions per passage, the best first. */
  maxPerPassage: number;
}

export interface TrainingPassage {
  text: string;
  /** The codes the humans applied to this passage (segment). */
  codeIds: readonly string[];
  transcriptId: string;
}

export interface TrainingCode {
  id: string;
  /** For the keyword fallback's polarity cues; neutral when absent. */
  polarity?: Polarity;
  /** The competency's Danish keywords, for codes without enough coded passages. */
  keywords?: readonly string[];
}

export interface CodeEvaluation {
  codeId: string;
  /** Cohen's kappa of the machine with the humans on held-out passages; null when not measurable. */
  kappa: number | null;
  /** Passages the kappa is computed on (each predicted by a model that never saw its transcript). */
  heldOut: number;
  positives: number;
}

export interface TrainingResult {
  model: SuggestModel;
  /** Null when evaluation was switched off. */
  evaluation: { folds: number; perCode: CodeEvaluation[] } | null;
}

export type TrainingProgress = (percent: number, stage: 'analyse' | 'evaluate' | 'fit') => void | Promise<void>;

export interface TrainingOptions {
  /** Folds of the evaluation, by transcript (default 5). */
  folds?: number;
  /** Measure the held-out kappa (default true); off, only the final model is fitted. */
  evaluate?: boolean;
  seed?: string;
  maxPerPassage?: number;
  classifier?: ClassifierOptions;
  vocabulary?: VocabularyOptions;
}

export interface Suggestion {
  key: string;
  codeId: string;
  score: number;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places || 0;

interface Prepared {
  analysed: AnalysedText[];
  /** Content stems plus polarity cue markers: what the classifier sees. */
  features: string[][];
}

/**
 * What the classifier sees of a passage: its content stems, a marker per polarity cue found ("#need", "#strength":
 * stopword removal would lose "god til"), and each content stem joined with each cue ("#need:budget"). The codebook
 * crosses competency with polarity, and a linear model over plain stems cannot express "a finance word AND a need
 * cue"; the joined features can (on the synthetic benchmark they raise the mean held-out kappa by about 0.07).
 */
function passageFeatures(analysed: AnalysedText): string[] {
  const cues = cueFeatures(analysed.stems);
  const joined = cues.flatMap((cue) => analysed.content.map((stem) => `${cue}:${stem}`));
  return analysed.content.concat(cues, joined);
}

function prepare(texts: readonly string[]): Prepared {
  const analysed = texts.map(analyseDanish);
  return { analysed, features: analysed.map(passageFeatures) };
}

/** Fits the stored model on the passages of `subset`. */
function fitModel(
  data: Prepared,
  labels: readonly Uint8Array[],
  groups: readonly string[],
  codes: readonly TrainingCode[],
  subset: Int32Array,
  options: TrainingOptions,
  seed: string,
): SuggestModel {
  const vocabulary = buildVocabulary(
    Array.from(subset, (r) => data.features[r]),
    options.vocabulary,
  );
  const rows = vectorizeRows(vocabulary, data.features);
  const dimension = vocabulary.stems.length;
  const fitted = subset.length
    ? trainClassifiers(rows, subset, labels, groups, dimension, { ...options.classifier, seed })
    : codes.map(() => null);
  const classifiers: StoredClassifier[] = [];
  const keywordRules: KeywordRule[] = [];
  codes.forEach((code, c) => {
    const classifier = fitted[c];
    if (classifier) {
      const features: number[] = [];
      const weights: number[] = [];
      classifier.weights.forEach((w, j) => {
        const rounded = round(w, 3);
        if (rounded !== 0) features.push(j);
        if (rounded !== 0) weights.push(rounded);
      });
      classifiers.push({
        codeId: code.id,
        bias: round(classifier.bias, 4),
        threshold: round(classifier.threshold, 4),
        features,
        weights,
      });
      return;
    }
    const rule = keywordRule({ id: code.id, polarity: code.polarity ?? 'neutral', keywords: code.keywords ?? [] });
    if (rule) keywordRules.push(rule);
  });
  return {
    version: 1,
    trainedOn: classifiers.length ? subset.length : 0,
    // The whole vocabulary stays, stems without any weight included: they count in each passage's l2 norm.
    vocabulary: vocabulary.stems,
    idf: Array.from(vocabulary.idf, (x) => round(x, 4)),
    classifiers,
    keywordRules,
    keywordThreshold: KEYWORD_THRESHOLD,
    maxPerPassage: options.maxPerPassage ?? 3,
  };
}

/** A stored model made ready to score: weights dense and feature-major, so a passage costs its non-zeros × codes. */
interface Compiled {
  model: SuggestModel;
  vectorize: ReturnType<typeof createVectorizer>;
  weights: Float32Array;
  keywords: ReturnType<typeof createKeywordScorer>;
}

function compile(model: SuggestModel): Compiled {
  const codes = model.classifiers.length;
  const weights = new Float32Array(model.vocabulary.length * codes);
  model.classifiers.forEach((classifier, c) => {
    classifier.features.forEach((j, k) => {
      weights[j * codes + c] = classifier.weights[k];
    });
  });
  const vectorize = createVectorizer(vocabularyFrom(model.vocabulary, model.idf));
  return { model, vectorize, weights, keywords: createKeywordScorer(model.keywordRules) };
}

/** The codes suggested for one analysed passage: above their threshold, best first, at most maxPerPassage. */
function scorePassage(compiled: Compiled, analysed: AnalysedText): { codeId: string; score: number }[] {
  const { model, weights } = compiled;
  const found: { codeId: string; score: number }[] = [];
  const codes = model.classifiers.length;
  if (codes) {
    const z = new Float64Array(codes);
    const vector = compiled.vectorize(passageFeatures(analysed));
    for (let k = 0; k < vector.indices.length; k++) {
      const base = vector.indices[k] * codes;
      const value = vector.values[k];
      for (let c = 0; c < codes; c++) z[c] += weights[base + c] * value;
    }
    model.classifiers.forEach((classifier, c) => {
      const score = 1 / (1 + Math.exp(-(z[c] + classifier.bias)));
      if (score >= classifier.threshold) found.push({ codeId: classifier.codeId, score });
    });
  }
  if (model.keywordRules.length) {
    compiled.keywords(analysed.stems).forEach((score, r) => {
      if (score >= model.keywordThreshold) found.push({ codeId: model.keywordRules[r].codeId, score });
    });
  }
  found.sort((a, b) => b.score - a.score || (a.codeId < b.codeId ? -1 : 1));
  return found.slice(0, model.maxPerPassage);
}

/** Suggestions for passages (e.g. the segments of a transcript): `key` is the caller's, returned as given. */
export function suggest(model: SuggestModel, passages: readonly { key: string; text: string }[]): Suggestion[] {
  const compiled = compile(model);
  const result: Suggestion[] = [];
  for (const passage of passages) {
    for (const { codeId, score } of scorePassage(compiled, analyseDanish(passage.text))) {
      result.push({ key: passage.key, codeId, score: round(score, 4) });
    }
  }
  return result;
}

/** What GET …/suggestions/model reports as `status`. */
export function modelStatus(model: SuggestModel | null): 'none' | 'keywords' | 'trained' {
  if (!model || (model.classifiers.length === 0 && model.keywordRules.length === 0)) return 'none';
  return model.classifiers.length ? 'trained' : 'keywords';
}

/**
 * Trains the model on the human-coded passages (none: a keywords-only cold-start model) and, unless switched off,
 * measures the machine's kappa per code on held-out transcripts. Async only to await `onProgress` between stages, so a
 * job can store its progress (and the process breathe) while training runs.
 */
export async function trainModel(
  passages: readonly TrainingPassage[],
  codes: readonly TrainingCode[],
  onProgress?: TrainingProgress,
  options: TrainingOptions = {},
): Promise<TrainingResult> {
  const seed = options.seed ?? 'frontline-suggest';
  await onProgress?.(0, 'analyse');
  const data = prepare(passages.map((p) => p.text));
  const labels = codes.map((code) => Uint8Array.from(passages, (p) => (p.codeIds.includes(code.id) ? 1 : 0)));
  const groups = passages.map((p) => p.transcriptId);
  const all = Int32Array.from(passages, (_, i) => i);
  const minPositives = options.classifier?.minPositives ?? DEFAULT_MIN_POSITIVES;
  let evaluation: TrainingResult['evaluation'] = null;
  if (options.evaluate ?? true) {
    const transcripts = new Set(groups).size;
    const { folds, count } = assignFolds(groups, options.folds ?? 5, `${seed}:folds`);
    const predicted = codes.map(() => new Array<boolean>(passages.length).fill(false));
    const index = new Map(codes.map((code, c) => [code.id, c]));
    for (let fold = 0; fold < count && transcripts > 1; fold++) {
      await onProgress?.(5 + Math.round((80 * fold) / count), 'evaluate');
      const train = splitFold(all, folds, fold, false);
      const compiled = compile(fitModel(data, labels, groups, codes, train, options, `${seed}:fold:${fold}`));
      for (const r of splitFold(all, folds, fold, true)) {
        for (const { codeId } of scorePassage(compiled, data.analysed[r])) predicted[index.get(codeId)!][r] = true;
      }
    }
    evaluation = {
      folds: transcripts > 1 ? count : 0,
      perCode: codes.map((code, c) => {
        const positives = labels[c].reduce((sum, y) => sum + y, 0);
        if (transcripts < 2 || positives < minPositives) return { codeId: code.id, kappa: null, heldOut: 0, positives };
        const human = Array.from(labels[c], Boolean);
        return { codeId: code.id, kappa: cohenKappaBinary(predicted[c], human), heldOut: passages.length, positives };
      }),
    };
  }
  await onProgress?.(85, 'fit');
  const model = fitModel(data, labels, groups, codes, all, options, seed);
  await onProgress?.(100, 'fit');
  return { model, evaluation };
}
