/**
 * Source texts from other tools are brought into Frontline's form — NFC, LF line ends — and selection offsets, which
 * count code points in the text AS GIVEN (REFI-QDA 10.2), are moved to match. A byte-order mark is not part of the
 * text (the UTF-8 decoder drops it), so offsets count from the first character after it.
 *
 * Normalisation is done piecewise: the text is cut before every code point that starts a new character (not a
 * combining mark, not a Hangul vowel/final jamo), each piece is normalised on its own, and the pieces' old and new
 * lengths give the offset map. An offset inside a piece (between a letter and its accent) widens outward: a start
 * moves to the piece's start, an end to its end, so the selection still covers the whole character.
 */
import { codePointLength } from '../text-offsets.model.js';
import type { DropReport, RefiProject, RefiSelection } from './refi.model.js';

export interface NormalisedText {
  text: string;
  /** Code points in the original text. */
  originalLength: number;
  /** Maps an offset into the original text (0…originalLength) to one into `text`. */
  map(offset: number, side: 'start' | 'end'): number;
}

const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;

const finish = (piece: string) => piece.normalize('NFC').replace(/\r\n?/g, '\n');

/** Null when piecewise normalisation disagrees with normalising the whole (a composition across pieces). */
export function normaliseSourceText(raw: string): NormalisedText | null {
  const whole = finish(raw);
  if (whole === raw) {
    const n = codePointLength(raw);
    return { text: raw, originalLength: n, map: (offset) => offset };
  }
  // oldStarts[i] / newStarts[i]: code point offset where piece i starts in the original / the normalised text.
  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  const out: string[] = [];
  let piece = '';
  let oldPos = 0;
  let newPos = 0;
  let pieceStart = 0;
  const flush = () => {
    if (piece === '') return;
    const done = finish(piece);
    oldStarts.push(pieceStart);
    newStarts.push(newPos);
    out.push(done);
    newPos += codePointLength(done);
    piece = '';
  };
  for (const ch of raw) {
    const joins = piece !== '' && (JOINS_PREVIOUS.test(ch) || (ch === '\n' && piece.endsWith('\r')));
    if (!joins) {
      flush();
      pieceStart = oldPos;
    }
    piece += ch;
    oldPos++;
  }
  flush();
  const text = out.join('');
  if (text !== whole) return null;
  const originalLength = oldPos;
  oldStarts.push(originalLength);
  newStarts.push(newPos);
  return {
    text,
    originalLength,
    map(offset, side) {
      // The last piece starting at or before offset.
      let lo = 0;
      let hi = oldStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (oldStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      if (oldStarts[lo] === offset || side === 'start') return newStarts[lo];
      return newStarts[lo + 1];
    },
  };
}

/**
 * Gives each source its text (raw texts by source guid; sources already holding text keep it) and checks and maps
 * every selection. Sources without text and selections outside their text are dropped and reported.
 */
export function settleSourceTexts(project: RefiProject, rawTexts: Map<string, string>, report: DropReport): void {
  project.sources = project.sources.filter((source) => {
    const raw = rawTexts.get(source.guid) ?? source.text;
    const norm = normaliseSourceText(raw);
    if (!norm) {
      report.add('TextSource', 'text_not_normalisable', source.name || source.guid);
      return false;
    }
    source.text = norm.text;
    source.selections = source.selections.filter((sel) => keepSelection(sel, norm, report));
    return true;
  });
}

function keepSelection(sel: RefiSelection, norm: NormalisedText, report: DropReport): boolean {
  const example = sel.name || sel.guid;
  if (sel.start < 0 || sel.end > norm.originalLength) {
    report.add('PlainTextSelection', 'offset_beyond_text', example);
    return false;
  }
  if (sel.start > sel.end) {
    report.add('PlainTextSelection', 'offset_order', example);
    return false;
  }
  const start = norm.map(sel.start, 'start');
  const end = norm.map(sel.end, 'end');
  if (start >= end) {
    report.add('PlainTextSelection', 'empty_selection', example);
    return false;
  }
  sel.start = start;
  sel.end = end;
  return true;
}
