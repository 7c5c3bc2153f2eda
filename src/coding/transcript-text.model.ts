/**
 * Plain-text transcripts (a .txt, pasted text, the paragraphs of a .docx) into speaker turns. A line that starts
 * with a speaker label and a colon ("I:", "Interviewer 1:", "Mette Hansen:", "L-0042:", "[00:01:23] Mette:") starts
 * a turn; lines without one continue it. Text without labels becomes one segment per paragraph. The output text is
 * rebuilt as "Label: content" turns joined by a blank line, so exports read naturally and every segment covers its
 * label. Offsets are code points into the NFC text.
 */
import type { ParsedTranscript, Segment, SpeakerRole, TranscriptFormat } from './coding.model.js';
import { codePointLength } from './text-offsets.model.js';

/** Every code a transcript reader throws; each is an i18n key under `errors.`. */
export type TranscriptErrorCode =
  | 'transcript_format'
  | 'transcript_not_text'
  | 'transcript_syntax'
  | 'transcript_timestamp'
  | 'transcript_empty'
  | 'file_too_large'
  | 'file_corrupt'
  | 'docx_not_docx'
  | 'xml_doctype'
  | 'zip_invalid'
  | 'zip_path'
  | 'zip_entries'
  | 'zip_bomb';

/** Input a person must fix. `params` interpolate the message; a `context` param picks an i18next variant. */
export class TranscriptError extends Error {
  constructor(
    readonly code: TranscriptErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'TranscriptError';
  }
}

/**
 * Warnings are i18n keys under `coding.warnings.`, with their parameters as JSON after a space
 * ("coding.warnings.emptyTurns {"count":2}"), so the text can be shown in the reader's language (parseWarning).
 */
export type WarningKey =
  | 'emptyTurns'
  | 'controlCharacters'
  | 'windows1252'
  | 'cuesWithoutText'
  | 'blocksSkipped'
  | 'trackedDeletions';

export function warning(key: WarningKey, params?: Record<string, string | number>): string {
  return params ? `coding.warnings.${key} ${JSON.stringify(params)}` : `coding.warnings.${key}`;
}

export function parseWarning(text: string): { key: string; params: Record<string, string | number> } {
  const space = text.indexOf(' ');
  if (space < 0) return { key: text, params: {} };
  try {
    return { key: text.slice(0, space), params: JSON.parse(text.slice(space + 1)) };
  } catch {
    return { key: text, params: {} };
  }
}

/**
 * BOM stripped, CRLF/CR → LF, NFC, trailing spaces trimmed, lone surrogates → U+FFFD, and control characters that
 * PostgreSQL or a reader cannot use removed (NUL and the C0/C1 controls; Word's vertical tab and form feed are
 * line breaks).
 */
export function normaliseText(raw: string): { text: string; removed: number } {
  let removed = 0;
  let out = '';
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else if (c === 0x0b || c === 0x0c || c === 0x2028) out += '\n';
    else if (c === 0x2029) out += '\n\n';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) removed++;
    else out += text[i];
  }
  const lines = out.normalize('NFC').split('\n');
  return { text: lines.map((l) => l.trimEnd()).join('\n'), removed };
}

/** Labels of the interviewer's side; everything else that is a label is a participant. Keys are lower-case, no dots. */
const INTERVIEWER = new Set([
  'i',
  'int',
  'intv',
  'interviewer',
  'intervieweren',
  'interviewere',
  'moderator',
  'moderatoren',
  'facilitator',
  'forsker',
  'forskeren',
  'q',
  'spørger',
  'spørgeren',
  'spørgsmål',
]);
const PARTICIPANT = new Set([
  'ip',
  'informant',
  'informanten',
  'deltager',
  'deltageren',
  'leder',
  'lederen',
  'respondent',
  'respondenten',
  'interviewperson',
  'interviewpersonen',
  'den interviewede',
  'a',
  'r',
  'svar',
]);
/**
 * Capitalised words that start lines with a colon without being speakers: header fields of a transcript ("Dato:",
 * "Sted:"), notes and common sentence openers.
 */
const NOT_SPEAKERS = new Set(
  (
    'dato tid tidspunkt kl klokken sted lokation varighed længde titel emne tema projekt interview interviewdato ' +
    'transskription transskribent transskriberet optagelse lydfil fil deltagere bemærk bemærkning note noter nb ' +
    'obs ps kommentar citat konklusion resultat formål baggrund metode opsummering sammenfatning resume eksempel ' +
    'fx eks dvs definition kilde kilder link se husk vigtigt side kapitel bilag afsnit tabel figur ja nej men og så ' +
    'altså hvad hvordan hvorfor hvem hvornår hvor det der den de jeg vi du han hun man nu her da når hvis også ' +
    'bare fordi eller http https www date time place location duration title project subject topic summary ' +
    'participants notes'
  ).split(' '),
);

const PSEUDONYM_LABEL = /^\p{Lu}{1,3}-\d{1,6}$/u;
const STAMP = /^[[(]?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)(?:[.,](\d{1,3}))?[\])]?[ \t]+/;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\.?`;
const LABEL = new RegExp(
  String.raw`^(\p{Lu}{1,3}-\d{1,6}|${WORD}(?:[ \u00A0]${WORD}){0,2}(?:[ \u00A0]?\d{1,3})?)[ \t]*:(?![\d/])[ \t]*`,
  'u',
);
const MAX_LABEL = 40;

/** The label's identity for role and stoplist look-ups: lower-case, without dots and a trailing number. */
const labelKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[ \u00A0]?\d+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function speakerRole(label: string | null): SpeakerRole | null {
  if (label === null) return null;
  return INTERVIEWER.has(labelKey(label)) ? 'interviewer' : 'participant';
}

const knownLabel = (label: string) =>
  PSEUDONYM_LABEL.test(label) || INTERVIEWER.has(labelKey(label)) || PARTICIPANT.has(labelKey(label));

export interface LabelMatch {
  label: string;
  startMs: number | null;
  /** The line after the label and colon. */
  rest: string;
}

/** The speaker label a line starts with, by its shape alone (see acceptLabels for which shapes count). */
export function matchLabel(line: string): LabelMatch | null {
  let rest = line.trimStart();
  let startMs: number | null = null;
  const stamp = STAMP.exec(rest);
  if (stamp) {
    const [, h, m, s, frac] = stamp;
    if (h !== undefined && Number(m) > 59) return null;
    startMs = (Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s)) * 1000 + (frac ? Number(frac.padEnd(3, '0')) : 0);
    rest = rest.slice(stamp[0].length);
  }
  const label = LABEL.exec(rest);
  if (!label || label[1].length > MAX_LABEL) return null;
  return { label: label[1].replace(/\u00A0/g, ' '), startMs, rest: rest.slice(label[0].length).trim() };
}

/**
 * Which candidate labels are speakers: the known role labels and pseudonyms always; other capitalised names when
 * they are not a header word or sentence opener and the text has at least two labelled lines (a lone "Nej: …" in
 * prose is not a speaker, "Mette: …" answering "I: …" is).
 */
export function acceptLabels(candidates: string[]): (label: string) => boolean {
  const plausible = candidates.filter((l) => knownLabel(l) || !NOT_SPEAKERS.has(labelKey(l)));
  const enough = plausible.length >= 2;
  return (label) => knownLabel(label) || (enough && !NOT_SPEAKERS.has(labelKey(label)));
}

/** One turn before it is laid out: content is the text after the label. */
export interface Turn {
  speaker: string | null;
  content: string;
  startMs?: number | null;
  endMs?: number | null;
}

/** Lays turns out as "Label: content" joined by blank lines, with code point offsets; drops turns without content. */
export function buildTranscript(turns: Turn[], format: TranscriptFormat, warnings: string[]): ParsedTranscript {
  const pieces: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  let empty = 0;
  for (const turn of turns) {
    const content = turn.content.trim();
    if (!content) {
      if (turn.speaker !== null) empty++;
      continue;
    }
    const piece = (turn.speaker === null ? content : `${turn.speaker}: ${content}`).normalize('NFC');
    if (pieces.length > 0) offset += 2;
    const length = codePointLength(piece);
    segments.push({
      ordinal: segments.length,
      speaker: turn.speaker,
      role: speakerRole(turn.speaker),
      start: offset,
      end: offset + length,
      startMs: turn.startMs ?? null,
      endMs: turn.endMs ?? null,
    });
    pieces.push(piece);
    offset += length;
  }
  const all = empty > 0 ? [...warnings, warning('emptyTurns', { count: empty })] : warnings;
  return { text: pieces.join('\n\n'), segments, format, warnings: all };
}

/** Plain text (a .txt, a paste, a .docx's paragraphs) into turns; see the file comment for the rules. */
export function parsePlainText(
  input: string,
  format: 'txt' | 'paste' | 'docx' = 'paste',
  warnings: string[] = [],
): ParsedTranscript {
  const { text, removed } = normaliseText(input);
  const notes = removed > 0 ? [...warnings, warning('controlCharacters', { count: removed })] : [...warnings];
  const lines = text.split('\n');
  const matches = lines.map(matchLabel);
  const accept = acceptLabels(matches.flatMap((m) => (m ? [m.label] : [])));
  const turns: Turn[] = [];
  let paragraph: string[] = [];
  let current: { speaker: string; startMs: number | null; lines: string[] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length > 0) turns.push({ speaker: null, content: paragraph.join('\n') });
    paragraph = [];
  };
  const flushTurn = () => {
    if (current) turns.push({ speaker: current.speaker, content: current.lines.join('\n'), startMs: current.startMs });
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const match = matches[i];
    if (match && accept(match.label)) {
      flushParagraph();
      flushTurn();
      current = { speaker: match.label, startMs: match.startMs, lines: match.rest ? [match.rest] : [] };
    } else if (current) {
      // Inside a turn, blank lines are dropped: a turn never holds the blank line that separates turns.
      if (line.trim()) current.lines.push(line);
    } else if (line.trim()) paragraph.push(line);
    else flushParagraph();
  }
  flushParagraph();
  flushTurn();
  return buildTranscript(turns, format, notes);
}
