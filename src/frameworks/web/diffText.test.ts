import { describe, expect, it } from 'vitest';
import type { FrameworkItem } from '../frameworks.model';
import { parentTitle, valueText } from './diffText';

describe('valueText', () => {
  it('shows plain values as they are and empty values as empty', () => {
    expect(valueText('Budgetforståelse', 'da')).toBe('Budgetforståelse');
    expect(valueText(3, 'da')).toBe('3');
    expect(valueText(null, 'da')).toBe('');
    expect(valueText(undefined, 'en')).toBe('');
  });

  it('joins keyword lists with commas', () => {
    expect(valueText(['budget', 'likviditet'], 'da')).toBe('budget, likviditet');
    expect(valueText([], 'da')).toBe('');
  });

  it('writes level descriptors and scale steps in the reader’s language, falling back to the other', () => {
    const levels = [
      { level: 1, da: 'Kender begreberne', en: 'Knows the terms' },
      { level: 2, da: '', en: 'Applies them' },
    ];
    expect(valueText(levels, 'da')).toBe('1: Kender begreberne; 2: Applies them');
    expect(valueText(levels, 'en')).toBe('1: Knows the terms; 2: Applies them');
    const scale = [
      { level: 1, labelDa: 'Begynder', labelEn: 'Beginner' },
      { level: 2, labelDa: 'Øvet', labelEn: 'Practised' },
    ];
    expect(valueText(scale, 'da')).toBe('1 Begynder; 2 Øvet');
    expect(valueText(scale, 'en')).toBe('1 Beginner; 2 Practised');
  });

  it('falls back to JSON for other objects', () => {
    expect(valueText({ a: 1 }, 'da')).toBe('{"a":1}');
  });
});

describe('parentTitle', () => {
  const item = (identifier: string, code: string, titleDa: string, titleEn: string) =>
    ({ identifier, code, titleDa, titleEn }) as FrameworkItem;

  it('names the parent by code and title, from the first version that has it', () => {
    const newer = [item('p1', '2', 'Politisk tæft', 'Political acumen')];
    const older = [item('p1', '2', 'Gammel titel', 'Old title'), item('p2', '', 'Økonomi', '')];
    expect(parentTitle('p1', [newer, older], 'da')).toBe('2 Politisk tæft');
    expect(parentTitle('p1', [newer, older], 'en')).toBe('2 Political acumen');
    expect(parentTitle('p2', [newer, older], 'en')).toBe('Økonomi');
  });

  it('gives null for the top level and the identifier when no version knows it', () => {
    expect(parentTitle(null, [[]], 'da')).toBeNull();
    expect(parentTitle('gone', [undefined, []], 'da')).toBe('gone');
  });
});
