/**
 * Between the DOM and transcript offsets. Each turn's text is rendered exactly as it stands in the transcript, in
 * an element marked `data-cw-text` whose `data-u` is the code unit index where the turn starts in the whole text
 * (suggestion marks inside it split it into several text nodes). A selection's ends become code units, then code
 * points through the transcript's OffsetMap. Ends outside any turn text (a speaker label, the margin, a whole row
 * from a triple click) snap to the nearest turn text inward.
 */
import type { Span } from '../../coding.model.js';
import type { OffsetMap } from '../../text-offsets.model.js';

export const TEXT_ATTR = 'data-cw-text';
const TEXT_SELECTOR = `[${TEXT_ATTR}]`;

export interface Boundary {
  node: Node;
  offset: number;
}

export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (Node is not a global in every test environment)
const TEXT_NODE = 3;

function textNodes(container: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out.push(child as Text);
      else walk(child);
    }
  };
  walk(container);
  return out;
}

/** True when `node` comes after the boundary point in document order. */
function isAfter(boundary: Boundary, node: Node): boolean {
  const { node: at, offset } = boundary;
  if (at.nodeType === TEXT_NODE) {
    return at !== node && Boolean(at.compareDocumentPosition(node) & FOLLOWING) && !node.contains(at);
  }
  const child = at.childNodes[offset];
  if (child) return child === node || child.contains(node) || Boolean(child.compareDocumentPosition(node) & FOLLOWING);
  // After the last child: only what follows the element itself.
  return !at.contains(node) && at !== node && Boolean(at.compareDocumentPosition(node) & FOLLOWING);
}

/** Code units of the container's text before a boundary point inside it. */
export function unitsBefore(container: Node, boundary: Boundary): number {
  let total = 0;
  for (const text of textNodes(container)) {
    if (text === boundary.node) return total + Math.min(boundary.offset, text.length);
    if (isAfter(boundary, text)) return total;
    total += text.length;
  }
  return total;
}

function textContainer(node: Node): HTMLElement | null {
  const element = node.nodeType === TEXT_NODE ? node.parentElement : (node as Element);
  return element?.closest<HTMLElement>(TEXT_SELECTOR) ?? null;
}

const unitStart = (container: HTMLElement) => Number(container.getAttribute('data-u'));

/** The code unit (in the whole transcript text) of one end of a selection, or null when no turn text is there. */
export function boundaryUnit(root: Element, boundary: Boundary, side: 'start' | 'end'): number | null {
  const container = textContainer(boundary.node);
  if (container && root.contains(container)) return unitStart(container) + unitsBefore(container, boundary);
  const all = root.querySelectorAll<HTMLElement>(TEXT_SELECTOR);
  // First turn text after the boundary (binary search: turns are in document order).
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(boundary, all[mid])) hi = mid;
    else lo = mid + 1;
  }
  if (side === 'start') return lo < all.length ? unitStart(all[lo]) : null;
  const before = all[lo - 1];
  return before ? unitStart(before) + (before.textContent ?? '').length : null;
}

const SPACE = /\s/;

/** Leaves out white space at both ends of a selection (a double click takes the space after a word). */
export function trimUnits(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  return [s, e];
}

/** A selection in the transcript as a span of code points, or null when it covers no text. */
export function rangeToSpan(range: RangeLike, root: Element, map: OffsetMap): Span | null {
  const start = boundaryUnit(root, { node: range.startContainer, offset: range.startOffset }, 'start');
  const end = boundaryUnit(root, { node: range.endContainer, offset: range.endOffset }, 'end');
  if (start === null || end === null || end <= start) return null;
  const [s, e] = trimUnits(map.text, start, end);
  if (e <= s) return null;
  const span = { start: map.toPoint(s), end: map.toPoint(e) };
  // An end inside a surrogate pair maps to the pair's start; keep the whole character.
  if (map.toUnit(span.end) < e) span.end += 1;
  return span.end > span.start ? span : null;
}

/** The text node and offset of a code unit inside one turn's text element (at a node boundary: the later node). */
export function locate(container: Node, unit: number): Boundary {
  let rest = unit;
  const texts = textNodes(container);
  for (const text of texts) {
    if (rest < text.length) return { node: text, offset: rest };
    rest -= text.length;
  }
  const last = texts.at(-1);
  return last ? { node: last, offset: last.length } : { node: container, offset: 0 };
}

/** Index of the segment that contains a code point (or the first after it), by binary search. */
export function segmentAt(segments: readonly Span[], point: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= point) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A DOM Range over a span of code points (for highlighting a passage). Parts outside turn texts (the blank lines
 * between turns) are simply spanned over. `textOf(index)` gives the rendered text element of a segment.
 */
export function spanToRange(
  doc: Document,
  map: OffsetMap,
  segments: readonly Span[],
  span: Span,
  textOf: (segmentIndex: number) => Element | null,
): Range | null {
  const first = segmentAt(segments, span.start);
  const last = segmentAt(segments, Math.max(span.start, span.end - 1));
  if (first >= segments.length) return null;
  const lastIndex = Math.min(last, segments.length - 1);
  const startEl = textOf(first);
  const endEl = textOf(lastIndex);
  if (!startEl || !endEl) return null;
  const clampStart = Math.max(span.start, segments[first].start);
  const clampEnd = Math.min(span.end, segments[lastIndex].end);
  const start = locate(startEl, map.toUnit(clampStart) - unitStart(startEl as HTMLElement));
  const end = locate(endEl, map.toUnit(clampEnd) - unitStart(endEl as HTMLElement));
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
