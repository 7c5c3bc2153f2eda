import { describe, expect, it } from 'vitest';
import {
  childrenByParent,
  competenciesOf,
  DEFAULT_SCALE,
  flattenTree,
  UUID_PATTERN,
  validateFramework,
} from './frameworks.model.js';
import {
  NATIONAL_COMPETENCY_IDS,
  NATIONAL_FRAMEWORK,
  NATIONAL_FRAMEWORK_IDENTIFIER,
  NATIONAL_ROLE_PROFILES,
} from './national-framework.data.js';

const items = NATIONAL_FRAMEWORK.items;
const competencies = competenciesOf(items);
const scaleLevels = DEFAULT_SCALE.map((s) => s.level);
const itemById = new Map(items.map((i) => [i.identifier, i]));

/** Every string anywhere in a value, with the path to it. */
function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${path}.${k}`));
  return [];
}

/** Rough sentence count: a full stop, question or exclamation mark followed by a space and a capital letter. */
const sentences = (text: string) => text.split(/[.!?]\s+(?=[A-ZÆØÅ])/).length;

describe('NATIONAL_FRAMEWORK', () => {
  it('is valid content on the default scale', () => {
    expect(validateFramework(NATIONAL_FRAMEWORK)).toEqual([]);
    expect(NATIONAL_FRAMEWORK.identifier).toBe('f1a00000-0000-4000-8000-000000000000');
    expect(NATIONAL_FRAMEWORK.identifier).toBe(NATIONAL_FRAMEWORK_IDENTIFIER);
    expect(NATIONAL_FRAMEWORK.scale).toEqual(DEFAULT_SCALE);
    expect(NATIONAL_FRAMEWORK.publisher).toBe('Frontline');
    expect(NATIONAL_FRAMEWORK.titleDa).toBe('Førstelinjeledelse i den offentlige sektor');
    expect(NATIONAL_FRAMEWORK.titleEn).toBe('First-line leadership in the public sector');
  });

  it('holds exactly the ten agreed competencies, in order', () => {
    expect(competencies.map((c) => c.titleDa)).toEqual([
      'Fra kollega til leder',
      'Egen udvikling og refleksion',
      'Personaleledelse, trivsel og relationer',
      'Kommunikation og konflikthåndtering',
      'Faglig ledelse og kerneopgaven',
      'Retning, mål- og værdistyring',
      'Drift, udvikling og forandring',
      'Økonomisk forståelse og økonomistyring',
      'Politisk tæft og ledelsesrum',
      'Organisationsforståelse og samarbejde',
    ]);
    expect(new Set(competencies.map((c) => c.identifier))).toEqual(new Set(Object.values(NATIONAL_COMPETENCY_IDS)));
  });

  it('is a tree of 4–5 domains holding competencies holding 3–5 indicators', () => {
    const domains = items.filter((i) => i.kind === 'domain');
    expect(domains.length).toBeGreaterThanOrEqual(4);
    expect(domains.length).toBeLessThanOrEqual(5);
    for (const domain of domains) expect(domain.parentIdentifier).toBeNull();
    for (const competency of competencies) {
      expect(itemById.get(competency.parentIdentifier as string)?.kind).toBe('domain');
      const indicators = items.filter((i) => i.parentIdentifier === competency.identifier);
      expect(indicators.length, competency.code).toBeGreaterThanOrEqual(3);
      expect(indicators.length, competency.code).toBeLessThanOrEqual(5);
      for (const indicator of indicators) expect(indicator.kind).toBe('indicator');
    }
    for (const indicator of items.filter((i) => i.kind === 'indicator')) {
      expect(itemById.get(indicator.parentIdentifier as string)?.kind).toBe('competency');
    }
  });

  it('numbers codes and 0-based positions by place in the tree', () => {
    const codeOf = new Map<string | null, string>([[null, '']]);
    for (const { item } of flattenTree(items)) {
      const parentCode = codeOf.get(item.parentIdentifier) as string;
      const expected = parentCode ? `${parentCode}.${item.position + 1}` : String(item.position + 1);
      expect(item.code).toBe(expected);
      codeOf.set(item.identifier, item.code);
    }
    for (const siblings of childrenByParent(items).values()) {
      expect(siblings.map((i) => i.position)).toEqual(siblings.map((_, index) => index));
    }
  });

  it('gives every item a Danish and English title and a description of 1–3 sentences', () => {
    for (const item of items) {
      for (const text of [item.titleDa, item.titleEn, item.descriptionDa, item.descriptionEn]) {
        expect(text.trim(), item.code).not.toBe('');
        expect(text, item.code).toBe(text.trim());
      }
      expect(sentences(item.descriptionDa), `${item.code} da`).toBeLessThanOrEqual(3);
      expect(sentences(item.descriptionEn), `${item.code} en`).toBeLessThanOrEqual(3);
      expect(item.descriptionDa).not.toBe(item.descriptionEn);
    }
    expect(new Set(items.map((i) => i.titleDa)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.titleEn)).size).toBe(items.length);
  });

  it('describes every scale level of every competency in both languages, each descriptor different', () => {
    const allDa = new Set<string>();
    const allEn = new Set<string>();
    for (const competency of competencies) {
      expect(competency.levels.map((l) => l.level)).toEqual(scaleLevels);
      for (const descriptor of competency.levels) {
        expect(descriptor.da.trim(), `${competency.code}/${descriptor.level}`).not.toBe('');
        expect(descriptor.en.trim(), `${competency.code}/${descriptor.level}`).not.toBe('');
        allDa.add(descriptor.da);
        allEn.add(descriptor.en);
      }
    }
    expect(allDa.size).toBe(competencies.length * scaleLevels.length);
    expect(allEn.size).toBe(competencies.length * scaleLevels.length);
  });

  it('gives only competencies keywords and descriptors', () => {
    for (const item of items.filter((i) => i.kind !== 'competency')) {
      expect([item.keywordsDa, item.keywordsEn, item.levels], item.code).toEqual([[], [], []]);
    }
  });

  it('gives every competency 8–15 distinct keywords per language, none shared with another competency', () => {
    for (const language of ['keywordsDa', 'keywordsEn'] as const) {
      const owner = new Map<string, string>();
      for (const competency of competencies) {
        const keywords = competency[language].map((k) => k.toLowerCase());
        expect(keywords.length, `${competency.code} ${language}`).toBeGreaterThanOrEqual(8);
        expect(keywords.length, `${competency.code} ${language}`).toBeLessThanOrEqual(15);
        expect(new Set(keywords).size, `${competency.code} ${language}`).toBe(keywords.length);
        for (const keyword of keywords) {
          expect(keyword, `${competency.code} ${language}`).toBe(keyword.trim());
          expect(keyword.length).toBeGreaterThan(1);
          expect(owner.get(keyword) ?? competency.code, `"${keyword}" in ${language}`).toBe(competency.code);
          owner.set(keyword, competency.code);
        }
      }
    }
  });

  it('uses the words leaders say about the economy and the step from colleague to leader', () => {
    const finance = itemById.get(NATIONAL_COMPETENCY_IDS.finance);
    expect(finance?.keywordsDa).toEqual(expect.arrayContaining(['budget', 'regnskab', 'likviditet', 'nøgletal']));
    const step = itemById.get(NATIONAL_COMPETENCY_IDS.colleagueToLeader);
    expect(step?.keywordsDa).toEqual(expect.arrayContaining(['tidligere kollega', 'loyalitet', 'ny leder']));
    const operations = itemById.get(NATIONAL_COMPETENCY_IDS.operationsAndChange);
    expect(operations?.keywordsDa).toEqual(expect.arrayContaining(['drift', 'brandslukning', 'vagtplan']));
  });
});

describe('identifiers', () => {
  it('are unique lowercase UUIDs across the framework, its items and the role profiles', () => {
    const ids = [
      NATIONAL_FRAMEWORK.identifier,
      ...items.map((i) => i.identifier),
      ...NATIONAL_ROLE_PROFILES.map((p) => p.identifier),
    ];
    for (const id of ids) {
      expect(id).toMatch(UUID_PATTERN);
      expect(id).toBe(id.toLowerCase());
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('NATIONAL_ROLE_PROFILES', () => {
  const byName = new Map(NATIONAL_ROLE_PROFILES.map((p) => [p.nameDa, p]));

  it('are the three national profiles with their areas', () => {
    expect(NATIONAL_ROLE_PROFILES.map((p) => [p.nameDa, p.area])).toEqual([
      ['Førstelinjeleder, Teknik og Miljø', 'Teknik og Miljø'],
      ['Førstelinjeleder, Ældre og Sundhed', 'Ældre og Sundhed'],
      ['Ny leder, første år', null],
    ]);
    for (const profile of NATIONAL_ROLE_PROFILES) {
      for (const text of [profile.nameEn, profile.descriptionDa, profile.descriptionEn])
        expect(text.trim()).not.toBe('');
    }
  });

  it('target every competency exactly once, at a level on the scale, with a reason in both languages', () => {
    const competencyIds = competencies.map((c) => c.identifier).sort();
    for (const profile of NATIONAL_ROLE_PROFILES) {
      expect(profile.targets.map((t) => t.itemIdentifier).sort(), profile.nameDa).toEqual(competencyIds);
      for (const target of profile.targets) {
        expect(scaleLevels).toContain(target.level);
        expect(target.rationaleDa.trim()).not.toBe('');
        expect(target.rationaleEn.trim()).not.toBe('');
      }
      expect(new Set(profile.targets.map((t) => t.rationaleDa)).size).toBe(profile.targets.length);
      expect(new Set(profile.targets.map((t) => t.rationaleEn)).size).toBe(profile.targets.length);
    }
  });

  it('set first-year targets no higher than the area profiles, except for the step from colleague to leader', () => {
    const levelOf = (name: string, id: string) =>
      byName.get(name)?.targets.find((t) => t.itemIdentifier === id)?.level as number;
    const step = NATIONAL_COMPETENCY_IDS.colleagueToLeader;
    for (const id of Object.values(NATIONAL_COMPETENCY_IDS)) {
      const firstYear = levelOf('Ny leder, første år', id);
      for (const area of ['Førstelinjeleder, Teknik og Miljø', 'Førstelinjeleder, Ældre og Sundhed']) {
        if (id === step) expect(firstYear).toBeGreaterThanOrEqual(3);
        else expect(firstYear, `${id} vs ${area}`).toBeLessThan(levelOf(area, id));
      }
    }
  });

  it('ask more economy of technical crews and more people management of elderly care', () => {
    const levelOf = (name: string, id: string) =>
      byName.get(name)?.targets.find((t) => t.itemIdentifier === id)?.level as number;
    const technical = 'Førstelinjeleder, Teknik og Miljø';
    const care = 'Førstelinjeleder, Ældre og Sundhed';
    expect(levelOf(technical, NATIONAL_COMPETENCY_IDS.finance)).toBeGreaterThan(
      levelOf(care, NATIONAL_COMPETENCY_IDS.finance),
    );
    for (const id of [NATIONAL_COMPETENCY_IDS.peopleManagement, NATIONAL_COMPETENCY_IDS.communication]) {
      expect(levelOf(care, id)).toBeGreaterThan(levelOf(technical, id));
    }
  });
});

describe('text', () => {
  it('is Unicode NFC everywhere', () => {
    const strings = stringsIn({ NATIONAL_FRAMEWORK, NATIONAL_ROLE_PROFILES });
    expect(strings.length).toBeGreaterThan(500);
    for (const [path, text] of strings) expect(text, path).toBe(text.normalize('NFC'));
  });

  it('has no stray whitespace or straight double quotes in the prose', () => {
    for (const [path, text] of stringsIn({ NATIONAL_FRAMEWORK, NATIONAL_ROLE_PROFILES })) {
      expect(text, path).not.toMatch(/\s{2,}|^\s|\s$|"/);
    }
  });
});
