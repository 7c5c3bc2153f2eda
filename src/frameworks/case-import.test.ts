import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCase } from './case-export';
import { inferKind, kindFromName, parseCasePackage } from './case-import';
import { DEFAULT_SCALE, type FrameworkContent, type FrameworkItem, flattenTree, ITEM_KINDS } from './frameworks.model';
import { richFramework } from './frameworks.test-fixtures';

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));
const META = {
  baseUri: 'https://frontline.example',
  versionNumber: 2,
  status: 'published',
  lastChangeDateTime: '2026-03-01T10:00:00.000Z',
} as const;
/** The export as it arrives: JSON text parsed back (no shared references, no undefined). */
const exported = (content: FrameworkContent = richFramework()) => JSON.parse(JSON.stringify(exportCase(content, META)));
const id = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DOC = '7d0c4f2e-3b1a-4c5d-9e8f-0a1b2c3d4e5f';

describe('CASE import of the real OpenSALT packages', () => {
  it('imports the item-type test package: one top-level "Standard" item as a competency', () => {
    const result = parseCasePackage(fixture('opensalt-ItemTypeTestFramework.json'));
    expect(result.issues).toEqual([]);
    expect(result.content).toMatchObject({
      identifier: 'd0000000-0000-0000-0000-000000000000',
      titleDa: 'Item Type Test',
      titleEn: '',
      publisher: 'OpenSALT Testing',
      scale: DEFAULT_SCALE,
    });
    expect(result.content?.items).toEqual([
      expect.objectContaining({
        identifier: '00000000-0000-0000-0000-000000000001',
        parentIdentifier: null,
        position: 0,
        kind: 'competency',
        titleDa: 'Item 1',
      }),
    ]);
    // No rubrics: the default scale is used, and said so.
    expect(result.warnings).toEqual([{ path: '/CFRubrics', code: 'case_scale_default', params: { count: 5 } }]);
    expect(result.dropped).toEqual([]);
  });

  it('imports the SmartLevel package with its two-level tree in order', () => {
    const result = parseCasePackage(fixture('opensalt-SmartLevelFramework.json'));
    expect(result.issues).toEqual([]);
    const tree = flattenTree(result.content?.items ?? []).map(
      ({ item, depth }) => `${'  '.repeat(depth)}${item.titleDa} (${item.kind})`,
    );
    expect(tree).toEqual([
      'Item 1 (domain)',
      ...Array.from({ length: 10 }, (_, i) => `  Item 1.${i + 1} (competency)`),
      'Item 2 (domain)',
      '  Item 2.1 (competency)',
      '  Item 2.2 (competency)',
    ]);
    const item12 = result.content?.items.find((i) => i.titleDa === 'Item 1.2');
    expect(item12).toMatchObject({ parentIdentifier: '00000000-0000-0000-0000-000000000001', position: 1 });
  });
});

describe('CASE round trip', () => {
  it('export → import gives back exactly the content, with nothing dropped', () => {
    const result = parseCasePackage(exported());
    expect(result.issues).toEqual([]);
    expect(result.dropped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.content).toEqual(richFramework());
  });

  it('orders siblings by the isChildOf sequenceNumber, not by where items stand in the file', () => {
    const pkg = exported();
    pkg.CFItems.reverse();
    pkg.CFAssociations.reverse();
    for (const item of pkg.CFItems) delete item.listEnumeration;
    const result = parseCasePackage(pkg);
    expect(result.issues).toEqual([]);
    expect(result.content).toEqual(richFramework());
  });

  it('keeps texts that exist only in English', () => {
    const content = richFramework();
    content.titleDa = '';
    content.descriptionDa = '';
    content.items[1].titleDa = '';
    content.items[1].descriptionDa = '';
    content.items[1].levels[0].da = '';
    const result = parseCasePackage(exported(content));
    expect(result.issues).toEqual([]);
    expect(result.content).toEqual(content);
  });

  it('round-trips random trees (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.normalize('NFC').trim());
    const nonEmpty = text.filter((s) => s.length > 0);
    const node = fc.record({
      parentPick: fc.nat(),
      isRoot: fc.boolean(),
      kind: fc.constantFrom(...ITEM_KINDS),
      code: text,
      titleDa: nonEmpty,
      titleEn: text,
      descriptionDa: text,
      descriptionEn: text,
      keywordsDa: fc.uniqueArray(nonEmpty, { maxLength: 3 }),
      keywordsEn: fc.uniqueArray(nonEmpty, { maxLength: 3 }),
      levels: fc.uniqueArray(fc.record({ level: fc.integer({ min: 1, max: 5 }), da: text, en: nonEmpty }), {
        maxLength: 3,
        selector: (l) => l.level,
      }),
    });
    const framework = fc.record({
      identifier: fc.uuid(),
      ids: fc.uniqueArray(fc.uuid(), { minLength: 20, maxLength: 20 }),
      nodes: fc.array(node, { maxLength: 20 }),
      titleDa: text,
      titleEn: nonEmpty,
      publisher: text,
    });
    fc.assert(
      fc.property(framework, ({ identifier, ids, nodes, titleDa, titleEn, publisher }) => {
        const counts = new Map<string | null, number>();
        const items: FrameworkItem[] = nodes.map((n, i) => {
          const parent = i === 0 || n.isRoot ? null : ids[n.parentPick % i].toLowerCase();
          const position = counts.get(parent) ?? 0;
          counts.set(parent, position + 1);
          const { parentPick: _p, isRoot: _r, ...fields } = n;
          const levels = [...fields.levels].sort((a, b) => a.level - b.level);
          return { ...fields, levels, identifier: ids[i].toLowerCase(), parentIdentifier: parent, position };
        });
        const content: FrameworkContent = {
          identifier: identifier.toLowerCase(),
          titleDa,
          titleEn,
          descriptionDa: '',
          descriptionEn: '',
          publisher,
          scale: DEFAULT_SCALE,
          items: flattenTree(items).map((e) => e.item),
        };
        const result = parseCasePackage(exported(content));
        expect(result.issues).toEqual([]);
        expect(result.content).toEqual(content);
      }),
      { numRuns: 60 },
    );
  });
});

describe('CASE import of packages from elsewhere', () => {
  /** A package written by hand the way another CASE tool might: English, no extensions, rubrics with qualities. */
  function foreign() {
    const link = (identifier: string, type = 'CFItems') => ({
      title: 't',
      identifier,
      uri: `https://case.example/${type}/${identifier}`,
    });
    const at = '2025-01-01T00:00:00+00:00';
    const item = (n: number, fullStatement: string, extra: Record<string, unknown> = {}) => ({
      identifier: id(n),
      uri: `https://case.example/CFItems/${id(n)}`,
      fullStatement,
      lastChangeDateTime: at,
      ...extra,
    });
    const childOf = (n: number, child: number, parent: number | null, extra: Record<string, unknown> = {}) => ({
      identifier: id(100 + n),
      associationType: 'isChildOf',
      uri: `https://case.example/CFAssociations/${id(100 + n)}`,
      originNodeURI: link(id(child)),
      destinationNodeURI: parent === null ? link(DOC, 'CFDocuments') : link(id(parent)),
      lastChangeDateTime: at,
      ...extra,
    });
    return {
      CFDocument: {
        identifier: DOC,
        uri: `https://case.example/CFDocuments/${DOC}`,
        creator: 'Agency',
        title: 'Leadership',
        lastChangeDateTime: at,
        language: 'en',
      },
      CFItems: [
        item(1, 'People', { CFItemType: 'Kompetenceområde', humanCodingScheme: 'P' }),
        item(2, 'Coaching', {
          CFItemType: 'KOMPETENCE',
          conceptKeywords: ['coach', 'coach', ' talk '],
          listEnumeration: '2',
        }),
        item(3, 'Delegating', { CFItemType: 'Competency', listEnumeration: '1', educationLevel: ['adult'] }),
        item(4, 'Gives feedback weekly', { CFItemType: 'Cluster-ish thing' }),
        item(5, 'Budgets'),
      ],
      CFAssociations: [
        childOf(1, 1, null),
        childOf(2, 2, 1),
        childOf(3, 3, 1),
        childOf(4, 4, 2, { sequenceNumber: 1 }),
        childOf(5, 5, null),
        { ...childOf(6, 5, 2), associationType: 'exemplar' },
        { ...childOf(7, 3, 2), associationType: 'isRelatedTo' },
      ],
      CFRubrics: [
        {
          identifier: id(200),
          uri: 'https://case.example/CFRubrics/r',
          lastChangeDateTime: at,
          CFRubricCriteria: [
            {
              identifier: id(201),
              uri: 'https://case.example/c',
              lastChangeDateTime: at,
              CFItemURI: link(id(2)),
              CFRubricCriterionLevels: [
                {
                  identifier: id(202),
                  uri: 'u',
                  lastChangeDateTime: at,
                  score: 2,
                  quality: 'Developing',
                  description: 'Coaches when asked',
                },
                {
                  identifier: id(203),
                  uri: 'u',
                  lastChangeDateTime: at,
                  score: 1,
                  quality: 'Beginning',
                  description: 'Knows what coaching is',
                  feedback: 'Read a book',
                },
                { identifier: id(204), uri: 'u', lastChangeDateTime: at, quality: 'Unscored' },
              ],
            },
            { identifier: id(205), uri: 'https://case.example/c2', lastChangeDateTime: at, CFItemURI: link(id(99)) },
          ],
        },
      ],
      extensions: { vendor: { x: 1 } },
    };
  }

  it('reads English texts, kinds by name or by place, order, levels and a scale built from the rubric', () => {
    const result = parseCasePackage(foreign());
    expect(result.issues).toEqual([]);
    const content = result.content as FrameworkContent;
    expect(content).toMatchObject({ titleDa: '', titleEn: 'Leadership', publisher: 'Agency' });
    const tree = flattenTree(content.items).map(({ item, depth }) => [depth, item.titleEn, item.kind, item.position]);
    expect(tree).toEqual([
      [0, 'People', 'domain', 0],
      [1, 'Delegating', 'competency', 0], // listEnumeration 1 before 2
      [1, 'Coaching', 'competency', 1],
      [2, 'Gives feedback weekly', 'indicator', 0], // unknown type: below a competency → indicator
      [0, 'Budgets', 'competency', 1], // untyped top-level leaf
    ]);
    const coaching = content.items.find((i) => i.titleEn === 'Coaching');
    expect(coaching).toMatchObject({
      keywordsEn: ['coach', 'talk'],
      keywordsDa: [],
      levels: [
        { level: 1, da: '', en: 'Knows what coaching is' },
        { level: 2, da: '', en: 'Coaches when asked' },
      ],
    });
    expect(content.scale).toEqual([
      { level: 1, labelDa: '', labelEn: 'Beginning' },
      { level: 2, labelDa: '', labelEn: 'Developing' },
    ]);
    expect(content.items.find((i) => i.titleEn === 'People')?.code).toBe('P');
  });

  it('reports a scale built from one rubric score as too small, at the rubrics', () => {
    const pkg = foreign();
    pkg.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels = [
      {
        identifier: id(202),
        uri: 'u',
        lastChangeDateTime: '2025-01-01T00:00:00Z',
        score: 2,
        quality: 'Developing',
        description: 'x',
      },
    ];
    const result = parseCasePackage(pkg);
    expect(result.issues).toEqual([{ path: '/CFRubrics', code: 'scale_size', params: { min: 2, max: 10, count: 1 } }]);
  });

  it('lists what it could not keep', () => {
    const { dropped, warnings } = parseCasePackage(foreign());
    expect(dropped).toEqual(
      expect.arrayContaining([
        { path: '/CFAssociations/5', code: 'case_association_dropped', params: { type: 'exemplar' } },
        { path: '/CFAssociations/6', code: 'case_association_dropped', params: { type: 'isRelatedTo' } },
        { path: '/extensions', code: 'case_extension_dropped', params: { key: '*' } },
        { path: '/CFItems/2/educationLevel', code: 'case_field_dropped', params: { field: 'educationLevel' } },
        {
          path: '/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/1/feedback',
          code: 'case_field_dropped',
          params: { field: 'feedback' },
        },
        { path: '/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/2', code: 'case_rubric_level_no_score' },
        { path: '/CFRubrics/0/CFRubricCriteria/1', code: 'case_rubric_criterion_unlinked', params: { value: id(99) } },
      ]),
    );
    expect(dropped).toHaveLength(7);
    expect(warnings).toEqual([
      { path: '/CFItems/3/CFItemType', code: 'case_item_type_unknown', params: { value: 'Cluster-ish thing' } },
    ]);
  });

  it('lists unknown extension fields, ours and others', () => {
    const pkg = exported();
    pkg.CFItems[0].extensions.frontline.colour = 'red';
    pkg.CFItems[0].extensions.acme = { score: 3 };
    const result = parseCasePackage(pkg);
    expect(result.issues).toEqual([]);
    expect(result.dropped).toEqual([
      { path: '/CFItems/0/extensions/frontline/colour', code: 'case_extension_dropped', params: { key: 'colour' } },
      { path: '/CFItems/0/extensions/acme', code: 'case_extension_dropped', params: { key: 'acme' } },
    ]);
    expect(result.content).toEqual(richFramework());
  });

  it('treats an item without any isChildOf as top-level and accepts urn:uuid identifiers in any case', () => {
    const pkg = exported();
    pkg.CFAssociations = pkg.CFAssociations.filter(
      (a: { originNodeURI: { identifier: string } }) => a.originNodeURI.identifier !== id(6),
    );
    pkg.CFItems[1].identifier = `urn:uuid:${id(2).toUpperCase()}`;
    const result = parseCasePackage(pkg);
    expect(result.issues).toEqual([]);
    const expected = richFramework();
    expect(result.content?.items.find((i) => i.identifier === id(6))?.parentIdentifier).toBeNull();
    expect(result.content?.items.find((i) => i.identifier === id(2))?.titleDa).toBe(expected.items[1].titleDa);
  });
});

describe('CASE import refuses broken packages with the path of each problem', () => {
  it('lists schema errors and stops there', () => {
    const pkg = exported();
    pkg.CFItems[2].identifier = 'nope';
    delete pkg.CFAssociations[4].originNodeURI;
    const result = parseCasePackage(pkg);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([
      { path: '/CFItems/2/identifier', code: 'case_schema_format', params: { format: 'uuid' } },
      { path: '/CFAssociations/4/originNodeURI', code: 'case_schema_required', params: { property: 'originNodeURI' } },
    ]);
  });

  it('finds duplicate identifiers', () => {
    const pkg = exported();
    pkg.CFItems[4].identifier = id(2);
    pkg.CFItems[5].identifier = DOC.toUpperCase();
    const result = parseCasePackage(pkg);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: '/CFItems/4/identifier',
          code: 'duplicate_identifier',
          params: { value: id(2), first: '/CFItems/1/identifier' },
        },
        {
          path: '/CFItems/5/identifier',
          code: 'duplicate_identifier',
          params: { value: DOC.toUpperCase(), first: '/CFDocument/identifier' },
        },
      ]),
    );
  });

  it('finds an isChildOf cycle', () => {
    const pkg = exported();
    // Make domain 1 a child of its own indicator 1.1.a: 1 → 1.1 → 1.1.a → 1.
    const association = pkg.CFAssociations.find(
      (a: { originNodeURI: { identifier: string } }) => a.originNodeURI.identifier === id(1),
    );
    association.destinationNodeURI = { ...association.destinationNodeURI, identifier: id(3) };
    const result = parseCasePackage(pkg);
    expect(result.content).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'cycle', path: expect.stringMatching(/^\/CFItems\/[0-2]$/) });
    expect(String(result.issues[0].params?.identifiers).split(' → ').sort()).toEqual([id(1), id(2), id(3)]);
  });

  it('finds an association pointing at a missing item, at either end', () => {
    const pkg = exported();
    pkg.CFAssociations[2].destinationNodeURI.identifier = id(77);
    pkg.CFAssociations[3].originNodeURI.identifier = id(78);
    const result = parseCasePackage(pkg);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([
      {
        path: '/CFAssociations/2/destinationNodeURI/identifier',
        code: 'case_association_missing_node',
        params: { value: id(77) },
      },
      {
        path: '/CFAssociations/3/originNodeURI/identifier',
        code: 'case_association_missing_node',
        params: { value: id(78) },
      },
    ]);
  });

  it('finds an item with two parents, and lets a repeated edge pass as dropped', () => {
    const pkg = exported();
    const second = structuredClone(pkg.CFAssociations[2]);
    second.identifier = id(300);
    second.destinationNodeURI.identifier = id(5);
    const repeat = structuredClone(pkg.CFAssociations[3]);
    repeat.identifier = id(301);
    pkg.CFAssociations.push(repeat, second);
    const result = parseCasePackage(pkg);
    expect(result.content).toBeNull();
    expect(result.issues).toEqual([
      {
        path: '/CFAssociations/11',
        code: 'case_multiple_parents',
        params: { identifier: id(3), first: '/CFAssociations/2' },
      },
    ]);
    expect(result.dropped).toEqual([
      { path: '/CFAssociations/10', code: 'case_association_duplicate', params: { identifier: id(4) } },
    ]);
  });

  it('adds the framework rules (validateFramework) with paths into the file', () => {
    const pkg = exported();
    pkg.CFItems[3].fullStatement = '  ';
    delete pkg.CFItems[3].extensions;
    pkg.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].score = 9;
    pkg.CFDocument.extensions.frontline.scale[1].labelDa = '';
    pkg.CFDocument.extensions.frontline.scale[1].labelEn = '';
    const result = parseCasePackage(pkg);
    expect(result.content).not.toBeNull();
    expect(result.issues).toEqual([
      { path: '/CFDocument/extensions/frontline/scale/1', code: 'scale_label_missing' },
      {
        path: '/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/0',
        code: 'level_not_on_scale',
        params: { level: 9 },
      },
      { path: '/CFItems/3/fullStatement', code: 'title_missing' },
    ]);
  });
});

describe('kinds', () => {
  it('maps CFItemType names in Danish and English, any case', () => {
    expect(['Kompetence', 'competency', 'Standard', 'DOMÆNE', 'Indikator', ' indicator '].map(kindFromName)).toEqual([
      'competency',
      'competency',
      'competency',
      'domain',
      'indicator',
      'indicator',
    ]);
    expect(kindFromName('Strand of something')).toBeNull();
    expect(kindFromName(undefined)).toBeNull();
  });

  it('infers a kind from the parent when the source does not say', () => {
    expect(inferKind(null, true)).toBe('domain');
    expect(inferKind(null, false)).toBe('competency');
    expect(inferKind('domain', true)).toBe('competency');
    expect(inferKind('competency', false)).toBe('indicator');
    expect(inferKind('indicator', false)).toBe('indicator');
  });
});
