import { describe, expect, it } from 'vitest';
import { diffFrameworks, isEmptyDiff } from './framework-diff.model.js';
import { DEFAULT_SCALE, type FrameworkContent, type FrameworkItem } from './frameworks.model.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, parent: number | null, position: number, extra: Partial<FrameworkItem> = {}): FrameworkItem {
  return {
    identifier: id(n),
    parentIdentifier: parent === null ? null : id(parent),
    position,
    kind: parent === null ? 'domain' : 'competency',
    code: String(n),
    titleDa: `Punkt ${n}`,
    titleEn: `Item ${n}`,
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
    ...extra,
  };
}

function content(items: FrameworkItem[], extra: Partial<FrameworkContent> = {}): FrameworkContent {
  return {
    identifier: id(0),
    titleDa: 'Ramme',
    titleEn: 'Framework',
    descriptionDa: '',
    descriptionEn: '',
    publisher: 'Frontline',
    scale: DEFAULT_SCALE,
    items,
    ...extra,
  };
}

const base = [item(1, null, 0), item(2, null, 1), item(3, 1, 0), item(4, 1, 1), item(5, 2, 0)];

describe('diffFrameworks', () => {
  it('finds nothing between a version and its copy', () => {
    expect(isEmptyDiff(diffFrameworks(content(base), content(structuredClone(base))))).toBe(true);
  });

  it('reports added and removed items by identifier', () => {
    const next = [...base.filter((i) => i.identifier !== id(5)), item(6, 2, 0)];
    const diff = diffFrameworks(content(base), content(next));
    expect(diff.added.map((i) => i.identifier)).toEqual([id(6)]);
    expect(diff.removed.map((i) => i.identifier)).toEqual([id(5)]);
    expect(diff.changed).toEqual([]);
  });

  it('reports a rename field by field, not as remove + add', () => {
    const next = base.map((i) => (i.identifier === id(3) ? { ...i, titleDa: 'Økonomi', keywordsDa: ['budget'] } : i));
    const diff = diffFrameworks(content(base), content(next));
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      {
        identifier: id(3),
        titleDa: 'Økonomi',
        titleEn: 'Item 3',
        fields: [
          { field: 'titleDa', before: 'Punkt 3', after: 'Økonomi' },
          { field: 'keywordsDa', before: [], after: ['budget'] },
        ],
      },
    ]);
  });

  it('reports a new parent as a move', () => {
    const next = base.map((i) => (i.identifier === id(4) ? { ...i, parentIdentifier: id(2), position: 1 } : i));
    const diff = diffFrameworks(content(base), content(next));
    expect(diff.moved).toEqual([
      { identifier: id(4), titleDa: 'Punkt 4', titleEn: 'Item 4', fromParent: id(1), toParent: id(2) },
    ]);
    expect(diff.changed).toEqual([]);
  });

  it('reports a reorder among siblings, but not a shift caused by an insert before them', () => {
    const swapped = base.map((i) =>
      i.identifier === id(3) ? { ...i, position: 1 } : i.identifier === id(4) ? { ...i, position: 0 } : i,
    );
    const reorder = diffFrameworks(content(base), content(swapped));
    expect(reorder.changed.map((c) => [c.identifier, c.fields.map((f) => f.field)])).toEqual([
      [id(3), ['position']],
      [id(4), ['position']],
    ]);

    const inserted = [
      ...base.map((i) => (i.parentIdentifier === id(1) ? { ...i, position: i.position + 1 } : i)),
      item(7, 1, 0),
    ];
    const insert = diffFrameworks(content(base), content(inserted));
    expect(insert.added.map((i) => i.identifier)).toEqual([id(7)]);
    expect(insert.changed).toEqual([]);
  });

  it('compares level descriptors whatever order they are stored in', () => {
    const levels = [
      { level: 1, da: 'a', en: 'a' },
      { level: 2, da: 'b', en: 'b' },
    ];
    const a = [item(1, null, 0, { levels })];
    const b = [item(1, null, 0, { levels: [...levels].reverse() })];
    expect(isEmptyDiff(diffFrameworks(content(a), content(b)))).toBe(true);
    const c = [item(1, null, 0, { levels: [levels[0], { level: 2, da: 'c', en: 'b' }] })];
    expect(diffFrameworks(content(a), content(c)).changed[0]?.fields.map((f) => f.field)).toEqual(['levels']);
  });

  it('reports framework-level changes such as a renamed scale step', () => {
    const scale = DEFAULT_SCALE.map((s) => (s.level === 5 ? { ...s, labelDa: 'Mester' } : s));
    const diff = diffFrameworks(content(base), content(base, { scale, titleEn: 'New' }));
    expect(diff.framework.map((f) => f.field)).toEqual(['titleEn', 'scale']);
  });
});
