/**
 * Code co-occurrence in one layer (one coder, all coders pooled, or the consensus): how many speaker turns carry both
 * codes. The matrix is symmetric; its diagonal counts the turns that carry the code at all. A turn counts once per
 * pair however many codings (or coders) put the codes there.
 */
import type { UnitDecisions } from './agreement.model.js';

/** A code applied to a turn in some layer. */
export interface AppliedUnit {
  /** Needed when units of several transcripts are counted together (ordinals repeat across transcripts). */
  transcriptId?: string;
  segmentOrdinal: number;
  codeId: string;
}

export interface Cooccurrence {
  codes: string[];
  /** counts[i][j]: turns where codes[i] and codes[j] both apply; counts[i][i]: turns with codes[i]. */
  counts: number[][];
}

/** The co-occurrence matrix of the given codes (in that order); units of other codes are ignored. */
export function cooccurrence(applied: Iterable<AppliedUnit>, codeIds: readonly string[]): Cooccurrence {
  const index = new Map(codeIds.map((id, i) => [id, i]));
  const byTurn = new Map<string, Set<number>>();
  for (const unit of applied) {
    const k = index.get(unit.codeId);
    if (k === undefined) continue;
    const key = `${unit.transcriptId ?? ''}\u0000${unit.segmentOrdinal}`;
    const codes = byTurn.get(key);
    if (codes) codes.add(k);
    else byTurn.set(key, new Set([k]));
  }
  const counts = codeIds.map(() => codeIds.map(() => 0));
  // Per turn, every pair of its codes: work grows with the codes per turn (few), not with codes² × turns.
  for (const set of byTurn.values()) {
    const codes = [...set];
    for (let a = 0; a < codes.length; a++) {
      counts[codes[a]][codes[a]]++;
      for (let b = a + 1; b < codes.length; b++) {
        counts[codes[a]][codes[b]]++;
        counts[codes[b]][codes[a]]++;
      }
    }
  }
  return { codes: [...codeIds], counts };
}

/**
 * The applied units of one layer of a transcript's decisions: one coder's (by id), or 'all' (a turn carries a code
 * when any of the coders applied it).
 */
export function layerUnits(decisions: UnitDecisions, layer: 'all' | string, transcriptId?: string): AppliedUnit[] {
  const coders =
    layer === 'all' ? decisions.coderIds.map((_, c) => c) : [decisions.coderIds.indexOf(layer)].filter((c) => c >= 0);
  const units: AppliedUnit[] = [];
  for (const codeId of decisions.codeIds) {
    const vectors = decisions.applied.get(codeId) ?? [];
    decisions.ordinals.forEach((segmentOrdinal, u) => {
      if (coders.some((c) => vectors[c][u] === 1)) units.push({ transcriptId, segmentOrdinal, codeId });
    });
  }
  return units;
}
