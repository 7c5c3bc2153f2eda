/**
 * The stored suggestion model (plain JSON for a jsonb column) and scoring with it. A passage (speaker turn) becomes
 * Danish stems, then features, then a TF-IDF vector; each code's logistic regression gives a probability, and codes
 * without a classifier are scored from their competency keywords. Training is in suggest-train.ts.
 */
import { type AnalysedText, analyseDanish } from './danish-text.js';
import type { LinearModel } from './suggest-classifier.js';
import { createIdVectorizer, type Vocabulary, vocabularyFrom } from './suggest-features.js';
import {
  createKeywordScorer,
  cueFeatures,
  KEYWORD_THRESHOLD,
  type KeywordCode,
  type KeywordRule,
  keywordRule,
  type PolarityCues,
  polarityCues,
} from './suggest-keywords.js';

export interface StoredClassifier {
  codeId: string;
  bias: number;
  /** Suggest when the probability reaches this. */
  threshold: number;
  /** Vocabulary indices with a non-zero weight, ascending, and their weights (WEIGHT_PLACES decimals). */
  features: number[];
  weights: number[];
}

export interface SuggestModel {
  version: 1;
  /** Passages the classifiers were fitted on (0 for a keywords-only model). */
  trainedOn: number;
  /** Feature i is vocabulary[i]: a stem, a cue marker ("#need") or a stem joined with a cue ("#need:budget"). */
  vocabulary: string[];
  idf: number[];
  classifiers: StoredClassifier[];
  keywordRules: KeywordRule[];
  keywordThreshold: number;
  /** At most this many suggestions per passage, the best first. */
  maxPerPassage: number;
}

export interface Suggestion {
  key: string;
  codeId: string;
  score: number;
}

/** Weights are stored to 2 decimals and zeros dropped: a few hundred KB instead of megabytes, scores move < 0.01. */
export const WEIGHT_PLACES = 2;
export const DEFAULT_MAX_PER_PASSAGE = 3;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places || 0;

/**
 * What the classifier sees of a passage as strings (for counting document frequencies): its content stems, a marker
 * per polarity cue found ("#need", "#strength": stopword removal would lose "god til"), and each content stem joined
 * with each cue ("#need:budget"). The codebook crosses competency with polarity, and a linear model over plain stems
 * cannot express "a finance word AND a need cue"; the joined features can (on the synthetic benchmark they raise the
 * mean held-out kappa by about 0.07).
 */
export function featureStrings(analysed: AnalysedText, cues: PolarityCues): string[] {
  const markers = cueFeatures(cues);
  const joined = markers.flatMap((marker) => analysed.content.map((stem) => `${marker}:${stem}`));
  return analysed.content.concat(markers, joined);
}

/**
 * The same features as vocabulary ids, without building the joined strings (100,000 passages would make millions):
 * a joined feature is found from its stem through a per-cue map. Returns ids in a reused buffer and their count.
 */
export function createFeatureIds(vocabulary: Vocabulary): (analysed: AnalysedText, cues: PolarityCues) => Int32Array {
  const joinedOf = (marker: string) => {
    const map = new Map<string, number>();
    vocabulary.stems.forEach((feature, i) => {
      if (feature.startsWith(`${marker}:`)) map.set(feature.slice(marker.length + 1), i);
    });
    return { marker: vocabulary.index.get(marker), map };
  };
  const sides = { need: joinedOf('#need'), strength: joinedOf('#strength') };
  let buffer = new Int32Array(256);
  return (analysed, cues) => {
    const { content } = analysed;
    if (buffer.length < 3 * content.length + 2) buffer = new Int32Array(6 * content.length + 4);
    let length = 0;
    for (const stem of content) {
      const i = vocabulary.index.get(stem);
      if (i !== undefined) buffer[length++] = i;
    }
    for (const side of ['need', 'strength'] as const) {
      if (cues[side] === 0) continue;
      const { marker, map } = sides[side];
      if (marker !== undefined) buffer[length++] = marker;
      for (const stem of content) {
        const i = map.get(stem);
        if (i !== undefined) buffer[length++] = i;
      }
    }
    return buffer.subarray(0, length);
  };
}

/** A stored model from fitted weights: codes with a model and a threshold get a classifier, the rest keyword rules. */
export function storeModel(
  vocabulary: Vocabulary,
  codes: readonly KeywordCode[],
  fitted: readonly (LinearModel | null)[],
  thresholds: readonly (number | null)[],
  trainedOn: number,
  maxPerPassage = DEFAULT_MAX_PER_PASSAGE,
): SuggestModel {
  const classifiers: StoredClassifier[] = [];
  const keywordRules: KeywordRule[] = [];
  codes.forEach((code, c) => {
    const model = fitted[c];
    const threshold = thresholds[c];
    if (model && threshold !== null) {
      const features: number[] = [];
      const weights: number[] = [];
      model.weights.forEach((w, j) => {
        const rounded = round(w, WEIGHT_PLACES);
        if (rounded === 0) return;
        features.push(j);
        weights.push(rounded);
      });
      classifiers.push({
        codeId: code.id,
        bias: round(model.bias, 4),
        threshold: round(threshold, 4),
        features,
        weights,
      });
      return;
    }
    const rule = keywordRule(code);
    if (rule) keywordRules.push(rule);
  });
  return {
    version: 1,
    trainedOn: classifiers.length ? trainedOn : 0,
    // The whole vocabulary stays, features without any weight included: they count in each passage's l2 norm.
    vocabulary: vocabulary.stems,
    idf: Array.from(vocabulary.idf, (x) => round(x, 4)),
    classifiers,
    keywordRules,
    keywordThreshold: KEYWORD_THRESHOLD,
    maxPerPassage,
  };
}

export type PassageScorer = (analysed: AnalysedText) => { codeId: string; score: number }[];

/**
 * A scorer for a stored model: weights dense and feature-major, so a passage costs its non-zeros × codes. Gives the
 * codes suggested for a passage: at or above their threshold, best first, at most maxPerPassage.
 */
export function compileModel(model: SuggestModel): PassageScorer {
  const codes = model.classifiers.length;
  const weights = new Float32Array(model.vocabulary.length * codes);
  model.classifiers.forEach((classifier, c) => {
    classifier.features.forEach((j, k) => {
      weights[j * codes + c] = classifier.weights[k];
    });
  });
  const vocabulary = vocabularyFrom(model.vocabulary, model.idf);
  const featureIds = createFeatureIds(vocabulary);
  const vectorize = createIdVectorizer(vocabulary);
  const keywords = createKeywordScorer(model.keywordRules);
  const z = new Float64Array(codes);
  return (analysed) => {
    const cues = polarityCues(analysed.stems);
    const found: { codeId: string; score: number }[] = [];
    if (codes) {
      const ids = featureIds(analysed, cues);
      const vector = vectorize(ids, ids.length);
      z.fill(0);
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
      keywords(analysed.stems, cues).forEach((score, r) => {
        if (score >= model.keywordThreshold) found.push({ codeId: model.keywordRules[r].codeId, score });
      });
    }
    found.sort((a, b) => b.score - a.score || (a.codeId < b.codeId ? -1 : 1));
    return found.slice(0, model.maxPerPassage);
  };
}

/** Suggestions for passages (e.g. the segments of a transcript): `key` is the caller's, returned as given. */
export function suggest(model: SuggestModel, passages: readonly { key: string; text: string }[]): Suggestion[] {
  const score = compileModel(model);
  const result: Suggestion[] = [];
  for (const passage of passages) {
    for (const { codeId, score: s } of score(analyseDanish(passage.text))) {
      result.push({ key: passage.key, codeId, score: round(s, 4) });
    }
  }
  return result;
}

/** What GET …/suggestions/model reports as `status`. */
export function modelStatus(model: SuggestModel | null): 'none' | 'keywords' | 'trained' {
  if (!model || (model.classifiers.length === 0 && model.keywordRules.length === 0)) return 'none';
  return model.classifiers.length ? 'trained' : 'keywords';
}
