import { describe, expect, it } from 'vitest';
import { DropReport, emptyRefiProject, type RefiSelection } from './refi.model.js';
import { decodeCodeDescription, encodeCodeDescription } from './refi-extension.model.js';
import { normaliseSourceText, settleSourceTexts } from './refi-text.model.js';

const sel = (guid: string, start: number, end: number): RefiSelection => ({
  guid,
  name: guid,
  description: '',
  start,
  end,
  creatingUser: null,
  creationDateTime: null,
  codings: [],
  noteGuids: [],
});

describe('normaliseSourceText', () => {
  it('leaves NFC text with LF alone, counting an emoji as one code point', () => {
    const n = normaliseSourceText('a😀b\nc');
    expect(n?.text).toBe('a😀b\nc');
    expect(n?.originalLength).toBe(5);
    expect(n?.map(3, 'start')).toBe(3);
  });

  it('turns CRLF and lone CR into LF and moves offsets after them', () => {
    // "cd" is at code points 4..6 in the original, 3..5 after the first CRLF became LF.
    const n = normaliseSourceText('ab\r\ncd\r\nef\rg');
    expect(n?.text).toBe('ab\ncd\nef\ng');
    expect(n?.originalLength).toBe(12);
    expect([n?.map(4, 'start'), n?.map(6, 'end')]).toEqual([3, 5]);
    expect(n?.map(12, 'end')).toBe(10);
  });

  it('composes NFD (macOS) text to NFC and moves offsets: "hus" after a decomposed å', () => {
    const raw = 'Bla\u030a hus'; // 8 code points; "hus" at 5..8
    const n = normaliseSourceText(raw);
    expect(n?.text).toBe('Blå hus');
    expect([n?.map(5, 'start'), n?.map(8, 'end')]).toEqual([4, 7]);
  });

  it('widens an offset that falls between a letter and its accent to the whole character', () => {
    const n = normaliseSourceText('Bla\u030a'); // offset 3 is between "a" and the ring
    expect(n?.map(3, 'start')).toBe(2);
    expect(n?.map(3, 'end')).toBe(3);
  });

  it('handles NFD, CRLF and emoji together', () => {
    const raw = '😀e\u0301\r\nx'; // 😀 é(2) CR LF x = 6 code points; "x" at 5..6
    const n = normaliseSourceText(raw);
    expect(n?.text).toBe('😀é\nx');
    expect([n?.map(5, 'start'), n?.map(6, 'end')]).toEqual([3, 4]);
  });
});

describe('settleSourceTexts', () => {
  it('drops selections outside the text, reversed or empty, with reasons, and maps the rest', () => {
    const project = emptyRefiProject('p');
    project.sources.push({
      guid: 's',
      name: 'Kilde',
      description: '',
      text: '',
      creatingUser: null,
      creationDateTime: null,
      selections: [
        sel('ok', 4, 6),
        sel('beyond', 2, 99),
        sel('negative', -1, 2),
        sel('reversed', 5, 3),
        sel('empty', 2, 2),
      ],
      noteGuids: [],
    });
    const report = new DropReport();
    settleSourceTexts(project, new Map([['s', 'ab\r\ncd']]), report);
    expect(project.sources[0].text).toBe('ab\ncd');
    expect(project.sources[0].selections.map((s) => [s.guid, s.start, s.end])).toEqual([['ok', 3, 5]]);
    expect(report.list()).toEqual([
      { what: 'PlainTextSelection', count: 2, reason: 'offset_beyond_text', examples: ['beyond', 'negative'] },
      { what: 'PlainTextSelection', count: 1, reason: 'offset_order', examples: ['reversed'] },
      { what: 'PlainTextSelection', count: 1, reason: 'empty_selection', examples: ['empty'] },
    ]);
  });
});

describe('code description trailer', () => {
  const ext = { polarity: 'need' as const, competencyId: '6f1c0d52-3a1b-4c2d-9e8f-0123456789ab', shortcut: '3' };

  it('writes one machine-readable last line and reads it back exactly', () => {
    expect(encodeCodeDescription('Tekst', ext)).toBe(
      'Tekst\n\n[frontline:polarity=need;competency=6f1c0d52-3a1b-4c2d-9e8f-0123456789ab;shortcut=3]',
    );
    for (const description of ['', 'Tekst', 'Tekst\n', '\n', 'a\n\nb']) {
      expect(decodeCodeDescription(encodeCodeDescription(description, ext))).toEqual({ description, frontline: ext });
    }
  });

  it('keeps a line that does not parse as part of the description', () => {
    const raw = 'Tekst\n[frontline:polarity=maybe]';
    expect(decodeCodeDescription(raw)).toEqual({ description: raw, frontline: null });
    expect(decodeCodeDescription('[frontline:polarity=strength;competency=nope;shortcut=0]')).toEqual({
      description: '',
      frontline: { polarity: 'strength', competencyId: null, shortcut: null },
    });
  });
});
