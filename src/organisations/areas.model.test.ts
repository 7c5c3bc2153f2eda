import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AREAS, resolveAreas, suggestAreaOverrides } from './areas.model';

const units = [
  { key: 'K', parentKey: null, name: 'Viborg Kommune' },
  { key: 'K/BU', parentKey: 'K', name: 'Børn og Unge' },
  { key: 'K/BU/Skoler', parentKey: 'K/BU', name: 'Skoler' },
  { key: 'K/BU/Skoler/Ans', parentKey: 'K/BU/Skoler', name: 'Ans Skole' },
  { key: 'K/BU/Adm', parentKey: 'K/BU', name: 'Sekretariat' },
  { key: 'K/Hjemmeplejen', parentKey: 'K', name: 'Hjemmeplejen Nord' },
  { key: 'K/Hjemmeplejen/Team 1', parentKey: 'K/Hjemmeplejen', name: 'Team 1' },
  { key: 'K/Direktion', parentKey: 'K', name: 'Direktion' },
];

describe('resolveAreas', () => {
  it('inherits an area down the tree, with overrides taking over below them', () => {
    const areas = resolveAreas(
      units,
      new Map([
        ['K/BU', 'boern-og-unge'],
        ['K/BU/Adm', 'administration'],
      ]),
    );
    expect(areas.get('K/BU/Skoler/Ans')).toEqual({ area: 'boern-og-unge', source: 'inherited', fromUnitKey: 'K/BU' });
    expect(areas.get('K/BU')).toEqual({ area: 'boern-og-unge', source: 'own', fromUnitKey: 'K/BU' });
    expect(areas.get('K/BU/Adm')).toEqual({ area: 'administration', source: 'own', fromUnitKey: 'K/BU/Adm' });
    expect(areas.get('K')).toEqual({ area: null, source: 'none', fromUnitKey: null });
    expect(areas.get('K/Hjemmeplejen/Team 1')?.area).toBeNull();
  });

  it('lets an explicit "no area" stop inheritance below it', () => {
    const areas = resolveAreas(
      units,
      new Map<string, string | null>([
        ['K', 'administration'],
        ['K/BU', null],
      ]),
    );
    expect(areas.get('K/Direktion')?.area).toBe('administration');
    expect(areas.get('K/BU')).toEqual({ area: null, source: 'own', fromUnitKey: 'K/BU' });
    expect(areas.get('K/BU/Skoler/Ans')).toEqual({ area: null, source: 'none', fromUnitKey: null });
  });

  it('ends inheritance at a cycle instead of looping', () => {
    const areas = resolveAreas(
      [
        { key: 'A', parentKey: 'B' },
        { key: 'B', parentKey: 'A' },
      ],
      new Map(),
    );
    expect(areas.get('A')?.area).toBeNull();
  });

  it('property: every unit gets the override of its nearest ancestor-or-self that has one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), { minLength: 40, maxLength: 40 }),
        (links, marks) => {
          const tree = links.map((l, i) => ({ key: `u${i}`, parentKey: i === 0 ? null : `u${l % i}` }));
          const overrides = new Map(tree.flatMap((u, i) => (marks[i] ? [[u.key, marks[i]!] as const] : [])));
          const resolved = resolveAreas(tree, overrides);
          const parent = new Map(tree.map((u) => [u.key, u.parentKey]));
          for (const u of tree) {
            let key: string | null = u.key;
            while (key !== null && !overrides.has(key)) key = parent.get(key) ?? null;
            expect(resolved.get(u.key)?.area).toBe(key === null ? null : overrides.get(key));
          }
        },
      ),
    );
  });
});

describe('suggestAreaOverrides', () => {
  it('suggests the highest unit named like an area, and keyword matches only outside any area', () => {
    const suggestions = suggestAreaOverrides(units);
    expect(Object.fromEntries(suggestions)).toEqual({
      'K/BU': 'boern-og-unge',
      // Under Børn og Unge already: "Skoler" and "Sekretariat" inherit, no suggestion.
      'K/Hjemmeplejen': 'aeldre-og-sundhed',
    });
    const resolved = resolveAreas(units, suggestions);
    expect(resolved.get('K/BU/Skoler/Ans')?.area).toBe('boern-og-unge');
    expect(resolved.get('K/Hjemmeplejen/Team 1')?.area).toBe('aeldre-og-sundhed');
    expect(resolved.get('K/Direktion')?.area).toBeNull();
  });

  it('matches an organisation’s own area names, and keywords only for the default areas it kept', () => {
    const own = [{ key: 'sundhed', name: 'Sundhed og Omsorg' }];
    const suggestions = suggestAreaOverrides(
      [
        { key: 'X', parentKey: null, name: 'Sundhed og omsorg' },
        { key: 'Y', parentKey: null, name: 'Skolerne' },
      ],
      own,
    );
    expect(Object.fromEntries(suggestions)).toEqual({ X: 'sundhed' });
  });

  it('has the six default areas', () => {
    expect(DEFAULT_AREAS.map((a) => a.name)).toEqual([
      'Teknik og Miljø',
      'Ældre og Sundhed',
      'Børn og Unge',
      'Social og Beskæftigelse',
      'Kultur og Fritid',
      'Administration',
    ]);
  });
});
