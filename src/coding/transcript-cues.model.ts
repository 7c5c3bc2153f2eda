/**
 * Subtitle transcripts (WebVTT from Teams/Zoom, SRT from transcription tools) into speaker turns. Speakers come from
 * VTT voice tags (<v Mette Hansen>) or a "Speaker:" prefix; consecutive cues of one speaker become one turn spanning
 * their media times. A cue timing that cannot be read is an error with its line number, never a crash.
 */
import type { ParsedTranscript } from './coding.model.js';
import {
  acceptLabels,
  buildTranscript,
  type LabelMatch,
  matchLabel,
  normaliseText,
  TranscriptError,
  type Turn,
  warning,
} from './transcript-text.model.js';

interface Block {
  /** 1-based line number of the block's first line. */
  line: number;
  lines: string[];
}

interface Cue {
  startMs: number;
  endMs: number;
  voice: string | null;
  text: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') current = null;
    else if (current) current.lines.push(line);
    else {
      current = { line: i + 1, lines: [line] };
      out.push(current);
    }
  });
  return out;
}

const VTT_TIME = /^(?:(\d{1,5}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const SRT_TIME = /^(\d{1,5}):([0-5]\d):([0-5]\d)[,.](\d{3})$/;

function timing(line: string, lineNo: number, format: 'WebVTT' | 'SRT'): { startMs: number; endMs: number } {
  const fail = () => new TranscriptError('transcript_timestamp', { format, line: lineNo });
  const arrow = line.indexOf('-->');
  const from = line.slice(0, arrow).trim();
  // Cue settings (VTT "align:start") and SRT coordinates follow the end time; they are ignored.
  const to = line
    .slice(arrow + 3)
    .trim()
    .split(/[ \t]+/)[0];
  const pattern = format === 'WebVTT' ? VTT_TIME : SRT_TIME;
  const ms = (value: string) => {
    const m = pattern.exec(value);
    if (!m) throw fail();
    return (Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000 + Number(m[4]);
  };
  const startMs = ms(from);
  const endMs = ms(to);
  if (endMs < startMs) throw fail();
  return { startMs, endMs };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (all, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? all;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

/** Cue text lines as one line: tags and ASS overrides removed, entities decoded, whitespace collapsed. */
const cueText = (lines: string[]) =>
  decodeEntities(
    lines
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .replace(/\{\\[^}]*\}/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** Voice tag speaker of a VTT cue: <v Mette> or <v.loud Mette Hansen>. */
function voice(lines: string[]): string | null {
  const m = /<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(lines.join(' '));
  const name = m ? m[1].trim().slice(0, 100) : '';
  return name || null;
}

/** Cues into turns: "Speaker:" prefixes are read like plain-text labels; a cue without a speaker continues the turn. */
function toTurns(cues: Cue[]): { turns: Turn[]; emptyCues: number } {
  const labels = cues.map((c): LabelMatch | null => (c.voice ? null : matchLabel(c.text)));
  const accept = acceptLabels(labels.flatMap((l) => (l ? [l.label] : [])));
  const spoken = cues.map((cue, i) => {
    const label = labels[i];
    if (cue.voice || !label || !accept(label.label)) return { ...cue, speaker: cue.voice };
    return { ...cue, speaker: label.label, text: label.rest };
  });
  const anySpeaker = spoken.some((c) => c.speaker !== null);
  const turns: Turn[] = [];
  let last: Turn | null = null;
  let emptyCues = 0;
  for (const cue of spoken) {
    if (!cue.text) {
      emptyCues++;
      continue;
    }
    if (last && anySpeaker && (cue.speaker === null || cue.speaker === last.speaker)) {
      last.content += ` ${cue.text}`;
      last.endMs = cue.endMs;
    } else {
      last = { speaker: cue.speaker, content: cue.text, startMs: cue.startMs, endMs: cue.endMs };
      turns.push(last);
    }
  }
  return { turns, emptyCues };
}

function finish(cues: Cue[], skipped: number, removed: number, format: 'vtt' | 'srt'): ParsedTranscript {
  const { turns, emptyCues } = toTurns(cues);
  const warnings: string[] = [];
  if (removed > 0) warnings.push(warning('controlCharacters', { count: removed }));
  if (emptyCues > 0) warnings.push(warning('cuesWithoutText', { count: emptyCues }));
  if (skipped > 0) warnings.push(warning('blocksSkipped', { count: skipped }));
  return buildTranscript(turns, format, warnings);
}

export function parseVtt(input: string): ParsedTranscript {
  const { text, removed } = normaliseText(input);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(text.split('\n', 1)[0])) {
    throw new TranscriptError('transcript_syntax', { format: 'WebVTT', line: 1 });
  }
  const cues: Cue[] = [];
  let skipped = 0;
  // The first block is the header (WEBVTT and any metadata lines).
  for (const block of blocks(text).slice(1)) {
    const first = block.lines[0];
    if (/^(?:NOTE(?:[ \t]|$)|STYLE[ \t]*$|REGION[ \t]*$)/.test(first)) continue;
    const at = first.includes('-->') ? 0 : block.lines.length > 1 && block.lines[1].includes('-->') ? 1 : -1;
    if (at < 0) {
      skipped++;
      continue;
    }
    const body = block.lines.slice(at + 1);
    const times = timing(block.lines[at], block.line + at, 'WebVTT');
    cues.push({ ...times, voice: voice(body), text: cueText(body) });
  }
  return finish(cues, skipped, removed, 'vtt');
}

export function parseSrt(input: string): ParsedTranscript {
  const { text, removed } = normaliseText(input);
  const cues: Cue[] = [];
  let skipped = 0;
  for (const block of blocks(text)) {
    let at = 0;
    if (!block.lines[0].includes('-->')) {
      if (/^\d+$/.test(block.lines[0].trim())) {
        at = 1;
        if (block.lines.length < 2 || !block.lines[1].includes('-->')) {
          throw new TranscriptError('transcript_timestamp', { format: 'SRT', line: block.line + 1 });
        }
      } else {
        // Some tools put a blank line inside a cue's text: the rest belongs to the cue before.
        const previous = cues[cues.length - 1];
        if (previous) previous.text = `${previous.text} ${cueText(block.lines)}`.trim();
        else skipped++;
        continue;
      }
    }
    const times = timing(block.lines[at], block.line + at, 'SRT');
    cues.push({ ...times, voice: null, text: cueText(block.lines.slice(at + 1)) });
  }
  if (cues.length === 0 && text.trim() !== '')
    throw new TranscriptError('transcript_syntax', { format: 'SRT', line: 1 });
  return finish(cues, skipped, removed, 'srt');
}
