import { describe, expect, it } from 'vitest';
import { competenciesOf, type FrameworkContent, type FrameworkItem } from '../frameworks/frameworks.model.js';
import { NATIONAL_COMPETENCY_IDS, NATIONAL_FRAMEWORK } from '../frameworks/national-framework.data.js';
import {
  ANSWER_LIMITS,
  type Answer,
  OTHER_COMPETENCIES_TITLE,
  progress,
  surveyPages,
  validateAnswer,
} from './survey.model.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, parent: number | null, position: number, kind: FrameworkItem['kind']): FrameworkItem {
  return {
    identifier: id(n),
    parentIdentifier: parent === null ? null : id(parent),
    position,
    kind,
    code: String(n),
    titleDa: `Punkt ${n}`,
    titleEn: `Item ${n}`,
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
  };
}

/** Domain 2 sorts before domain 1; domain 3 holds only a subdomain 4; competency 9 sits under no domain. */
const SMALL: FrameworkContent = {
  identifier: id(0),
  titleDa: 'Lille',
  titleEn: 'Small',
  descriptionDa: '',
  descriptionEn: '',
  publisher: '',
  scale: [
    { level: 2, labelDa: 'Høj', labelEn: 'High' },
    { level: 1, labelDa: 'Lav', labelEn: 'Low' },
  ],
  items: [
    item(1, null, 1, 'domain'),
    item(2, null, 0, 'domain'),
    item(3, null, 2, 'domain'),
    item(4, 3, 0, 'domain'),
    { ...item(5, 1, 0, 'competency'), levels: [{ level: 2, da: 'Kan det hele', en: 'Can do it all' }] },
    item(6, 2, 1, 'competency'),
    item(7, 2, 0, 'competency'),
    item(8, 4, 0, 'competency'),
    item(9, null, 3, 'competency'),
    item(10, 5, 0, 'indicator'),
    item(11, null, 4, 'domain'),
  ],
};

const answer = (itemIdentifier: string, extra: Partial<Answer> = {}): Answer => ({
  itemIdentifier,
  currentLevel: 2,
  neededLevel: 4,
  importance: 3,
  comment: '',
  ...extra,
});

describe('surveyPages', () => {
  it('gives the national framework one page per domain with every competency in tree order', () => {
    const pages = surveyPages(NATIONAL_FRAMEWORK);
    expect(pages.map((p) => p.titleDa)).toEqual([
      'Personlig ledelse',
      'Personaleledelse',
      'Faglig og strategisk ledelse',
      'Organisation, økonomi og politik',
    ]);
    const listed = pages.flatMap((p) => p.competencies.map((c) => c.identifier));
    expect(listed).toEqual(competenciesOf(NATIONAL_FRAMEWORK.items).map((c) => c.identifier));
    expect(listed).toHaveLength(Object.keys(NATIONAL_COMPETENCY_IDS).length);
  });

  it("joins each scale label with the competency's descriptor for that level", () => {
    const finance = surveyPages(NATIONAL_FRAMEWORK)
      .flatMap((p) => p.competencies)
      .find((c) => c.identifier === NATIONAL_COMPETENCY_IDS.finance);
    const source = NATIONAL_FRAMEWORK.items.find((i) => i.identifier === NATIONAL_COMPETENCY_IDS.finance);
    expect(finance?.levels.map((l) => l.level)).toEqual(NATIONAL_FRAMEWORK.scale.map((s) => s.level));
    for (const level of finance?.levels ?? []) {
      const descriptor = source?.levels.find((l) => l.level === level.level);
      const step = NATIONAL_FRAMEWORK.scale.find((s) => s.level === level.level);
      expect(level).toEqual({ ...step, descriptorDa: descriptor?.da, descriptorEn: descriptor?.en });
      expect(level.descriptorDa).not.toBe('');
    }
  });

  it('orders domains by position, follows nested domains, skips empty ones and ends with the homeless', () => {
    const pages = surveyPages(SMALL);
    expect(pages.map((p) => [p.domainIdentifier, p.competencies.map((c) => c.identifier)])).toEqual([
      [id(2), [id(7), id(6)]],
      [id(1), [id(5)]],
      [id(4), [id(8)]],
      [null, [id(9)]],
    ]);
    expect(pages[3].titleDa).toBe(OTHER_COMPETENCIES_TITLE.titleDa);
  });

  it('sorts the scale and leaves missing descriptors empty', () => {
    const [, page] = surveyPages(SMALL);
    expect(page.competencies[0].levels).toEqual([
      { level: 1, labelDa: 'Lav', labelEn: 'Low', descriptorDa: '', descriptorEn: '' },
      { level: 2, labelDa: 'Høj', labelEn: 'High', descriptorDa: 'Kan det hele', descriptorEn: 'Can do it all' },
    ]);
  });
});

describe('validateAnswer', () => {
  const competency = NATIONAL_COMPETENCY_IDS.communication;

  it('accepts a full answer, a draft without levels and an upper-case identifier', () => {
    expect(validateAnswer(answer(competency), NATIONAL_FRAMEWORK)).toEqual([]);
    const draft = answer(competency, { currentLevel: null, neededLevel: null, importance: null });
    expect(validateAnswer(draft, NATIONAL_FRAMEWORK)).toEqual([]);
    expect(validateAnswer(answer(competency.toUpperCase()), NATIONAL_FRAMEWORK)).toEqual([]);
  });

  it('reports levels off the scale and importance outside 1–5', () => {
    const bad = answer(competency, { currentLevel: 0, neededLevel: 2.5, importance: 6 as never });
    expect(validateAnswer(bad, NATIONAL_FRAMEWORK)).toEqual([
      'current_level_not_on_scale',
      'needed_level_not_on_scale',
      'importance_out_of_range',
    ]);
    expect(validateAnswer(answer(competency, { importance: 0 as never }), NATIONAL_FRAMEWORK)).toEqual([
      'importance_out_of_range',
    ]);
    expect(validateAnswer(answer(competency, { importance: 2.5 as never }), NATIONAL_FRAMEWORK)).toEqual([
      'importance_out_of_range',
    ]);
  });

  it('counts the comment in characters, not UTF-16 units', () => {
    const max = ANSWER_LIMITS.commentMaxLength;
    expect(validateAnswer(answer(competency, { comment: '🙂'.repeat(max) }), NATIONAL_FRAMEWORK)).toEqual([]);
    expect(validateAnswer(answer(competency, { comment: 'æ'.repeat(max + 1) }), NATIONAL_FRAMEWORK)).toEqual([
      'comment_too_long',
    ]);
  });

  it('reports unknown items, and domains or indicators, as unknown competencies', () => {
    const domain = NATIONAL_FRAMEWORK.items.find((i) => i.kind === 'domain')?.identifier as string;
    const indicator = NATIONAL_FRAMEWORK.items.find((i) => i.kind === 'indicator')?.identifier as string;
    for (const identifier of [id(99), domain, indicator]) {
      expect(validateAnswer(answer(identifier), NATIONAL_FRAMEWORK)).toEqual(['competency_unknown']);
    }
  });
});

describe('progress', () => {
  const pages = surveyPages(SMALL);

  it('starts at zero on the first page', () => {
    expect(progress(pages, [])).toEqual({ answered: 0, total: 5, percent: 0, nextPageIndex: 0 });
  });

  it('counts only competencies with both levels and resumes at the first page with a gap', () => {
    const answers = [
      answer(id(7)),
      answer(id(6)),
      answer(id(5), { neededLevel: null }),
      answer(id(8)),
      answer(id(99)),
      answer(id(10)),
    ];
    expect(progress(pages, answers)).toEqual({ answered: 3, total: 5, percent: 60, nextPageIndex: 1 });
  });

  it('shows 100 percent and no next page only when everything is answered', () => {
    const all = [id(5), id(6), id(7), id(8), id(9)].map((i) => answer(i));
    expect(progress(pages, all)).toEqual({ answered: 5, total: 5, percent: 100, nextPageIndex: null });
    const national = surveyPages(NATIONAL_FRAMEWORK);
    const allButOne = competenciesOf(NATIONAL_FRAMEWORK.items)
      .slice(0, -1)
      .map((c) => answer(c.identifier));
    expect(progress(national, allButOne)).toEqual({ answered: 9, total: 10, percent: 90, nextPageIndex: 3 });
  });

  it('treats a survey without competencies as complete', () => {
    expect(progress([], [])).toEqual({ answered: 0, total: 0, percent: 100, nextPageIndex: null });
  });
});
