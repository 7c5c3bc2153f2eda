/**
 * Areas (sektor/forvaltning) of an organisation's units. Each unit's area is its own, if set, else its parent's:
 * set "Børn og Unge" on the department and every school and daycare below it follows, unless one is overridden.
 */

export interface Area {
  key: string;
  name: string;
}

/** The editable list a new organisation starts with. */
export const DEFAULT_AREAS: readonly Area[] = [
  { key: 'teknik-og-miljo', name: 'Teknik og Miljø' },
  { key: 'aeldre-og-sundhed', name: 'Ældre og Sundhed' },
  { key: 'boern-og-unge', name: 'Børn og Unge' },
  { key: 'social-og-beskaeftigelse', name: 'Social og Beskæftigelse' },
  { key: 'kultur-og-fritid', name: 'Kultur og Fritid' },
  { key: 'administration', name: 'Administration' },
];

export interface UnitNode {
  key: string;
  parentKey: string | null;
}

export interface ResolvedArea {
  area: string | null;
  /** `own`: set on this unit (null there means "no area", which also stops inheritance); `inherited`; `none`. */
  source: 'own' | 'inherited' | 'none';
  /** The unit the area was set on. */
  fromUnitKey: string | null;
}

/**
 * The area of every unit, given the areas set on some of them. A cycle in the tree (which the import rejects)
 * ends inheritance where it closes rather than looping.
 */
export function resolveAreas(
  units: readonly UnitNode[],
  overrides: ReadonlyMap<string, string | null>,
): Map<string, ResolvedArea> {
  const parentOf = new Map(units.map((u) => [u.key, u.parentKey]));
  const resolved = new Map<string, ResolvedArea>();
  const resolve = (start: string): ResolvedArea => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let found: ResolvedArea = { area: null, source: 'none', fromUnitKey: null };
    for (let key: string | null | undefined = start; key; key = parentOf.get(key)) {
      const known = resolved.get(key);
      if (known) {
        found = known;
        break;
      }
      if (onChain.has(key)) break;
      if (overrides.has(key)) {
        found = { area: overrides.get(key) ?? null, source: 'own', fromUnitKey: key };
        resolved.set(key, found);
        break;
      }
      chain.push(key);
      onChain.add(key);
    }
    const inherited: ResolvedArea =
      found.source === 'none' || found.area === null
        ? { area: null, source: 'none', fromUnitKey: null }
        : { area: found.area, source: 'inherited', fromUnitKey: found.fromUnitKey };
    for (const key of chain) resolved.set(key, inherited);
    return resolved.get(start)!;
  };
  for (const u of units) if (!resolved.has(u.key)) resolve(u.key);
  return resolved;
}

const KEYWORDS: Record<string, readonly string[]> = {
  'teknik-og-miljo': [
    'teknik',
    'miljø',
    'vej',
    'park',
    'forsyning',
    'affald',
    'genbrug',
    'byggeri',
    'natur',
    'ejendom',
  ],
  'aeldre-og-sundhed': ['ældre', 'sundhed', 'pleje', 'hjemmepleje', 'plejecenter', 'sygepleje', 'rehabilitering'],
  'boern-og-unge': ['børn', 'unge', 'skole', 'dagtilbud', 'dagpleje', 'sfo', 'ppr', 'vuggestue', 'børnehave'],
  'social-og-beskaeftigelse': ['social', 'beskæftigelse', 'jobcenter', 'handicap', 'psykiatri', 'integration'],
  'kultur-og-fritid': ['kultur', 'fritid', 'bibliotek', 'idræt', 'museum', 'musikskole'],
  administration: ['administration', 'økonomi', 'personale', 'digitalisering', 'sekretariat', 'løn', 'regnskab'],
};

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Areas to set, for HR to accept: on the highest unit named exactly like an area ("Teknik og Miljø"), else on the
 * highest unit, not already under an area, whose name starts a word with one of the area's keywords ("Skoler",
 * "Hjemmeplejen"). Only known area keys get keyword suggestions; any area list gets name matches.
 */
export function suggestAreaOverrides(
  units: readonly (UnitNode & { name: string })[],
  areas: readonly Area[] = DEFAULT_AREAS,
): Map<string, string> {
  const byName = new Map(areas.map((a) => [words(a.name).join(' '), a.key]));
  const known = new Set(areas.map((a) => a.key));
  const children = new Map<string | null, (UnitNode & { name: string })[]>();
  const keys = new Set(units.map((u) => u.key));
  for (const u of units) {
    const parent = u.parentKey !== null && keys.has(u.parentKey) ? u.parentKey : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  const suggestions = new Map<string, string>();
  const visited = new Set<string>();
  // Breadth-first from the roots, so the highest matching unit gets the suggestion and its subtree inherits it.
  let level: { unit: UnitNode & { name: string }; inherited: string | null }[] = (children.get(null) ?? []).map(
    (unit) => ({ unit, inherited: null }),
  );
  while (level.length > 0) {
    const next: typeof level = [];
    for (const { unit, inherited } of level) {
      if (visited.has(unit.key)) continue;
      visited.add(unit.key);
      const name = words(unit.name);
      let area = byName.get(name.join(' ')) ?? null;
      if (area === null && inherited === null) {
        area =
          Object.entries(KEYWORDS).find(
            ([key, keywords]) => known.has(key) && name.some((w) => keywords.some((k) => w.startsWith(k))),
          )?.[0] ?? null;
      }
      if (area !== null && area !== inherited) suggestions.set(unit.key, area);
      const own = area ?? inherited;
      for (const child of children.get(unit.key) ?? []) next.push({ unit: child, inherited: own });
    }
    level = next;
  }
  return suggestions;
}
