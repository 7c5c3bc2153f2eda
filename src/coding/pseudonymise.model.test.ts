import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedTranscript } from './coding.model.js';
import {
  applyReplacements,
  type KnownName,
  proposeReplacements,
  type Replacement,
  replaceInText,
} from './pseudonymise.model.js';
import { OffsetMap } from './text-offsets.model.js';
import { parsePlainText } from './transcript-text.model.js';

const texts = (p: ParsedTranscript) => {
  const map = new OffsetMap(p.text);
  return p.segments.map((s) => map.slice(s.start, s.end));
};
const mette: KnownName = { term: 'Mette Hansen', kind: 'person' };
const viborg: KnownName = { term: 'Viborg', kind: 'place' };

describe('proposeReplacements and applyReplacements', () => {
  const parsed = parsePlainText(
    "I: Hvordan har Mette Hansen det?\nMette: Mettes chef, Jens, bor i Viborg. Mette's team i Viborg-området. hansen ringede.",
  );
  const replacements = proposeReplacements(parsed.text, [mette, viborg], ['Jens']);

  it('finds full names, first names and surnames of people, places and marked terms, numbered by first appearance', () => {
    expect(replacements).toEqual([
      { term: 'Mette Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
      { term: 'Mette', kind: 'person', pseudonym: '[Person 1]', count: 3 },
      { term: 'Jens', kind: 'marked', pseudonym: '[Anonymiseret 1]', count: 1 },
      { term: 'Viborg', kind: 'place', pseudonym: '[Sted 1]', count: 2 },
      { term: 'Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
    ]);
  });

  it('replaces them, keeps possessives, replaces speaker labels and recomputes every offset', () => {
    const clean = applyReplacements(parsed, replacements, []);
    expect(texts(clean)).toEqual([
      'I: Hvordan har [Person 1] det?',
      "[Person 1]: [Person 1]s chef, [Anonymiseret 1], bor i [Sted 1]. [Person 1]'s team i [Sted 1]-området. [Person 1] ringede.",
    ]);
    // Hand-counted: 30 code points, a blank line, then 121.
    expect(clean.segments.map((s) => [s.speaker, s.role, s.start, s.end])).toEqual([
      ['I', 'interviewer', 0, 30],
      ['[Person 1]', 'participant', 32, 153],
    ]);
    expect(parsed.text).toContain('Mette'); // the input is not changed
  });

  it('leaves excluded terms as they are, whole: an excluded full name is not replaced piecemeal', () => {
    const clean = applyReplacements(parsed, replacements, ['mette hansen', 'Jens']);
    expect(texts(clean)[0]).toBe('I: Hvordan har Mette Hansen det?');
    expect(texts(clean)[1]).toMatch(/^\[Person 1\]: \[Person 1\]s chef, Jens, bor i \[Sted 1\]/);
  });
});

describe('which names are replaced alone', () => {
  const text = 'Bo sagde: hans bil. Bo Hansen og Hans Per Skov bor per uge i en skov. Hansen. Per kom.';

  it('not first names under three letters or everyday words, which still count inside full names', () => {
    const people: KnownName[] = [
      { term: 'Bo Hansen', kind: 'person' },
      { term: 'Hans Per Skov', kind: 'person' },
    ];
    const replacements = proposeReplacements(text, people, []);
    expect(replacements).toEqual([
      { term: 'Bo Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
      { term: 'Hans Per Skov', kind: 'person', pseudonym: '[Person 2]', count: 1 },
      { term: 'Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
    ]);
    expect(replaceInText(text, replacements)).toBe(
      'Bo sagde: hans bil. [Person 1] og [Person 2] bor per uge i en skov. [Person 1]. Per kom.',
    );
  });

  it('but when the analyst marks such a name, with the person’s pseudonym', () => {
    const replacements = proposeReplacements(text, [{ term: 'Bo Hansen', kind: 'person' }], ['bo', 'Ukendt']);
    expect(replacements).toEqual([
      { term: 'Bo', kind: 'person', pseudonym: '[Person 1]', count: 1 },
      { term: 'Bo Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
      { term: 'Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
      { term: 'Ukendt', kind: 'marked', pseudonym: '[Anonymiseret 1]', count: 0 },
    ]);
  });

  it('gives a first name two people share to the one the text names first in full', () => {
    const people: KnownName[] = [mette, { term: 'Mette Jensen', kind: 'person' }];
    const replacements = proposeReplacements('Mette Jensen kom. Senere sagde Mette ja. Mette Hansen nej.', people, []);
    expect(replacements.map((r) => [r.term, r.pseudonym, r.count])).toEqual([
      ['Mette Jensen', '[Person 1]', 1],
      ['Mette', '[Person 1]', 1],
      ['Mette Hansen', '[Person 2]', 1],
    ]);
  });

  it('uses a fixed pseudonym when given, and numbers the others from 1', () => {
    const replacements = proposeReplacements(
      'Mette og Lars',
      [
        { ...mette, pseudonym: 'L-0042' },
        { term: 'Lars Bak', kind: 'person' },
      ],
      [],
    );
    expect(replaceInText('Mette og Lars', replacements)).toBe('L-0042 og [Person 1]');
  });

  it('matches whole words case-insensitively, æøå being letters; a name may break over one line, not a blank one', () => {
    const places: KnownName[] = [
      { term: 'Århus', kind: 'place' },
      { term: 'Ærø', kind: 'place' },
    ];
    const text = 'ÅRHUS, århus, Århusbugten, Vårhus, Ærøskøbing, ærø.';
    expect(replaceInText(text, proposeReplacements(text, places, []))).toBe(
      '[Sted 1], [Sted 1], Århusbugten, Vårhus, Ærøskøbing, [Sted 2].',
    );
    const broken = 'Mette\nHansen og Mette\n\nHansen';
    expect(proposeReplacements(broken, [mette], []).map((r) => [r.term, r.count])).toEqual([
      ['Mette Hansen', 1],
      ['Mette', 1],
      ['Hansen', 1],
    ]);
  });
});

describe('applyReplacements on any transcript', () => {
  const words = [
    'Mette',
    'mette',
    'Mettes',
    "Mette's",
    'Hansen',
    'HANSENS',
    'Viborg',
    'Viborg-området',
    'Jens',
    'æble',
    'øl',
    '😀',
    'og',
    'e\u0301',
    '1',
  ];
  const line = fc
    .tuple(
      fc.constantFrom('', 'I: ', 'Mette: ', 'Jens: ', 'Mette Hansen: '),
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
      fc.array(fc.constantFrom(' ', ', ', '\n'), { minLength: 8, maxLength: 8 }),
    )
    .map(([label, ws, seps]) => label + ws.map((w, i) => (i === 0 ? w : seps[i] + w)).join(''));
  const transcript = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => parsePlainText(lines.join('\n')));
  const exclusions = fc.subarray(['Mette Hansen', 'Mette', 'Hansen', 'Viborg', 'Jens', 'æble']);
  const marked = fc.subarray(['Jens', 'æble', 'ØL']);

  /** An independent reference: one case-insensitive regex over the segment, longest term first. */
  function oracle(text: string, replacements: Replacement[], exclude: string[]) {
    const byTerm = new Map(replacements.map((r) => [r.term.toLowerCase(), r.pseudonym]));
    const skipped = new Set(exclude.map((e) => e.toLowerCase()));
    const alternatives = [...byTerm.keys()]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/ /g, String.raw`(?:[^\S\n]+\n?|\n)[^\S\n]*`));
    if (alternatives.length === 0) return text;
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}\p{M}])(?:${alternatives.join('|')})(?=s?(?![\p{L}\p{N}\p{M}]))`,
      'giu',
    );
    return text.replace(pattern, (found) => {
      const key = found.toLowerCase().replace(/\s+/g, ' ');
      return skipped.has(key) ? found : (byTerm.get(key) ?? found);
    });
  }

  it('replaces inside every segment as the segment alone would be, with valid, non-overlapping offsets', () => {
    fc.assert(
      fc.property(transcript, exclusions, marked, (parsed, exclude, terms) => {
        const replacements = proposeReplacements(parsed.text, [mette, viborg], terms);
        const clean = applyReplacements(parsed, replacements, exclude);
        const before = texts(parsed);
        const after = texts(clean);
        expect(clean.segments).toHaveLength(parsed.segments.length);
        const map = new OffsetMap(clean.text);
        clean.segments.forEach((s, i) => {
          const old = parsed.segments[i];
          expect([s.ordinal, s.role, s.startMs, s.endMs]).toEqual([old.ordinal, old.role, old.startMs, old.endMs]);
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(map.length);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(clean.segments[i - 1].end);
          expect(after[i]).toBe(replaceInText(before[i], replacements, exclude));
          expect(after[i]).toBe(oracle(before[i], replacements, exclude));
          if (s.speaker !== null) {
            expect(s.speaker).toBe(replaceInText(old.speaker ?? '', replacements, exclude));
            expect(after[i].startsWith(`${s.speaker}: `)).toBe(true);
          }
        });
        if (exclude.length === 0) {
          const total = replacements.reduce((n, r) => n + r.count, 0);
          expect(clean.text.split('[').length - 1).toBe(total);
          expect(clean.text).not.toMatch(/mette|hansen|viborg/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});
