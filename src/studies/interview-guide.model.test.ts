import { describe, expect, it } from 'vitest';
import {
  competenciesOf,
  DEFAULT_SCALE,
  type FrameworkContent,
  type FrameworkItem,
} from '../frameworks/frameworks.model.js';
import { NATIONAL_COMPETENCY_IDS, NATIONAL_FRAMEWORK } from '../frameworks/national-framework.data.js';
import { competencyQuestions, defaultGuide, type GuideSection, validateGuide } from './interview-guide.model.js';
import { genericQuestions, NATIONAL_INTERVIEW_QUESTIONS } from './interview-questions.model.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(
  n: number,
  parent: number | null,
  kind: FrameworkItem['kind'],
  titleDa: string,
  titleEn = '',
): FrameworkItem {
  return {
    identifier: id(n),
    parentIdentifier: parent === null ? null : id(parent),
    position: n,
    kind,
    code: String(n),
    titleDa,
    titleEn,
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
  };
}

/** Another organisation's framework: one domain with two competencies, one competency under no domain. */
const OTHER: FrameworkContent = {
  identifier: id(0),
  titleDa: 'Egen ramme',
  titleEn: 'Own framework',
  descriptionDa: '',
  descriptionEn: '',
  publisher: 'Kommune',
  scale: DEFAULT_SCALE,
  items: [
    item(1, null, 'domain', 'Digital ledelse', 'Digital leadership'),
    item(2, 1, 'competency', 'Databrug i hverdagen', 'Using data day to day'),
    item(3, 1, 'competency', 'Digitale arbejdsgange'),
    item(4, null, 'competency', 'Bæredygtig drift', 'Sustainable operations'),
  ],
};

const clone = (guide: GuideSection[]): GuideSection[] => structuredClone(guide);

describe('defaultGuide for the national framework', () => {
  const guide = defaultGuide(NATIONAL_FRAMEWORK);
  const domains = NATIONAL_FRAMEWORK.items.filter((i) => i.kind === 'domain');

  it('opens with the role and path into leadership, has a section per domain and closes with training wishes', () => {
    expect(guide.map((s) => s.key)).toEqual(['opening', ...domains.map((d) => `domain-${d.identifier}`), 'closing']);
    expect(guide.slice(1, -1).map((s) => s.titleDa)).toEqual(domains.map((d) => d.titleDa));
    expect(guide[0].questions.map((q) => q.key)).toContain('opening-recruitment');
    expect(guide.at(-1)?.questions.map((q) => q.key)).toContain('closing-format');
    for (const q of [...guide[0].questions, ...(guide.at(-1)?.questions ?? [])]) {
      expect(q.competencyIdentifiers).toEqual([]);
    }
  });

  it('asks one or two hand-written questions, with probes, about every national competency in its domain section', () => {
    for (const competency of competenciesOf(NATIONAL_FRAMEWORK.items)) {
      const section = guide.find((s) => s.key === `domain-${competency.parentIdentifier}`) as GuideSection;
      const asked = section.questions.filter((q) => q.competencyIdentifiers.includes(competency.identifier));
      expect(asked.length, competency.titleDa).toBeGreaterThanOrEqual(1);
      expect(asked.length, competency.titleDa).toBeLessThanOrEqual(2);
      const generic = genericQuestions(competency.titleDa, competency.titleEn).map((q) => q.textDa);
      for (const q of asked) {
        expect(generic).not.toContain(q.textDa);
        expect(q.textDa.trim()).not.toBe('');
        expect(q.textEn.trim()).not.toBe('');
        expect(q.probeDa?.trim()).toBeTruthy();
        expect(q.probeEn?.trim()).toBeTruthy();
      }
    }
  });

  it('keys the question table by exactly the national competency identifiers', () => {
    expect(Object.keys(NATIONAL_INTERVIEW_QUESTIONS).sort()).toEqual(Object.values(NATIONAL_COMPETENCY_IDS).sort());
  });

  it('passes its own validation with unique keys', () => {
    expect(validateGuide(guide, NATIONAL_FRAMEWORK)).toEqual([]);
    const keys = guide.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('defaultGuide for another framework', () => {
  const guide = defaultGuide(OTHER);

  it('falls back to generic questions built from the title, in both languages', () => {
    const [first] = competencyQuestions(OTHER.items[1]);
    expect(first.textDa).toMatch(/^Fortæl om en situation, hvor du .*»Databrug i hverdagen«/);
    expect(first.textEn).toContain('“Using data day to day”');
    expect(first.competencyIdentifiers).toEqual([id(2)]);
    const [untranslated] = competencyQuestions(OTHER.items[2]);
    expect(untranslated.textEn).toContain('“Digitale arbejdsgange”');
  });

  it('puts competencies under no domain in their own section before the closing', () => {
    expect(guide.map((s) => s.key)).toEqual(['opening', `domain-${id(1)}`, 'other', 'closing']);
    const tied = (s: GuideSection) => [...new Set(s.questions.flatMap((q) => q.competencyIdentifiers))];
    expect(tied(guide[1])).toEqual([id(2), id(3)]);
    expect(tied(guide[2])).toEqual([id(4)]);
    expect(validateGuide(guide, OTHER)).toEqual([]);
  });
});

describe('validateGuide', () => {
  const base = defaultGuide(OTHER);

  it('reports questions tied to competencies the framework does not have, or to non-competencies', () => {
    const guide = clone(base);
    guide[1].questions[0].competencyIdentifiers.push(id(99), id(1));
    const issues = validateGuide(guide, OTHER);
    expect(issues.filter((i) => i.code === 'competency_unknown')).toEqual([
      {
        path: 'sections[1].questions[0].competencyIdentifiers[1]',
        code: 'competency_unknown',
        severity: 'error',
        params: { identifier: id(99) },
      },
      {
        path: 'sections[1].questions[0].competencyIdentifiers[2]',
        code: 'competency_unknown',
        severity: 'error',
        params: { identifier: id(1) },
      },
    ]);
    expect(validateGuide(base, NATIONAL_FRAMEWORK).some((i) => i.code === 'competency_unknown')).toBe(true);
  });

  it('warns about competencies no question covers', () => {
    const guide = clone(base).filter((s) => s.key !== 'other');
    expect(validateGuide(guide, OTHER)).toEqual([
      {
        path: 'sections',
        code: 'competency_not_covered',
        severity: 'warning',
        params: { identifier: id(4), code: '4' },
      },
    ]);
  });

  it('reports duplicate or empty keys and missing or over-long text', () => {
    const guide = clone(base);
    guide[1].questions[1].key = guide[1].questions[0].key;
    guide[2].key = ' ';
    guide[0].questions[0].textDa = '';
    guide[0].questions[0].textEn = '  ';
    guide[0].questions[1].probeEn = 'x'.repeat(1001);
    guide[3].titleDa = '';
    guide[3].titleEn = '';
    expect(validateGuide(guide, OTHER).map((i) => `${i.path} ${i.code}`)).toEqual([
      'sections[0].questions[0].text text_missing',
      'sections[0].questions[1].probe text_too_long',
      'sections[1].questions[1].key duplicate_key',
      'sections[2].key key_invalid',
      'sections[3].title text_missing',
    ]);
  });

  it('limits the number of sections and questions', () => {
    const many = clone(base);
    many[0].questions = Array.from({ length: 41 }, (_, i) => ({
      key: `q${i}`,
      textDa: 'Spørgsmål',
      textEn: '',
      competencyIdentifiers: [],
    }));
    expect(validateGuide(many, OTHER).map((i) => i.code)).toEqual(['too_many_questions']);
    const sections = Array.from({ length: 41 }, (_, i) => ({ ...base[0], key: `s${i}`, questions: [] }));
    expect(validateGuide([...sections, ...base.slice(1)], OTHER).map((i) => i.code)).toEqual(['too_many_sections']);
  });
});
