/**
 * Machine coding suggestions, learnt from the study's own human coding (as NVivo's pattern coding): passages (speaker
 * turns) → Danish stems → TF-IDF → one logistic regression per code; codes with too few coded passages fall back to
 * their competency keywords. Suggestions never count until accepted; that is the service's business.
 *
 * One k-fold cross-validation by transcript serves two ends. Its held-out probabilities set each code's threshold
 * (the kappa-maximising cut), and they measure the machine as one more coder: for each fold, the fold's model with a
 * threshold chosen on the OTHER folds' held-out scores predicts the fold's passages through the stored form (rounded
 * weights, keyword fallback, at most maxPerPassage), and Cohen's kappa of these predictions against the humans is
 * the agreement shown. The vocabulary and idf come from all passages (no labels involved), so one set of vectors
 * serves every fold.
 */
import { cohenKappaBinary } from './agreement.model.js';
import type { Polarity } from './coding.model.js';
import { analyseDanish } from './danish-text.js';
import {
  assignFolds,
  bestThreshold,
  type ClassifierOptions,
  type CrossValidation,
  crossValidateFold,
  DEFAULT_MIN_POSITIVES,
  fitEligible,
  splitFold,
} from './suggest-classifier.js';
import {
  buildVocabulary,
  createIdVectorizer,
  packRows,
  type SparseRows,
  type VocabularyOptions,
} from './suggest-features.js';
import { polarityCues } from './suggest-keywords.js';
import {
  compileModel,
  createFeatureIds,
  DEFAULT_MAX_PER_PASSAGE,
  featureStrings,
  type SuggestModel,
  storeModel,
} from './suggest-score.js';

export { modelStatus, type StoredClassifier, type Suggestion, type SuggestModel, suggest } from './suggest-score.js';

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
  /** Passages the humans coded with this code. */
  positives: number;
}

export interface TrainingResult {
  model: SuggestModel;
  /** Null when evaluation was switched off. */
  evaluation: { folds: number; perCode: CodeEvaluation[] } | null;
}

export type TrainingStage = 'analyse' | 'cross-validate' | 'fit';
export type TrainingProgress = (percent: number, stage: TrainingStage) => void | Promise<void>;

export interface TrainingOptions {
  /** Folds of the cross-validation, by transcript (default 5). */
  folds?: number;
  /** Measure the held-out kappa (default true). Off saves only the scoring: the folds also set the thresholds. */
  evaluate?: boolean;
  seed?: string;
  maxPerPassage?: number;
  classifier?: ClassifierOptions;
  vocabulary?: VocabularyOptions;
}

/**
 * Trains the model on the human-coded passages (none: a keywords-only cold-start model) and, unless switched off,
 * measures the machine's kappa per code on held-out transcripts. Async only to await `onProgress` between stages, so
 * a job can store its progress (and the process breathe) while training runs. Deterministic for the same input.
 */
export async function trainModel(
  passages: readonly TrainingPassage[],
  codes: readonly TrainingCode[],
  onProgress?: TrainingProgress,
  options: TrainingOptions = {},
): Promise<TrainingResult> {
  const seed = options.seed ?? 'frontline-suggest';
  const classifierOptions = { ...options.classifier, seed };
  const maxPerPassage = options.maxPerPassage ?? DEFAULT_MAX_PER_PASSAGE;
  const keywordCodes = codes.map((code) => ({
    id: code.id,
    polarity: code.polarity ?? ('neutral' as const),
    keywords: code.keywords ?? [],
  }));
  await onProgress?.(0, 'analyse');
  const analysed = passages.map((p) => analyseDanish(p.text));
  const cues = analysed.map((a) => polarityCues(a.stems));
  // A feature must occur in at least 0.1 % of the passages (and in 2): rarer ones cannot be learnt, only memorised,
  // and AdaGrad gives rare features large steps, so they would carry big noisy weights into the stored model.
  const minDf = options.vocabulary?.minDf ?? Math.max(2, Math.ceil(passages.length / 1000));
  const vocabulary = buildVocabulary(
    analysed.map((a, i) => featureStrings(a, cues[i])),
    { ...options.vocabulary, minDf },
  );
  const featureIds = createFeatureIds(vocabulary);
  const vectorize = createIdVectorizer(vocabulary);
  const rows = packRows(
    analysed.map((a, i) => {
      const ids = featureIds(a, cues[i]);
      return vectorize(ids, ids.length);
    }),
  );
  const dimension = vocabulary.stems.length;
  const labels = codes.map((code) => Uint8Array.from(passages, (p) => (p.codeIds.includes(code.id) ? 1 : 0)));
  const groups = passages.map((p) => p.transcriptId);
  const transcripts = new Set(groups).size;
  // With a single transcript, assignFolds splits by passage: thresholds still get held-out scores, kappa does not.
  const { folds, count } = assignFolds(groups, options.folds ?? 5, `${seed}:folds`);
  const validated = passages.length >= 2 && count >= 2;
  const cv = validated
    ? await crossValidateWithProgress(rows, labels, folds, count, dimension, classifierOptions, onProgress)
    : null;

  let evaluation: TrainingResult['evaluation'] = null;
  if (options.evaluate ?? true) {
    const measurable = cv !== null && transcripts >= 2;
    const predicted = codes.map(() => new Array<boolean>(passages.length).fill(false));
    const index = new Map(codes.map((code, c) => [code.id, c]));
    const all = Int32Array.from(passages, (_, i) => i);
    for (let fold = 0; measurable && fold < count; fold++) {
      const thresholds = labels.map(
        (y, c) => bestThreshold(cv.scores[c], y, (r) => folds[r] !== fold)?.threshold ?? null,
      );
      const score = compileModel(storeModel(vocabulary, keywordCodes, cv.models[fold], thresholds, 0, maxPerPassage));
      for (const r of splitFold(all, folds, fold, true)) {
        for (const { codeId } of score(analysed[r])) predicted[index.get(codeId)!][r] = true;
      }
    }
    const minPositives = options.classifier?.minPositives ?? DEFAULT_MIN_POSITIVES;
    evaluation = {
      folds: measurable ? count : 0,
      perCode: codes.map((code, c) => {
        const positives = labels[c].reduce((sum, y) => sum + y, 0);
        if (!measurable || positives < minPositives) return { codeId: code.id, kappa: null, heldOut: 0, positives };
        const kappa = cohenKappaBinary(predicted[c], Array.from(labels[c], Boolean));
        return { codeId: code.id, kappa, heldOut: passages.length, positives };
      }),
    };
  }

  await onProgress?.(85, 'fit');
  const all = Int32Array.from(passages, (_, i) => i);
  const fitted = cv ? fitEligible(rows, all, labels, dimension, classifierOptions) : codes.map(() => null);
  const thresholds = labels.map((y, c) => (cv ? (bestThreshold(cv.scores[c], y)?.threshold ?? null) : null));
  const model = storeModel(vocabulary, keywordCodes, fitted, thresholds, passages.length, maxPerPassage);
  await onProgress?.(100, 'fit');
  return { model, evaluation };
}

/** crossValidate, one fold at a time, reporting progress between folds (5–80 %). */
async function crossValidateWithProgress(
  rows: SparseRows,
  labels: readonly Uint8Array[],
  folds: Int32Array,
  count: number,
  dimension: number,
  options: ClassifierOptions,
  onProgress?: TrainingProgress,
): Promise<CrossValidation> {
  const scores = labels.map(() => new Float64Array(rows.count).fill(Number.NaN));
  const models: CrossValidation['models'] = [];
  for (let fold = 0; fold < count; fold++) {
    await onProgress?.(5 + Math.round((75 * fold) / count), 'cross-validate');
    models.push(crossValidateFold(rows, labels, folds, fold, dimension, scores, options));
  }
  return { scores, models };
}
