/**
 * The shared vocabulary of interview analysis: transcripts split into speaker turns (segments), codes in a codebook,
 * and codings (a code applied to a span of a transcript by one coder). All offsets are Unicode code points into the
 * NFC transcript text, half-open [start, end) (see text-offsets.model.ts).
 */

export const TRANSCRIPT_FORMATS = ['txt', 'docx', 'vtt', 'srt', 'paste', 'qdpx'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

export type SpeakerRole = 'interviewer' | 'participant';

/** One speaker turn (or, for text without speakers, one paragraph). The unit of agreement and of suggestions. */
export interface Segment {
  /** 0-based position in the transcript. */
  ordinal: number;
  /** The speaker label as written ("I", "Interviewer", "Mette"), null when the text names none. */
  speaker: string | null;
  role: SpeakerRole | null;
  start: number;
  end: number;
  /** Media time of the turn in milliseconds (from .vtt/.srt), null otherwise. */
  startMs: number | null;
  endMs: number | null;
}

export interface ParsedTranscript {
  /** NFC text, turns separated by a blank line. */
  text: string;
  segments: Segment[];
  format: TranscriptFormat;
  /** Things the reader could not keep, for the user to see ("3 cues without text were skipped"). */
  warnings: string[];
}

export const POLARITIES = ['need', 'strength', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface Span {
  start: number;
  end: number;
}

/** A coding in the terms the pure rules need. */
export interface CodingSpan extends Span {
  codeId: string;
  coderId: string;
}

/** Colours offered for new codes: distinguishable, and dark enough for white text (WCAG AA on the code chip). */
export const CODE_COLOURS = [
  '#1f6fb2',
  '#b3261e',
  '#2e7d32',
  '#8e24aa',
  '#ad4f00',
  '#00796b',
  '#5d4037',
  '#ad1457',
  '#3949ab',
  '#546e7a',
] as const;

/** True when two half-open spans share at least one code point. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
