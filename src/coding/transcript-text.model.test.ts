import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedTranscript } from './coding.model.js';
import { expectWellFormed, segmentTexts as texts } from './fixtures/transcripts/expect-parsed.js';
import {
  acceptLabels,
  matchLabel,
  normaliseText,
  parsePlainText,
  parseWarning,
  speakerRole,
  TranscriptError,
  warning,
} from './transcript-text.model.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/transcripts/${name}`, import.meta.url), 'utf8');
const turns = (p: ParsedTranscript) => p.segments.map((s) => [s.speaker, s.role]);

describe('parsePlainText on the Danish fixture', () => {
  const parsed = parsePlainText(fixture('interview.txt'), 'txt');

  it('finds header paragraph and speaker turns with code point offsets (emoji and æøå before a turn)', () => {
    expect(turns(parsed)).toEqual([
      [null, null],
      ['I', 'interviewer'],
      ['Mette', 'participant'],
      ['I', 'interviewer'],
      ['Mette', 'participant'],
    ]);
    // Hand-counted in code points: the emoji in turn 1 counts once, "å" once.
    expect(parsed.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 32],
      [34, 79],
      [81, 172],
      [174, 202],
      [204, 236],
    ]);
    expect(parsed.text.length).toBe(237); // one more code unit than code points: the emoji
    expect(parsed.segments[4].startMs).toBe(83_000);
    expect(parsed.format).toBe('txt');
    expect(parsed.warnings).toEqual([]);
  });

  it('writes turns as "Label: content", continuation lines joined by one newline, trailing spaces trimmed', () => {
    expect(texts(parsed)).toEqual([
      'Dato: 3. marts 2024\nSted: Viborg',
      'I: Velkommen 😀 Hvordan går det på afdelingen?',
      'Mette: Det går godt. Vi har fået en ny leder,\nog det har ændret meget.\nJeg er glad for det.',
      'I: Hvad betyder det for dig?',
      'Mette: Mere ro – og færre møder!',
    ]);
    expectWellFormed(parsed);
  });
});

describe('speaker labels', () => {
  it.each([
    ['I: hej', 'I', 'interviewer'],
    ['Interviewer: hej', 'Interviewer', 'interviewer'],
    ['Intervieweren: hej', 'Intervieweren', 'interviewer'],
    ['Interviewer 1: hej', 'Interviewer 1', 'interviewer'],
    ['Int.: hej', 'Int.', 'interviewer'],
    ['Moderator: hej', 'Moderator', 'interviewer'],
    ['Q: hej', 'Q', 'interviewer'],
    ['Spørger: hej', 'Spørger', 'interviewer'],
    ['IP: hej', 'IP', 'participant'],
    ['IP2: hej', 'IP2', 'participant'],
    ['Leder: hej', 'Leder', 'participant'],
    ['Deltager: hej', 'Deltager', 'participant'],
    ['L-0042: hej', 'L-0042', 'participant'],
    ['Søren Ærø Østergård: hej', 'Søren Ærø Østergård', 'participant'],
    ['  Anne-Marie: hej', 'Anne-Marie', 'participant'],
  ])('%s', (line, label, role) => {
    expect(matchLabel(line)?.label).toBe(label);
    expect(matchLabel(line)?.rest).toBe('hej');
    expect(speakerRole(label)).toBe(role);
  });

  it('reads timestamp prefixes as the turn start', () => {
    expect(matchLabel('[00:01:23] Mette: ja')).toEqual({ label: 'Mette', startMs: 83_000, rest: 'ja' });
    expect(matchLabel('(01:02:03.5) I: ja')).toEqual({ label: 'I', startMs: 3_723_500, rest: 'ja' });
    expect(matchLabel('12:05 I: ja')?.startMs).toBe(725_000);
  });

  it.each([
    'Kl. 12:30 mødtes vi',
    'det sagde hun: nej',
    'Hun sagde at: nej', // lower-case word inside
    'En Meget Lang Række Af Ord: nej', // more than three words
    'Https://example.org',
    `${'Abcdefghijklmnopqrstu'} ${'Abcdefghijklmnopqrstu'}: nej`, // over 40 characters
  ])('is not a label: %s', (line) => {
    expect(matchLabel(line)).toBeNull();
  });

  it('accepts a name label only where the text has two labelled lines, and never a header word', () => {
    expect(acceptLabels(['Nej'])('Nej')).toBe(false);
    expect(acceptLabels(['Mette', 'Jens'])('Mette')).toBe(true);
    expect(acceptLabels(['I'])('I')).toBe(true);
    expect(acceptLabels(['I', 'Dato'])('Dato')).toBe(false);
    expect(acceptLabels(['L-0042'])('L-0042')).toBe(true);
  });

  it('keeps prose with one colon as paragraphs, one segment per paragraph', () => {
    const parsed = parsePlainText('Nej: det tror jeg ikke.\nDet var alt.\n\n\n\nAndet afsnit.');
    expect(turns(parsed)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(texts(parsed)).toEqual(['Nej: det tror jeg ikke.\nDet var alt.', 'Andet afsnit.']);
    expectWellFormed(parsed);
  });

  it('reads a name-only dialogue and a label on its own line', () => {
    const parsed = parsePlainText('Mette:\nJeg synes det.\nJens: Ja.');
    expect(texts(parsed)).toEqual(['Mette: Jeg synes det.', 'Jens: Ja.']);
  });
});

describe('normalisation', () => {
  it('strips a BOM, normalises CRLF/CR, composes NFD to NFC and trims trailing spaces', () => {
    const decomposed = 'I: ga\u030Ar det?  \r\nMette: ja\rdet gør.\t';
    const parsed = parsePlainText(`\uFEFF${decomposed}`);
    expect(parsed.text).toBe('I: går det?\n\nMette: ja\ndet gør.');
    expect(parsed.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 11],
      [13, 31],
    ]);
  });

  it('removes NUL and other control characters with a warning; Word vertical tabs are line breaks', () => {
    const { text, removed } = normaliseText('a\u0000b\u0007c\u000Bd\u0085e');
    expect(text).toBe('abc\nde');
    expect(removed).toBe(3);
    expect(parsePlainText('I: a\u0000b\nIP: c').warnings).toEqual(['coding.warnings.controlCharacters {"count":1}']);
  });

  it('replaces lone surrogates, keeps pairs', () => {
    expect(normaliseText('a\uD800b\uDC00c😀').text).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('drops labelled turns without content, with a warning', () => {
    const parsed = parsePlainText('I:\nIP: svar\nI:');
    expect(texts(parsed)).toEqual(['IP: svar']);
    expect(parsed.warnings).toEqual(['coding.warnings.emptyTurns {"count":2}']);
    expect(parseWarning(parsed.warnings[0])).toEqual({ key: 'coding.warnings.emptyTurns', params: { count: 2 } });
  });

  it('gives an empty transcript for blank input', () => {
    expect(parsePlainText(' \n\n \t\n')).toEqual({ text: '', segments: [], format: 'paste', warnings: [] });
  });
});

describe('TranscriptError and warnings', () => {
  it('carries a code and params', () => {
    const error = new TranscriptError('transcript_timestamp', { format: 'SRT', line: 4 });
    expect(error).toBeInstanceOf(Error);
    expect([error.code, error.params, error.name]).toEqual([
      'transcript_timestamp',
      { format: 'SRT', line: 4 },
      'TranscriptError',
    ]);
    expect(warning('windows1252')).toBe('coding.warnings.windows1252');
    expect(parseWarning('coding.warnings.windows1252')).toEqual({ key: 'coding.warnings.windows1252', params: {} });
  });
});

describe('parsePlainText on any input', () => {
  const pieces = [
    'I: ',
    'Mette: ',
    'Dato: ',
    '[00:01:02] IP: ',
    'æøå',
    '😀',
    'e\u0301',
    ' ',
    '\n',
    '\n\n',
    '\r\n',
    '\t',
    'x',
  ];
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(fc.constantFrom(...pieces)).map((a) => a.join('')),
        ),
        (input) => expectWellFormed(parsePlainText(input)),
      ),
      { numRuns: 500 },
    );
  });
});
