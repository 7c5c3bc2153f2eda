import { describe, expect, it } from 'vitest';
import { NATIONAL_COMPETENCY_IDS, NATIONAL_FRAMEWORK } from '../src/frameworks/national-framework.data.js';
import type { Answer } from '../src/studies/survey.model.js';
import { validateAnswer } from '../src/studies/survey.model.js';
import { seededRng } from './random.js';
import { type DemoRespondent, demoSurveyAnswers, SEED_PROJECT_GAPS } from './study-answers.js';
import { type CompetencyName, commentsFor, DEMO_COMMENTS } from './study-comments.js';

const NAMES = Object.keys(NATIONAL_COMPETENCY_IDS) as CompetencyName[];
const nameOf = new Map<string, CompetencyName>(NAMES.map((n) => [NATIONAL_COMPETENCY_IDS[n], n]));

/** A mixed group like the demo study's: both areas, about a third new leaders. */
function group(size: number): DemoRespondent[] {
  return Array.from({ length: size }, (_, i) => ({
    area: i % 2 === 0 ? 'teknik-og-miljo' : 'aeldre-og-sundhed',
    band: i % 3 === 0 ? 'new' : 'experienced',
  }));
}

function answer(respondents: readonly DemoRespondent[], seed: number): Answer[][] {
  const random = seededRng(seed);
  return respondents.map((r) => demoSurveyAnswers(random, r));
}

/** Mean gap (needed − current) per competency over the given answer sets. */
function meanGaps(sets: readonly Answer[][]): Map<CompetencyName, number> {
  const sums = new Map<CompetencyName, { total: number; n: number }>();
  for (const answers of sets) {
    for (const a of answers) {
      const name = nameOf.get(a.itemIdentifier)!;
      const s = sums.get(name) ?? { total: 0, n: 0 };
      s.total += a.neededLevel! - a.currentLevel!;
      s.n += 1;
      sums.set(name, s);
    }
  }
  return new Map([...sums].map(([name, s]) => [name, s.total / s.n]));
}

describe('demo self-assessment answers', () => {
  const respondents = group(600);
  const sets = answer(respondents, 2013);

  it('are the same for the same seed and differ for another', () => {
    expect(answer(respondents.slice(0, 50), 2013)).toEqual(sets.slice(0, 50));
    expect(answer(respondents.slice(0, 50), 2014)).not.toEqual(sets.slice(0, 50));
  });

  it('answer every competency once, on the framework scale, and pass the survey validation', () => {
    for (const answers of sets) {
      expect(answers.map((a) => a.itemIdentifier).sort()).toEqual(Object.values(NATIONAL_COMPETENCY_IDS).sort());
      for (const a of answers) {
        expect(validateAnswer(a, NATIONAL_FRAMEWORK)).toEqual([]);
        expect(Number.isInteger(a.currentLevel) && a.currentLevel! >= 1 && a.currentLevel! <= 5).toBe(true);
        expect(Number.isInteger(a.neededLevel) && a.neededLevel! >= 1 && a.neededLevel! <= 5).toBe(true);
        expect(a.importance === null || (a.importance >= 1 && a.importance <= 5)).toBe(true);
      }
    }
  });

  it('vary like real answers: no two respondents alike, levels spread, some leaders above what the job needs', () => {
    const keys = new Set(sets.map((answers) => JSON.stringify(answers)));
    expect(keys.size).toBe(sets.length);
    const all = sets.flat();
    for (const value of [1, 2, 3, 4, 5]) expect(all.some((a) => a.currentLevel === value)).toBe(true);
    const above = all.filter((a) => a.currentLevel! > a.neededLevel!).length / all.length;
    expect(above).toBeGreaterThan(0.02);
    expect(above).toBeLessThan(0.25);
    expect(new Set(all.map((a) => a.importance)).size).toBeGreaterThanOrEqual(5);
  });

  it('show the seed project’s gaps clearly larger than the rest', () => {
    const gaps = meanGaps(sets);
    const named = SEED_PROJECT_GAPS.map((n) => gaps.get(n)!);
    const others = NAMES.filter((n) => !SEED_PROJECT_GAPS.includes(n)).map((n) => gaps.get(n)!);
    expect(Math.min(...named)).toBeGreaterThan(Math.max(...others) + 0.4);
    expect(Math.min(...named)).toBeGreaterThan(1);
    // The core task (their own trade) is the leaders' strength.
    expect(gaps.get('coreTask')!).toBeLessThan(0.5);
  });

  it('give new leaders a much larger colleague-to-leader gap than experienced ones', () => {
    const byBand = (band: string) =>
      meanGaps(sets.filter((_, i) => respondents[i].band === band)).get('colleagueToLeader')!;
    expect(byBand('new')).toBeGreaterThan(byBand('experienced') + 0.8);
  });

  it('differ between the areas: finance and operations weigh more in elderly care, politics in the technical area', () => {
    const byArea = (area: string) => meanGaps(sets.filter((_, i) => respondents[i].area === area));
    const technical = byArea('teknik-og-miljo');
    const care = byArea('aeldre-og-sundhed');
    expect(care.get('finance')!).toBeGreaterThan(technical.get('finance')! + 0.15);
    expect(care.get('operationsAndChange')!).toBeGreaterThan(technical.get('operationsAndChange')! + 0.15);
    expect(technical.get('politicalAcumen')!).toBeGreaterThan(care.get('politicalAcumen')! + 0.2);
  });

  it('comment now and then, from the pool of the competency and the respondent’s area, most where the gap is', () => {
    const commented = sets.flatMap((answers, i) =>
      answers.filter((a) => a.comment !== '').map((a) => ({ a, area: respondents[i].area })),
    );
    const rate = commented.length / sets.flat().length;
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.2);
    for (const { a, area } of commented) {
      expect(commentsFor(nameOf.get(a.itemIdentifier)!, area)).toContain(a.comment);
    }
    const onGaps = commented.filter(({ a }) => SEED_PROJECT_GAPS.includes(nameOf.get(a.itemIdentifier)!)).length;
    expect(onGaps / commented.length).toBeGreaterThan(0.7);
    expect(new Set(commented.map(({ a }) => a.comment)).size).toBeGreaterThan(100);
    // A technical-area leader never writes about the home care's visited hours, and the other way round.
    for (const { a, area } of commented) {
      const pool = DEMO_COMMENTS[nameOf.get(a.itemIdentifier)!].byArea;
      const otherArea = area === 'teknik-og-miljo' ? 'aeldre-og-sundhed' : 'teknik-og-miljo';
      expect(pool[otherArea]).not.toContain(a.comment);
    }
  });
});

describe('demo comment pools', () => {
  it('hold about forty distinct lines for each of the five gaps and some for the rest', () => {
    for (const name of NAMES) {
      const pool = DEMO_COMMENTS[name];
      const every = [pool.common, pool.byArea['teknik-og-miljo'], pool.byArea['aeldre-og-sundhed']].flat();
      expect(new Set(every).size, name).toBe(every.length);
      expect(every.length, name).toBeGreaterThanOrEqual(SEED_PROJECT_GAPS.includes(name) ? 40 : 8);
      for (const line of every) {
        expect(line).toBe(line.normalize('NFC').trim());
        expect(line.length).toBeGreaterThan(15);
        expect(line.length).toBeLessThan(140);
        expect(line).toMatch(/[.?!]$/);
      }
    }
  });
});
