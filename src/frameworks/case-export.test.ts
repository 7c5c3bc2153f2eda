import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from './case/case-v1p1-cfpackage.schema.json' with { type: 'json' };
import { type CasePackage, exportCase, uuidV5 } from './case-export';
import { DEFAULT_SCALE, type FrameworkContent, UUID_PATTERN } from './frameworks.model';
import { RICH_FRAMEWORK_ID, richFramework } from './frameworks.test-fixtures';

const META = {
  baseUri: 'https://frontline.example/',
  versionNumber: 3,
  status: 'published',
  lastChangeDateTime: '2026-03-01T10:00:00.000Z',
} as const;
const BASE = 'https://frontline.example/ims/case/v1p1';

// Compiled here on its own, so the test does not lean on the module under test's validator.
const ajv = new Ajv2019({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema as object);

const id = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('CASE export', () => {
  it('validates against the CASE 1.1 CFPackage schema', () => {
    const pkg = exportCase(richFramework(), META);
    expect(validate(JSON.parse(JSON.stringify(pkg))), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const draft = exportCase(richFramework(), { ...META, status: 'draft' });
    expect(validate(JSON.parse(JSON.stringify(draft)))).toBe(true);
  });

  it('validates for a framework without items and for an English-only one', () => {
    const empty: FrameworkContent = { ...richFramework(), items: [], publisher: '', descriptionDa: '' };
    expect(validate(JSON.parse(JSON.stringify(exportCase(empty, META))))).toBe(true);
    const english = richFramework();
    english.titleDa = '';
    for (const item of english.items) item.titleDa = '';
    expect(validate(JSON.parse(JSON.stringify(exportCase(english, META))))).toBe(true);
  });

  it('describes the framework in the CFDocument, Danish first, English in our extension', () => {
    const { CFDocument } = exportCase(richFramework(), META);
    expect(CFDocument).toMatchObject({
      identifier: RICH_FRAMEWORK_ID,
      uri: `${BASE}/CFDocuments/${RICH_FRAMEWORK_ID}`,
      title: 'Kompetencer for førstelinjeledere 🧭',
      creator: 'Styrelsen for Undervisning og Kvalitet',
      publisher: 'Styrelsen for Undervisning og Kvalitet',
      language: 'da',
      version: '3',
      adoptionStatus: 'Adopted',
      caseVersion: '1.1',
      lastChangeDateTime: META.lastChangeDateTime,
      extensions: {
        frontline: {
          titleEn: 'Competencies for first-line leaders 🧭',
          descriptionEn: 'What a first-line leader needs to be able to do.',
          scale: DEFAULT_SCALE,
        },
      },
    });
    expect(CFDocument.description).toContain('Norddjurs & Syddjurs');
    expect(exportCase(richFramework(), { ...META, status: 'draft' }).CFDocument.adoptionStatus).toBe('Draft');
  });

  it('writes the items in tree order with their CASE fields', () => {
    const { CFItems = [] } = exportCase(richFramework(), META);
    expect(CFItems.map((i) => i.humanCodingScheme ?? '')).toEqual([
      '1',
      '1.1',
      '1.1.a',
      '1.1.b',
      '1.2',
      '2',
      '2.1',
      '',
      '2.2',
      '2.3',
    ]);
    expect(CFItems[1]).toEqual({
      identifier: id(2),
      uri: `${BASE}/CFItems/${id(2)}`,
      fullStatement: 'Økonomisk forståelse',
      humanCodingScheme: '1.1',
      listEnumeration: '1',
      CFItemType: 'Competency',
      CFItemTypeURI: expect.objectContaining({ title: 'Competency', identifier: expect.stringMatching(UUID_PATTERN) }),
      conceptKeywords: ['budget', 'regnskab', 'likviditet'],
      notes: 'Læser et budget & et regnskab.\nForklarer afvigelser <under 5 %> for teamet.',
      language: 'da',
      lastChangeDateTime: META.lastChangeDateTime,
      extensions: {
        frontline: {
          titleEn: 'Financial understanding',
          descriptionEn: 'Reads a budget and accounts.',
          keywordsEn: ['budget', 'accounts'],
        },
      },
    });
    expect(CFItems.map((i) => i.CFItemType)).toEqual([
      'Domain',
      'Competency',
      'Indicator',
      'Indicator',
      'Competency',
      'Domain',
      'Competency',
      'Indicator',
      'Competency',
      'Competency',
    ]);
    // The long title gets an abbreviation, short ones do not.
    expect(CFItems[4].abbreviatedStatement).toBe('Drift der ikke fortrænger personaleledelsen, selv når…');
    expect(CFItems[0].abbreviatedStatement).toBeUndefined();
  });

  it('links every item to its parent with isChildOf, top-level items to the document', () => {
    const pkg = exportCase(richFramework(), META);
    const edges = (pkg.CFAssociations ?? []).map((a) => [
      a.associationType,
      a.originNodeURI.identifier,
      a.destinationNodeURI.identifier,
      a.sequenceNumber,
    ]);
    expect(edges).toEqual([
      ['isChildOf', id(1), RICH_FRAMEWORK_ID, 1],
      ['isChildOf', id(2), id(1), 1],
      ['isChildOf', id(3), id(2), 1],
      ['isChildOf', id(4), id(2), 2],
      ['isChildOf', id(5), id(1), 2],
      ['isChildOf', id(6), RICH_FRAMEWORK_ID, 2],
      ['isChildOf', id(7), id(6), 1],
      ['isChildOf', id(8), id(7), 1],
      ['isChildOf', id(9), id(6), 2],
      ['isChildOf', id(10), id(6), 3],
    ]);
    const top = pkg.CFAssociations?.[0];
    expect(top?.destinationNodeURI).toEqual({
      title: 'Kompetencer for førstelinjeledere 🧭',
      identifier: RICH_FRAMEWORK_ID,
      uri: `${BASE}/CFDocuments/${RICH_FRAMEWORK_ID}`,
    });
    expect(top?.uri).toBe(`${BASE}/CFAssociations/${top?.identifier}`);
  });

  it('writes one rubric per item with descriptors, levels scored by level and labelled by the scale', () => {
    const { CFRubrics = [] } = exportCase(richFramework(), META);
    expect(CFRubrics.map((r) => r.CFRubricCriteria?.[0].CFItemURI?.identifier)).toEqual([id(2), id(5), id(7), id(9)]);
    const rubric = CFRubrics[0];
    const criterion = rubric.CFRubricCriteria?.[0];
    expect(criterion?.rubricId).toBe(rubric.identifier);
    expect(criterion?.CFItemURI?.uri).toBe(`${BASE}/CFItems/${id(2)}`);
    expect(
      criterion?.CFRubricCriterionLevels?.map((l) => ({
        score: l.score,
        quality: l.quality,
        description: l.description,
        en: (l.extensions?.[0]?.frontline as { en?: string } | undefined)?.en,
        parent: l.rubricCriterionId,
      })),
    ).toEqual([
      {
        score: 1,
        quality: 'Begynder',
        description: 'Kender til budgetter',
        en: 'Knows about budgetter',
        parent: criterion?.identifier,
      },
      {
        score: 3,
        quality: 'Selvstændig',
        description: 'Arbejder selvstændigt med budgetter 💪',
        en: 'Works independently with budgetter 💪',
        parent: criterion?.identifier,
      },
      {
        score: 5,
        quality: 'Ekspert',
        description: 'Lærer andre om budgetter; også på tværs af forvaltninger',
        en: 'Teaches others about budgetter',
        parent: criterion?.identifier,
      },
    ]);
    // A descriptor without English carries no extension.
    expect(CFRubrics[1].CFRubricCriteria?.[0].CFRubricCriterionLevels?.[0].extensions).toBeUndefined();
  });

  it('is byte-stable: the same content gives the same JSON, with name-based UUIDs', () => {
    const a = JSON.stringify(exportCase(richFramework(), META));
    const b = JSON.stringify(exportCase(richFramework(), META));
    expect(a).toBe(b);
    const pkg = JSON.parse(a) as CasePackage;
    const made = [
      ...(pkg.CFAssociations ?? []).map((x) => x.identifier),
      ...(pkg.CFRubrics ?? []).flatMap((r) => [
        r.identifier,
        ...(r.CFRubricCriteria ?? []).flatMap((c) => [
          c.identifier,
          ...(c.CFRubricCriterionLevels ?? []).map((l) => l.identifier),
        ]),
      ]),
    ];
    expect(made.length).toBeGreaterThan(20);
    expect(new Set(made).size).toBe(made.length);
    for (const identifier of made)
      expect(identifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Moving an item does not change its association's identifier (it derives from the item alone).
    const moved = richFramework();
    moved.items[2].position = 1;
    moved.items[3].position = 0;
    const again = exportCase(moved, META);
    expect(again.CFAssociations?.find((x) => x.originNodeURI.identifier === id(3))?.identifier).toBe(
      pkg.CFAssociations?.find((x) => x.originNodeURI.identifier === id(3))?.identifier,
    );
  });

  it('uses the English text where the Danish is empty, and marks that in the extension', () => {
    const content = richFramework();
    content.items[0].titleDa = '';
    content.items[0].descriptionDa = '';
    const item = exportCase(content, META).CFItems?.[0];
    expect(item?.fullStatement).toBe('Finance and operations');
    expect(item?.notes).toBe('Budgets, accounts and liquidity day to day.');
    expect(item?.extensions?.frontline).toMatchObject({ titleDa: '', descriptionDa: '' });
  });
});

describe('uuidV5', () => {
  it('matches the RFC 4122 test vector', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('accepts a namespace that is not a UUID and stays deterministic', () => {
    expect(uuidV5('moodle', 'x')).toBe(uuidV5('moodle', 'x'));
    expect(uuidV5('moodle', 'x')).not.toBe(uuidV5('moodle', 'y'));
    expect(uuidV5('moodle', 'x')).toMatch(UUID_PATTERN);
  });
});
