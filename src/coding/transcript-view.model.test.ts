import { describe, expect, it } from 'vitest';
import { OffsetMap } from './text-offsets.model.js';
import { parsePlainText } from './transcript-text.model.js';
import { segmentsOfText, wordCount } from './transcript-view.model.js';

describe('turns of a text kept as it is', () => {
  it('finds the same turns the reader laid out, with code point offsets', () => {
    const parsed = parsePlainText('I: Hvordan går det? 😀\nL: Økonomien driller.\nDet er svært.\nI: Og politik?');
    const found = segmentsOfText(parsed.text);
    expect(found.map(({ start, end, speaker, role }) => ({ start, end, speaker, role }))).toEqual(
      parsed.segments.map(({ start, end, speaker, role }) => ({ start, end, speaker, role })),
    );
    const map = new OffsetMap(parsed.text);
    expect(map.slice(found[1].start, found[1].end)).toBe('L: Økonomien driller.\nDet er svært.');
  });

  it('treats unlabelled paragraphs as turns without a speaker and skips blank runs', () => {
    const found = segmentsOfText('Første afsnit.\n\n\n  Andet afsnit.  \n');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ speaker: null, role: null, start: 19, end: 32 });
  });

  it('counts words with Danish letters and hyphens', () => {
    expect(wordCount('Leder-rollen er svær, øh … 2 år.')).toBe(6);
  });
});
