import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, segmentTexts } from './fixtures/transcripts/expect-parsed.js';
import { parseSrt, parseVtt } from './transcript-cues.model.js';
import { TranscriptError } from './transcript-text.model.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/transcripts/${name}`, import.meta.url), 'utf8');

/** The error a parse throws, as { code, params }. */
function failure(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof TranscriptError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('parsed without error');
}

describe('WebVTT', () => {
  const parsed = parseVtt(fixture('interview.vtt'));

  it('reads voice tags as speakers and merges consecutive cues of one speaker', () => {
    expect(segmentTexts(parsed)).toEqual([
      'Interviewer: Velkommen. Hvordan går det?',
      'Mette Hansen: Det går rigtig godt. Vi har fået ny leder 😀 & nye møder.',
      'Interviewer: Tak for det.',
    ]);
    expect(parsed.segments.map((s) => [s.speaker, s.role, s.start, s.end, s.startMs, s.endMs])).toEqual([
      ['Interviewer', 'interviewer', 0, 40, 1000, 4500],
      ['Mette Hansen', 'participant', 42, 112, 5000, 9000],
      ['Interviewer', 'interviewer', 114, 139, 3_610_000, 3_612_000],
    ]);
    expect(parsed.format).toBe('vtt');
    expect(parsed.warnings).toEqual(['coding.warnings.cuesWithoutText {"count":1}']);
    expectWellFormed(parsed);
  });

  it('reads "Speaker:" prefixes, strips tags and keeps cues without a speaker apart', () => {
    const prefixed = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nI: <c.q>Hvad</c> så?\n\n00:02.000 --> 00:03.000\nIP: <00:02.500>Godt\n\n' +
        '00:03.000 --> 00:04.000\nog fint.',
    );
    expect(segmentTexts(prefixed)).toEqual(['I: Hvad så?', 'IP: Godt og fint.']);
    expect(prefixed.segments[1].endMs).toBe(4000);
    const anonymous = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nEt.\n\n00:02.000 --> 00:03.000\nTo.');
    expect(anonymous.segments.map((s) => [s.speaker, s.startMs])).toEqual([
      [null, 1000],
      [null, 2000],
    ]);
  });

  it('skips blocks without a timing line, with a warning', () => {
    const parsed = parseVtt('WEBVTT\n\nløs tekst\nuden tid\n\n00:01.000 --> 00:02.000\n<v A>Ja.');
    expect(segmentTexts(parsed)).toEqual(['A: Ja.']);
    expect(parsed.warnings).toEqual(['coding.warnings.blocksSkipped {"count":1}']);
  });

  it.each([
    ['WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nx', 3],
    ['WEBVTT\n\nid\n00:61.000 --> 00:62.000\nx', 4],
    ['WEBVTT\n\n00:02.000 --> 00:01.000\nx', 3],
    ['WEBVTT\n\n00:01.000 --> \nx', 3],
  ])('refuses a malformed timestamp with its line: %j', (input, line) => {
    expect(failure(() => parseVtt(input))).toEqual({
      code: 'transcript_timestamp',
      params: { format: 'WebVTT', line },
    });
  });

  it('refuses a file without the WEBVTT header', () => {
    expect(failure(() => parseVtt('00:01.000 --> 00:02.000\nx'))).toEqual({
      code: 'transcript_syntax',
      params: { format: 'WebVTT', line: 1 },
    });
  });
});

describe('SRT', () => {
  const parsed = parseSrt(fixture('interview.srt'));

  it('reads cues, "Speaker:" prefixes, and continues a turn through cues without a speaker', () => {
    expect(segmentTexts(parsed)).toEqual([
      'I: Hvordan er det at være ny leder?',
      'Søren: Det er spændende, men også hårdt. Især i starten.',
      'I: Tak.',
    ]);
    expect(parsed.segments.map((s) => [s.speaker, s.role, s.start, s.end, s.startMs, s.endMs])).toEqual([
      ['I', 'interviewer', 0, 35, 1000, 3000],
      ['Søren', 'participant', 37, 93, 3500, 8000],
      ['I', 'interviewer', 95, 102, 8500, 9000],
    ]);
    expect(parsed.format).toBe('srt');
    expectWellFormed(parsed);
  });

  it('joins a cue whose text has a blank line in it', () => {
    expect(segmentTexts(parseSrt('1\n00:00:01,000 --> 00:00:02,000\nI: en\n\nto\n'))).toEqual(['I: en to']);
  });

  it.each([
    ['1\n00:00:01.000 --> 00:00:02,0\nx', 2],
    ['1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\nikke en tid\n', 6],
    ['1\n', 2],
    ['1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\n0:0:03,000 --> 00:00:04,000\ny', 6],
  ])('refuses a malformed timestamp with its line: %j', (input, line) => {
    expect(failure(() => parseSrt(input))).toEqual({ code: 'transcript_timestamp', params: { format: 'SRT', line } });
  });

  it('refuses text that has no cue at all', () => {
    expect(failure(() => parseSrt('Dette er ikke undertekster.'))).toEqual({
      code: 'transcript_syntax',
      params: { format: 'SRT', line: 1 },
    });
  });
});

describe('on garbage', () => {
  const fragments = [
    'WEBVTT',
    '\n',
    '\n\n',
    '-->',
    ' --> ',
    '00:01.000',
    '00:00:01,000',
    '99:99:99,999',
    '1',
    '<v ',
    '<v>',
    '>',
    '<b>',
    'NOTE',
    'I:',
    'Mette:',
    '&amp;',
    '&#xD800;',
    '&#99999999;',
    '{\\an8}',
    'æ',
    '😀',
    '\r',
  ];
  const input = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((a) => a.join('')),
    fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((a) => `WEBVTT\n\n${a.join('')}`),
  );

  it.each([
    ['WebVTT', parseVtt],
    ['SRT', parseSrt],
  ])('%s either parses well-formed or throws a TranscriptError', (_, parse) => {
    fc.assert(
      fc.property(input, (text) => {
        try {
          expectWellFormed(parse(text));
        } catch (error) {
          if (!(error instanceof TranscriptError)) throw error;
          expect(['transcript_timestamp', 'transcript_syntax']).toContain(error.code);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
