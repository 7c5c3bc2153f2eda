/**
 * The comparison of coders on one transcript and the consensus layer the analysis reads. The unit is the same as for
 * agreement: a speaker turn × a code. A turn × code that some but not all of the transcript's coders applied is a
 * disagreement; the team resolves it to 'include' or 'exclude'.
 *
 * The consensus layer of a transcript:
 * - one coder: that coder's turn × code units ('single');
 * - several: units all of them applied ('agreed') plus disagreements resolved 'include' ('resolved'). Unresolved
 *   disagreements are left out until the team decides: the analysis counts only what the coders agree on or the team
 *   has settled, so a second coder's work can remove units from the layer until the differences are resolved.
 * Resolutions of units that are no longer disagreements (codings changed since) are ignored.
 */
import type { CodingSpan, Segment, Span } from './coding.model.js';
import { clip, segmentLookup } from './segment-units.model.js';

export type Decision = 'include' | 'exclude';

export interface Resolution {
  segmentOrdinal: number;
  codeId: string;
  decision: Decision;
}

export interface Disagreement {
  segmentOrdinal: number;
  codeId: string;
  /** The coders who applied the code to the turn, in the order the coders were given. */
  appliedBy: string[];
  resolution: Decision | null;
}

export interface Comparison {
  disagreements: Disagreement[];
  /** Turn × code units all coders applied (0 with fewer than two coders: nothing is compared). */
  agreed: number;
}

export type ConsensusSource = 'single' | 'agreed' | 'resolved';

export interface ConsensusUnit {
  segmentOrdinal: number;
  codeId: string;
  source: ConsensusSource;
}

/** A consensus unit with the text to quote for it. */
export interface ConsensusSpan extends ConsensusUnit, Span {}

type CodedSpan = Span & { codeId: string };

interface Applied {
  segmentOrdinal: number;
  codeId: string;
  /** The coded parts of the turn, per coder index. */
  spans: Map<number, Span[]>;
}

/** Every turn × code some coder applied, ordered by turn then code id. */
function appliedUnits(segments: readonly Segment[], codingsByCoder: readonly (readonly CodedSpan[])[]): Applied[] {
  const lookup = segmentLookup(segments);
  const units = new Map<string, Applied>();
  codingsByCoder.forEach((codings, coder) => {
    for (const coding of codings) {
      for (const i of lookup.overlapping(coding)) {
        const segment = lookup.segments[i];
        const key = `${segment.ordinal}\u0000${coding.codeId}`;
        let unit = units.get(key);
        if (!unit) {
          unit = { segmentOrdinal: segment.ordinal, codeId: coding.codeId, spans: new Map() };
          units.set(key, unit);
        }
        const spans = unit.spans.get(coder);
        if (spans) spans.push(clip(coding, segment));
        else unit.spans.set(coder, [clip(coding, segment)]);
      }
    }
  });
  return [...units.values()].sort(
    (a, b) => a.segmentOrdinal - b.segmentOrdinal || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0),
  );
}

const resolutionIndex = (resolutions: readonly Resolution[]) =>
  new Map(resolutions.map((r) => [`${r.segmentOrdinal}\u0000${r.codeId}`, r.decision]));

/** The disagreements between the coders of one transcript (the map's keys, in order) and how many units agree. */
export function compareTranscript(
  segments: readonly Segment[],
  codingsByCoder: ReadonlyMap<string, readonly CodedSpan[]>,
  resolutions: readonly Resolution[],
): Comparison {
  const coderIds = [...codingsByCoder.keys()];
  if (coderIds.length < 2) return { disagreements: [], agreed: 0 };
  const decided = resolutionIndex(resolutions);
  const disagreements: Disagreement[] = [];
  let agreed = 0;
  for (const unit of appliedUnits(segments, [...codingsByCoder.values()])) {
    if (unit.spans.size === coderIds.length) {
      agreed++;
      continue;
    }
    disagreements.push({
      segmentOrdinal: unit.segmentOrdinal,
      codeId: unit.codeId,
      appliedBy: coderIds.filter((_, c) => unit.spans.has(c)),
      resolution: decided.get(`${unit.segmentOrdinal}\u0000${unit.codeId}`) ?? null,
    });
  }
  return { disagreements, agreed };
}

/**
 * The consensus layer of one transcript with, for each unit, the span to quote: from the first to the last code point
 * that the contributing coders (all of them for 'agreed', those who applied it for 'resolved') coded inside the turn.
 * So a quote is the coded words, not the whole turn; where coders marked separate passages of one turn, the span
 * covers them and what lies between (one unit, one span).
 */
export function consensusSpans(
  segments: readonly Segment[],
  codings: readonly CodingSpan[],
  coderIds: readonly string[],
  resolutions: readonly Resolution[],
): ConsensusSpan[] {
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const byCoder: CodingSpan[][] = coderIds.map(() => []);
  for (const coding of codings) {
    const c = coderIndex.get(coding.coderId);
    if (c !== undefined) byCoder[c].push(coding);
  }
  const decided = resolutionIndex(resolutions);
  const result: ConsensusSpan[] = [];
  for (const unit of appliedUnits(segments, byCoder)) {
    let source: ConsensusSource;
    if (coderIds.length === 1) source = 'single';
    else if (unit.spans.size === coderIds.length) source = 'agreed';
    else if (decided.get(`${unit.segmentOrdinal}\u0000${unit.codeId}`) === 'include') source = 'resolved';
    else continue;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const spans of unit.spans.values()) {
      for (const span of spans) {
        if (span.start < start) start = span.start;
        if (span.end > end) end = span.end;
      }
    }
    result.push({ segmentOrdinal: unit.segmentOrdinal, codeId: unit.codeId, source, start, end });
  }
  return result;
}

/** The consensus layer of one transcript (see the file comment), ordered by turn then code id. */
export function consensusUnits(
  segments: readonly Segment[],
  codings: readonly CodingSpan[],
  coderIds: readonly string[],
  resolutions: readonly Resolution[],
): ConsensusUnit[] {
  return consensusSpans(segments, codings, coderIds, resolutions).map(({ segmentOrdinal, codeId, source }) => ({
    segmentOrdinal,
    codeId,
    source,
  }));
}
