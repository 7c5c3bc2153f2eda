/**
 * Where each coding's bar goes in the margin beside the transcript. Bars that would cover the same lines sit in
 * different lanes (columns), so every coding stays visible however many overlap. Lanes are given greedily by start
 * (longest first on ties): the number of lanes is the deepest overlap, the fewest possible for intervals.
 *
 * Spans that merely touch (one ends where the next starts) share a line of text, so they count as overlapping here.
 * With `groupOf`, each group (a coder, in the "all coders" layer) gets a block of lanes of its own, in `groups` order.
 */
import type { Span } from '../../coding.model.js';

export interface LaneItem extends Span {
  id: string;
}

/** One bar in one segment's margin: a coding that covers several turns has a piece in each. */
export interface BarPiece<T extends LaneItem = LaneItem> {
  item: T;
  lane: number;
  /** The part of the coding inside this segment, in code points of the whole text. */
  from: number;
  to: number;
  /** The piece where the coding begins: the one that is a tab stop and carries the label. */
  first: boolean;
  last: boolean;
}

export interface LaneGroup {
  key: string;
  firstLane: number;
  lanes: number;
}

export interface MarginLayout<T extends LaneItem = LaneItem> {
  /** Lanes in all (at least 1, so the margin keeps its width when nothing is coded). */
  lanes: number;
  lane: Map<string, number>;
  /** Indexed like `segments`: the pieces of bars in each segment, by lane then start. */
  bySegment: BarPiece<T>[][];
  groups: LaneGroup[];
}

interface Bounds {
  start: number;
  end: number;
}

function byStart(a: LaneItem, b: LaneItem): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Greedy interval partitioning; returns each item's lane within its group and the group's lane count. */
function assignLanes(items: LaneItem[], lane: Map<string, number>, offset: number): number {
  const sorted = [...items].sort(byStart);
  // laneEnds[k] = end of the last span in lane k; a lane is free for a span that starts strictly after it.
  const laneEnds: number[] = [];
  for (const item of sorted) {
    let k = 0;
    while (k < laneEnds.length && laneEnds[k] >= item.start) k++;
    laneEnds[k] = item.end;
    lane.set(item.id, offset + k);
  }
  return laneEnds.length;
}

/** Index of the first segment whose end is after `point` (segments sorted, not overlapping). */
function firstSegmentEndingAfter(segments: readonly Bounds[], point: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= point) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function marginLanes<T extends LaneItem>(
  items: readonly T[],
  segments: readonly Bounds[],
  options: { groupOf?: (item: T) => string; groups?: readonly string[] } = {},
): MarginLayout<T> {
  const valid = items.filter((item) => item.end > item.start);
  const lane = new Map<string, number>();
  const groups: LaneGroup[] = [];
  if (options.groupOf) {
    const members = new Map<string, T[]>();
    for (const item of valid) {
      const key = options.groupOf(item);
      const list = members.get(key);
      if (list) list.push(item);
      else members.set(key, [item]);
    }
    const order = [...(options.groups ?? [])];
    for (const key of [...members.keys()].sort()) if (!order.includes(key)) order.push(key);
    let next = 0;
    for (const key of order) {
      const used = assignLanes(members.get(key) ?? [], lane, next);
      groups.push({ key, firstLane: next, lanes: Math.max(used, 1) });
      next += Math.max(used, 1);
    }
  } else {
    assignLanes(valid, lane, 0);
  }
  let lanes = 1;
  for (const value of lane.values()) lanes = Math.max(lanes, value + 1);
  for (const group of groups) lanes = Math.max(lanes, group.firstLane + group.lanes);

  const bySegment: BarPiece<T>[][] = segments.map(() => []);
  for (const item of valid) {
    const k = lane.get(item.id) ?? 0;
    let first = true;
    for (let s = firstSegmentEndingAfter(segments, item.start); s < segments.length; s++) {
      const segment = segments[s];
      if (segment.start >= item.end) break;
      const from = Math.max(item.start, segment.start);
      const to = Math.min(item.end, segment.end);
      if (to <= from) continue;
      bySegment[s].push({ item, lane: k, from, to, first, last: item.end <= segment.end });
      first = false;
    }
  }
  for (const pieces of bySegment) pieces.sort((a, b) => a.lane - b.lane || a.from - b.from);
  return { lanes, lane, bySegment, groups };
}

/**
 * Keeps the previous layout's per-segment arrays where nothing in them changed, so memoised margin cells of the
 * other 399 turns do not render again when one coding is added.
 */
export function reuseUnchanged<T extends LaneItem>(
  previous: MarginLayout<T> | null,
  next: MarginLayout<T>,
): MarginLayout<T> {
  if (!previous || previous.bySegment.length !== next.bySegment.length) return next;
  let reused = 0;
  const bySegment = next.bySegment.map((pieces, index) => {
    const before = previous.bySegment[index];
    if (samePieces(before, pieces)) {
      reused++;
      return before;
    }
    return pieces;
  });
  if (reused === 0) return next;
  return { ...next, bySegment };
}

function samePieces<T extends LaneItem>(a: BarPiece<T>[], b: BarPiece<T>[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.item !== y.item || x.lane !== y.lane || x.from !== y.from || x.to !== y.to || x.first !== y.first) {
      return false;
    }
  }
  return true;
}
