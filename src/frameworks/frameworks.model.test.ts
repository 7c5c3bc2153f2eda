import { describe, expect, it } from 'vitest';
import {
  competenciesOf,
  DEFAULT_SCALE,
  type FrameworkContent,
  type FrameworkItem,
  flattenTree,
  subtreeOf,
  validateFramework,
  validateScale,
} from './frameworks.model.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, parent: number | null, position: number, extra: Partial<FrameworkItem> = {}): FrameworkItem {
  return {
    identifier: id(n),
    parentIdentifier: parent === null ? null : id(parent),
    position,
    kind: parent === null ? 'domain' : 'competency',
    code: '',
    titleDa: `Punkt ${n}`,
    titleEn: '',
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
    ...extra,
  };
}

const content = (items: FrameworkItem[]): FrameworkContent => ({
  identifier: id(0),
  titleDa: 'Ramme',
  titleEn: '',
  descriptionDa: '',
  descriptionEn: '',
  publisher: '',
  scale: DEFAULT_SCALE,
  items,
});

describe('tree helpers', () => {
  const items = [
    item(2, null, 1),
    item(1, null, 0),
    item(4, 1, 1),
    item(3, 1, 0),
    item(5, 3, 0, { kind: 'indicator' }),
  ];

  it('flattens depth first with siblings in position order', () => {
    expect(flattenTree(items).map(({ item, depth }) => [item.identifier, depth])).toEqual([
      [id(1), 0],
      [id(3), 1],
      [id(5), 2],
      [id(4), 1],
      [id(2), 0],
    ]);
  });

  it('finds a subtree and the competencies in tree order', () => {
    expect([...subtreeOf(items, id(1))].sort()).toEqual([id(1), id(3), id(4), id(5)]);
    expect(competenciesOf(items).map((i) => i.identifier)).toEqual([id(3), id(4)]);
  });
});

describe('validateFramework', () => {
  it('accepts a sound tree', () => {
    expect(validateFramework(content([item(1, null, 0), item(2, 1, 0)]))).toEqual([]);
  });

  it('reports duplicate identifiers, a missing parent and a bad UUID with their paths', () => {
    const issues = validateFramework(
      content([item(1, null, 0), item(1, null, 1), item(3, 9, 0), { ...item(4, null, 2), identifier: 'x' }]),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'items[1].identifier', code: 'duplicate_identifier', params: { value: id(1), first: 0 } },
        { path: 'items[2].parentIdentifier', code: 'parent_missing', params: { value: id(9) } },
        { path: 'items[3].identifier', code: 'identifier_not_uuid', params: { value: 'x' } },
      ]),
    );
  });

  it('reports a cycle once, naming the items on it', () => {
    const issues = validateFramework(content([item(1, 3, 0), item(2, 1, 0), item(3, 2, 0), item(4, null, 0)]));
    const cycles = issues.filter((i) => i.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(String(cycles[0]?.params?.identifiers).split(' → ').sort()).toEqual([id(1), id(2), id(3)]);
  });

  it('reports a descriptor for a level the scale does not have', () => {
    const issues = validateFramework(content([item(1, null, 0, { levels: [{ level: 7, da: 'x', en: 'x' }] })]));
    expect(issues).toEqual([{ path: 'items[0].levels[0]', code: 'level_not_on_scale', params: { level: 7 } }]);
  });

  it('reports a tree deeper than the limit', () => {
    const chain = Array.from({ length: 8 }, (_, n) => item(n + 1, n === 0 ? null : n, 0));
    expect(validateFramework(content(chain)).map((i) => i.code)).toEqual(['too_deep']);
  });
});

describe('validateScale', () => {
  it('needs at least two distinct, labelled levels', () => {
    expect(validateScale(DEFAULT_SCALE)).toEqual([]);
    expect(validateScale([{ level: 1, labelDa: 'a', labelEn: '' }]).map((i) => i.code)).toEqual(['scale_size']);
    expect(
      validateScale([
        { level: 1, labelDa: 'a', labelEn: '' },
        { level: 1, labelDa: '', labelEn: '' },
      ]).map((i) => i.code),
    ).toEqual(['scale_level_duplicate', 'scale_label_missing']);
  });
});
