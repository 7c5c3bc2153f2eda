/**
 * Agreement between coders on the speaker turn (segment) as unit: coder c applied code k to turn u iff c has a coding
 * of k that shares at least one code point with u. Per code the decision is binary (applied or not); percent
 * agreement, Cohen's kappa (two coders) and Krippendorff's alpha (any number) are computed per code and overall.
 * docs/coding-agreement.md explains the choices for analysts.
 */

import { BinaryTally } from './agreement-stats.model.js';
import type { CodingSpan, Segment } from './coding.model.js';
import { segmentLookup } from './segment-units.model.js';

export {
  BinaryTally,
  cohenKappa,
  cohenKappaBinary,
  krippendorffAlpha,
  percentAgreement,
  type Rating,
  type UnitValues,
} from './agreement-stats.model.js';

/** Turn-level decisions of several coders on one transcript. */
export interface UnitDecisions {
  /** The units: segment ordinals in text order; position i in every vector below is the segment ordinals[i]. */
  ordinals: number[];
  coderIds: string[];
  codeIds: string[];
  /** Per code, one vector per coder (in coderIds order): 1 where the coder applied the code to the unit, else 0. */
  applied: Map<string, Uint8Array[]>;
}

/** The decisions of the given coders on the given codes; codings by other coders or of other codes are ignored. */
export function unitDecisions(
  segments: readonly Segment[],
  codings: readonly CodingSpan[],
  coderIds: readonly string[],
  codeIds: readonly string[],
): UnitDecisions {
  const lookup = segmentLookup(segments);
  const size = lookup.segments.length;
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const applied = new Map(codeIds.map((id) => [id, coderIds.map(() => new Uint8Array(size))]));
  for (const coding of codings) {
    const c = coderIndex.get(coding.coderId);
    const vectors = applied.get(coding.codeId);
    if (c === undefined || !vectors) continue;
    for (const i of lookup.overlapping(coding)) vectors[c][i] = 1;
  }
  return {
    ordinals: lookup.segments.map((s) => s.ordinal),
    coderIds: [...coderIds],
    codeIds: [...codeIds],
    applied,
  };
}

/** One transcript as agreement input. */
export interface AgreementTranscript {
  segments: readonly Segment[];
  codings: readonly CodingSpan[];
  /**
   * The coders who coded this transcript. Default: those with at least one coding in it. A selected coder not among
   * them gives missing values on its turns (never "not applied"): not coding a transcript is not a decision.
   */
  coderIds?: readonly string[];
}

export interface AgreementFigures {
  /** Percent agreement as a proportion 0…1 (null only when there are no units). */
  percent: number | null;
  /** Cohen's kappa; computed only when exactly two coders are compared. */
  kappa: number | null;
  /** Krippendorff's alpha (nominal). */
  alpha: number | null;
}

export interface CodeAgreement extends AgreementFigures {
  codeId: string;
  /** Turns compared (the same for every code). */
  units: number;
  /** Of those, turns where at least one coder applied the code. */
  positives: number;
}

export interface AgreementReport {
  unit: 'segment';
  coderIds: string[];
  /** Transcripts compared: those coded by at least two of the coders. */
  transcripts: number;
  /** Turns compared (all turns of those transcripts). */
  units: number;
  /**
   * All (turn, code) decisions pooled as one binary data set: every turn contributes one unit per code. Kappa and
   * alpha then weigh each code by how often it is in play; percent is high when most codes are absent from most turns.
   */
  overall: AgreementFigures;
  perCode: CodeAgreement[];
}

/**
 * Agreement of the given coders on the given codes over a set of transcripts. A transcript enters when at least two
 * of the coders coded it (with two coders: both); in it, every turn is a unit, and a coder who did not code that
 * transcript is missing data. Kappa is reported only for exactly two coders; alpha handles any number and the gaps.
 */
export function agreementReport(
  transcripts: readonly AgreementTranscript[],
  coderIds: readonly string[],
  codeIds: readonly string[],
): AgreementReport {
  const pair = coderIds.length === 2;
  const perCode = codeIds.map(() => new BinaryTally());
  const overall = new BinaryTally();
  let transcriptCount = 0;
  let units = 0;

  for (const transcript of transcripts) {
    const coded = new Set(transcript.coderIds ?? transcript.codings.map((c) => c.coderId));
    const presentCoders = coderIds.filter((id) => coded.has(id));
    if (presentCoders.length < 2) continue;
    transcriptCount++;
    const decisions = unitDecisions(transcript.segments, transcript.codings, presentCoders, codeIds);
    const size = decisions.ordinals.length;
    units += size;
    const m = presentCoders.length;
    codeIds.forEach((codeId, k) => {
      const vectors = decisions.applied.get(codeId) as Uint8Array[];
      for (let u = 0; u < size; u++) {
        if (pair) {
          const first = vectors[0][u] === 1;
          const second = vectors[1][u] === 1;
          perCode[k].addPair(first, second);
          overall.addPair(first, second);
        } else {
          let yes = 0;
          for (const vector of vectors) yes += vector[u];
          perCode[k].add(m, yes);
          overall.add(m, yes);
        }
      }
    });
  }

  const figures = (tally: BinaryTally): AgreementFigures => ({
    percent: tally.percent,
    kappa: pair ? tally.kappa : null,
    alpha: tally.alpha,
  });
  return {
    unit: 'segment',
    coderIds: [...coderIds],
    transcripts: transcriptCount,
    units,
    overall: figures(overall),
    perCode: codeIds.map((codeId, k) => ({
      codeId,
      units: perCode[k].units,
      positives: perCode[k].positives,
      ...figures(perCode[k]),
    })),
  };
}
