import { describe, expect, it } from 'vitest';
import { codePointLength, OffsetMap } from './text-offsets.model';

describe('code point offsets', () => {
  it('counts an emoji once and æøå once each (NFC)', () => {
    const text = '😀 æøå: økonomi'.normalize('NFC');
    expect(codePointLength(text)).toBe(14);
    expect(text.length).toBe(15);
    const map = new OffsetMap(text);
    expect(map.length).toBe(14);
    expect(map.slice(7, 14)).toBe('økonomi');
    expect(map.toUnit(7)).toBe(8);
    expect(map.toPoint(8)).toBe(7);
  });

  it('is the identity on text without surrogate pairs', () => {
    const map = new OffsetMap('leder og ledelse');
    expect(map.toUnit(5)).toBe(5);
    expect(map.toPoint(16)).toBe(16);
    expect(map.slice(9, 16)).toBe('ledelse');
  });

  it('maps an index inside a pair to the pair', () => {
    const map = new OffsetMap('a😀b');
    expect(map.toPoint(2)).toBe(1);
    expect(map.toUnit(2)).toBe(3);
  });

  it('refuses offsets beyond the text', () => {
    expect(() => new OffsetMap('abc').toUnit(4)).toThrow(RangeError);
    expect(() => new OffsetMap('a😀').toUnit(3)).toThrow(RangeError);
  });
});
