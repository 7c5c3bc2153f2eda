/**
 * Which speaker turns (segments) a coded span touches: the step from character spans to the turn-level units that
 * agreement, consensus and co-occurrence count. A span touches a turn when they share at least one code point
 * (coding.model.ts `overlaps`).
 */
import { overlaps, type Segment, type Span } from './coding.model.js';

export interface SegmentLookup {
  /** The segments in text order (by start, then ordinal). */
  readonly segments: readonly Segment[];
  /** Indexes (into `segments`) of the segments the span overlaps, in text order. */
  overlapping(span: Span): number[];
}

export function segmentLookup(segments: readonly Segment[]): SegmentLookup {
  const sorted = [...segments].sort((a, b) => a.start - b.start || a.ordinal - b.ordinal);
  // Turns do not overlap, so their ends rise with their starts and a binary search finds the first candidate. Should
  // a caller pass overlapping segments anyway, fall back to a full scan rather than miss one.
  let monotone = true;
  for (let i = 1; i < sorted.length; i++) if (sorted[i].end < sorted[i - 1].end) monotone = false;

  return {
    segments: sorted,
    overlapping(span) {
      const hits: number[] = [];
      let i = 0;
      if (monotone) {
        let hi = sorted.length;
        while (i < hi) {
          const mid = (i + hi) >>> 1;
          if (sorted[mid].end <= span.start) i = mid + 1;
          else hi = mid;
        }
      }
      for (; i < sorted.length; i++) {
        if (monotone && sorted[i].start >= span.end) break;
        if (overlaps(sorted[i], span)) hits.push(i);
      }
      return hits;
    },
  };
}

/** The part of a span inside a segment (assumes they overlap). */
export const clip = (span: Span, segment: Span): Span => ({
  start: Math.max(span.start, segment.start),
  end: Math.min(span.end, segment.end),
});
