import { describe, expect, it } from 'vitest';
import { NATIONAL_COMPETENCY_IDS, NATIONAL_FRAMEWORK } from '../frameworks/national-framework.data.js';
import { analyseDanish } from './danish-text.js';
import {
  competencyKeywordCodes,
  createKeywordScorer,
  cueFeatures,
  KEYWORD_THRESHOLD,
  keywordRule,
  polarityCues,
} from './suggest-keywords.js';

const cues = (text: string) => polarityCues(analyseDanish(text).stems);

describe('polarityCues', () => {
  it('finds need and strength cues in their inflected forms', () => {
    expect(cues('Jeg mangler overblik, og jeg har brug for sparring')).toEqual({ need: 2, strength: 0 });
    expect(cues('Vi kunne godt bruge mere tid')).toEqual({ need: 1, strength: 0 });
    expect(cues('Jeg er god til budgettet og har styr på regnskabet')).toEqual({ need: 0, strength: 2 });
    expect(cues('Vi er trygge ved det')).toEqual({ need: 0, strength: 1 });
  });

  it('counts a negated cue for the other side', () => {
    expect(cues('Det er ikke svært for mig')).toEqual({ need: 0, strength: 1 });
    expect(cues('Jeg har ikke rigtig styr på økonomien')).toEqual({ need: 1, strength: 0 });
    expect(cues('Jeg er aldrig usikker')).toEqual({ need: 0, strength: 1 });
  });

  it('becomes classifier features that survive stopword removal', () => {
    expect(analyseDanish('jeg er god til det').content).toEqual([]);
    expect(cueFeatures(cues('jeg er god til det'))).toEqual(['#strength']);
    expect(cueFeatures(cues('det regner'))).toEqual([]);
  });
});

describe('keywordRule', () => {
  it('stems phrases with the shared pipeline and drops keywords made of stopwords only', () => {
    const rule = keywordRule({ id: 'c', polarity: 'need', keywords: ['MED', 'MED-udvalget', 'Ny leder', 'ledere'] });
    expect(rule?.phrases).toEqual([['med', 'udvalg'], ['ny', 'leder'], ['leder']]);
    expect(keywordRule({ id: 'c', polarity: 'need', keywords: ['og', 'med'] })).toBeNull();
  });
});

describe('createKeywordScorer', () => {
  const economy = NATIONAL_FRAMEWORK.items.find((item) => item.identifier === NATIONAL_COMPETENCY_IDS.finance)!;
  const rules = (['need', 'strength', 'neutral'] as const).map(
    (polarity) => keywordRule({ id: polarity, polarity, keywords: economy.keywordsDa })!,
  );
  const score = (text: string) => Array.from(createKeywordScorer(rules)(analyseDanish(text).stems));

  it('scores one keyword with a need cue above the bar for the need code only', () => {
    const [need, strength, neutral] = score('Jeg mangler overblik over budgettet');
    expect(need).toBeCloseTo(0.5, 10);
    expect(strength).toBeCloseTo(0.25, 10);
    expect(neutral).toBeCloseTo(0.4, 10);
    expect(need).toBeGreaterThanOrEqual(KEYWORD_THRESHOLD);
    expect(strength).toBeLessThan(KEYWORD_THRESHOLD);
  });

  it('needs two keywords without a cue, and counts a keyword once however often it occurs', () => {
    expect(score('Budgettet, budgettet og budgettet')[0]).toBeCloseTo(0.4, 10);
    const [need, strength] = score('Vi taler om budgettet og regnskabet hver måned');
    expect(need).toBeCloseTo(0.75 * 0.8, 10);
    expect(strength).toBeCloseTo(need, 10);
  });

  it('scores nothing without a keyword', () => {
    expect(score('Jeg mangler tid til mine medarbejdere')).toEqual([0, 0, 0]);
  });
});

describe('competencyKeywordCodes', () => {
  it('takes the competency keywords, the parent competency for a bare indicator, and skips codes without one', () => {
    const indicator = NATIONAL_FRAMEWORK.items.find(
      (item) => item.parentIdentifier === NATIONAL_COMPETENCY_IDS.finance,
    )!;
    const codes = competencyKeywordCodes(
      [
        { id: 'a', polarity: 'need', competencyId: NATIONAL_COMPETENCY_IDS.finance },
        { id: 'b', polarity: 'strength', competencyId: indicator.identifier },
        { id: 'c', polarity: 'neutral', competencyId: null },
      ],
      NATIONAL_FRAMEWORK.items,
    );
    expect(codes.map((code) => code.id)).toEqual(['a', 'b']);
    expect(codes[0].keywords).toContain('budgettet');
    expect(codes[1].keywords).toEqual(codes[0].keywords);
  });
});
