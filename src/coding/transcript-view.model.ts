/** Small pure views of a transcript: each turn's text, word counts, and turns found in text that must not change. */
import type { ParsedTranscript, Segment } from './coding.model.js';
import { codePointLength, OffsetMap } from './text-offsets.model.js';
import { acceptLabels, matchLabel, speakerRole } from './transcript-text.model.js';

/** The text of every segment, cut by code point offsets. */
export function segmentTexts(parsed: ParsedTranscript): string[] {
  const map = new OffsetMap(parsed.text);
  return parsed.segments.map((s) => map.slice(s.start, s.end));
}

/** Words as a reader counts them: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Speaker turns of a text that is kept exactly as it is (an imported source, whose codings point into it): each
 * block between blank lines is a turn, its speaker the label it opens with. Our own transcripts are laid out the
 * same way (turns joined by a blank line), so an exported and re-imported transcript gets its turns back.
 */
export function segmentsOfText(text: string): Segment[] {
  const blocks: { start: number; end: number; first: string }[] = [];
  let point = 0;
  for (const [i, block] of text.split(/(\n[ \t]*\n)/).entries()) {
    const length = codePointLength(block);
    if (i % 2 === 0 && block.trim()) {
      const lead = codePointLength(block) - codePointLength(block.trimStart());
      const trail = codePointLength(block) - codePointLength(block.trimEnd());
      blocks.push({ start: point + lead, end: point + length - trail, first: block.trimStart().split('\n')[0] });
    }
    point += length;
  }
  const matches = blocks.map((b) => matchLabel(b.first));
  const accept = acceptLabels(matches.flatMap((m) => (m ? [m.label] : [])));
  return blocks.map((b, ordinal) => {
    const match = matches[ordinal];
    const speaker = match && accept(match.label) ? match.label : null;
    return {
      ordinal,
      speaker,
      role: speakerRole(speaker),
      start: b.start,
      end: b.end,
      startMs: match && speaker ? match.startMs : null,
      endMs: null,
    };
  });
}
