// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { OffsetMap } from '../../text-offsets.model.js';
import { boundaryUnit, locate, rangeToSpan, segmentAt, spanToRange, trimUnits } from './selectionOffsets.js';

// Two turns. The first has an emoji (two code units, one code point) and a suggestion mark inside it.
const first = 'Jeg 😀 leder budgettet';
const second = 'Økonomi er svært';
const text = `${first}\n\n${second}`;
const map = new OffsetMap(text);
// Code points: the first turn is [0, 21) (22 code units), the second starts at unit 24 = point 23.
const segments = [
  { start: 0, end: 21 },
  { start: 23, end: 39 },
];

let root: HTMLElement;
let firstText: HTMLElement;
let secondText: HTMLElement;
let label: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <div id="root">
      <div class="row"><span class="speaker">I</span><div data-cw-text data-u="0" data-seg="0">Jeg 😀 <mark>leder</mark> budgettet</div></div>
      <div class="row"><span class="speaker">L</span><div data-cw-text data-u="24" data-seg="1">${second}</div></div>
    </div>`;
  root = document.getElementById('root')!;
  [firstText, secondText] = [...root.querySelectorAll<HTMLElement>('[data-cw-text]')];
  label = root.querySelectorAll<HTMLElement>('.speaker')[1];
});

const range = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) => ({
  startContainer,
  startOffset,
  endContainer,
  endOffset,
});

describe('selection → code points', () => {
  it('maps a selection inside a mark, after an emoji, to code points', () => {
    const markText = firstText.querySelector('mark')!.firstChild!;
    // "leder": code units 7–12 of the turn, code points 6–11 (the emoji counts once).
    expect(rangeToSpan(range(markText, 0, markText, 5), root, map)).toEqual({ start: 6, end: 11 });
    expect(map.slice(6, 11)).toBe('leder');
  });

  it('maps a selection across text nodes and across turns', () => {
    const before = firstText.firstChild!; // "Jeg 😀 "
    const after = secondText.firstChild!;
    // From "😀" to the end of "Økonomi".
    const span = rangeToSpan(range(before, 4, after, 7), root, map)!;
    expect(span).toEqual({ start: 4, end: 30 });
    expect(map.slice(span.start, span.end)).toBe('😀 leder budgettet\n\nØkonomi');
  });

  it('trims white space at the ends and refuses an empty or blank selection', () => {
    const before = firstText.firstChild!;
    // "g 😀 " → trailing space dropped.
    expect(rangeToSpan(range(before, 2, before, 7), root, map)).toEqual({ start: 2, end: 5 });
    expect(rangeToSpan(range(before, 3, before, 4), root, map)).toBeNull();
    expect(rangeToSpan(range(before, 2, before, 2), root, map)).toBeNull();
  });

  it('keeps an emoji whole when the selection ends inside it', () => {
    const before = firstText.firstChild!;
    expect(rangeToSpan(range(before, 0, before, 5), root, map)).toEqual({ start: 0, end: 5 });
  });

  it('snaps ends outside turn texts inward: a speaker label, a whole row, the whole transcript', () => {
    // Starting in the second speaker label: the second turn's start.
    expect(boundaryUnit(root, { node: label.firstChild!, offset: 0 }, 'start')).toBe(24);
    // Ending in that label: the end of the first turn.
    expect(boundaryUnit(root, { node: label.firstChild!, offset: 1 }, 'end')).toBe(22);
    // Element boundaries: (row, 0) … (row, 2) of the second row.
    const row = secondText.parentElement!;
    expect(rangeToSpan(range(row, 0, row, 2), root, map)).toEqual({ start: 23, end: 39 });
    expect(rangeToSpan(range(root, 0, root, root.childNodes.length), root, map)).toEqual({ start: 0, end: 39 });
  });

  it('uses element boundaries inside a turn text (before and after the mark)', () => {
    expect(boundaryUnit(root, { node: firstText, offset: 1 }, 'start')).toBe(7);
    expect(boundaryUnit(root, { node: firstText, offset: 2 }, 'end')).toBe(12);
  });

  it('gives nothing for a selection outside the transcript', () => {
    const outside = document.createElement('p');
    outside.textContent = 'x';
    document.body.append(outside);
    expect(rangeToSpan(range(outside.firstChild!, 0, outside.firstChild!, 1), root, map)).toBeNull();
  });
});

describe('code points → DOM', () => {
  it('finds text nodes for code units across a mark', () => {
    const at = locate(firstText, 9);
    expect(at.node.textContent).toBe('leder');
    expect(at.offset).toBe(2);
  });

  it('finds the segment of a point', () => {
    expect(segmentAt(segments, 0)).toBe(0);
    expect(segmentAt(segments, 20)).toBe(0);
    expect(segmentAt(segments, 21)).toBe(1);
    expect(segmentAt(segments, 39)).toBe(2);
  });

  it('builds a range over a passage that spans two turns', () => {
    const textOf = (i: number) => root.querySelector(`[data-seg="${i}"]`);
    const r = spanToRange(document, map, segments, { start: 6, end: 30 }, textOf)!;
    expect(r.startContainer.textContent).toBe('leder');
    expect(r.startOffset).toBe(0);
    expect(r.endContainer).toBe(secondText.firstChild);
    expect(r.endOffset).toBe(7);
  });
});

describe('trimUnits', () => {
  it('drops spaces and line breaks at both ends only', () => {
    const t = ' \n a b \n';
    expect(trimUnits(t, 0, t.length)).toEqual([3, 6]);
    expect(trimUnits('   ', 0, 3)).toEqual([3, 3]);
  });
});
