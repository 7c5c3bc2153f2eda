import { describe, expect, it } from 'vitest';
import { analyseDanish, DANISH_STOPWORDS, STEM_OVERRIDES, stemDanish, tokenize } from './danish-text.js';

describe('tokenize', () => {
  it('lowercases, keeps æøå, splits on anything else and drops numbers alone', () => {
    expect(tokenize('Øh, LEDERNE på Ærø-skolen brugte 2024 på "GLU"… 3x')).toEqual([
      'øh',
      'lederne',
      'på',
      'ærø',
      'skolen',
      'brugte',
      'på',
      'glu',
      '3x',
    ]);
  });

  it('composes decomposed letters (NFC) so "å" typed as a + ring is the same token', () => {
    expect(tokenize('pa\u030A gården')).toEqual(['på', 'gården']);
  });
});

describe('stemDanish', () => {
  it('keeps the person, the function and the verb apart where Snowball merges them into "led"', () => {
    const stems = new Set(['leder', 'ledelse', 'lederne', 'lede'].map(stemDanish));
    expect(stems).toEqual(new Set(['leder', 'ledelse', 'lede']));
    expect(stemDanish('lederne')).toBe(stemDanish('leder'));
    expect(stemDanish('lederen')).toBe(stemDanish('lederne'));
    expect(stemDanish('ledelsen')).toBe('ledelse');
    expect(stemDanish('ledelses')).toBe('ledelse');
    expect(stemDanish('leders')).toBe('leder');
  });

  it('joins the inflections Snowball splits', () => {
    expect(stemDanish('kolleger')).toBe('kollega');
    expect(stemDanish('kollegaerne')).toBe('kollega');
    expect(stemDanish('budget')).toBe(stemDanish('budgettet'));
    expect(stemDanish('økonomiske')).toBe('økonomi');
    expect(stemDanish('politikerne')).toBe('politik');
    expect(stemDanish('politisk')).toBe('politik');
    expect(stemDanish('organisatorisk')).toBe('organisation');
    expect(stemDanish('medarbejderne')).toBe('medarbejder');
  });

  it('leaves compounds and other words to Snowball', () => {
    expect(STEM_OVERRIDES.has('lederrollen')).toBe(false);
    expect(stemDanish('lederrollen')).toBe('lederrol');
    expect(stemDanish('erfaringer')).toBe('erfaring');
    expect(stemDanish('trygge')).toBe('tryg');
  });
});

describe('analyseDanish', () => {
  it('gives every stem for phrases and the non-stopword stems as features', () => {
    const { stems, content } = analyseDanish('Altså, jeg har brug for sparring med de andre ledere');
    expect(stems).toEqual(['altså', 'jeg', 'har', 'brug', 'for', 'sparring', 'med', 'de', 'andr', 'leder']);
    expect(content).toEqual(['brug', 'sparring', 'leder']);
  });

  it('drops stopwords-iso Danish and the interview fillers', () => {
    for (const word of ['og', 'ikke', 'altså', 'jo', 'øh', 'nå', 'ik', 'sådan'])
      expect(DANISH_STOPWORDS.has(word)).toBe(true);
    expect(DANISH_STOPWORDS.has('leder')).toBe(false);
  });
});
