/**
 * A small org chart written straight into the tables (as the import's apply would), for the people, tree and
 * privacy tests: units with areas set, inherited, cleared and overridden, people with managers, pseudonyms issued,
 * leader suggestions and decisions. And a large generated chart for the benchmark.
 */
import type { DbOrTx } from '../platform/db/client.js';
import { createPseudonymGenerator, seededRandom } from './import-diff.model.js';
import { issuedPseudonyms, orgAreas, orgUnits, people } from './organisations.schema.js';

export interface UnitSpec {
  key: string;
  name: string;
  parent: string | null;
  /** An area key to set on the unit, `null` to clear it ("no area here"), absent to inherit. */
  area?: string | null;
}

export interface PersonSpec {
  employeeId: string;
  name: string;
  email?: string | null;
  jobTitle?: string | null;
  unit: string;
  manager?: string | null;
  leaderSince?: string | null;
  suggestion?: boolean;
  confidence?: 'high' | 'medium' | 'low';
  decision?: 'confirmed' | 'rejected' | null;
  status?: 'active' | 'left';
}

export const FIXTURE_AREAS = [
  { key: 'teknik-og-miljo', name: 'Teknik og Miljø' },
  { key: 'boern-og-unge', name: 'Børn og Unge' },
  { key: 'aeldre-og-sundhed', name: 'Ældre og Sundhed' },
  { key: 'kultur-og-fritid', name: 'Kultur og Fritid' },
];

export const FIXTURE_UNITS: UnitSpec[] = [
  { key: 'kommune', name: 'Kommunen', parent: null },
  { key: 'teknik', name: 'Teknik og Miljø', parent: 'kommune', area: 'teknik-og-miljo' },
  { key: 'vejpark', name: 'Vej og Park', parent: 'teknik' },
  { key: 'parkdrift', name: 'Parkdrift', parent: 'vejpark' },
  { key: 'genbrug', name: 'Genbrugspladsen', parent: 'teknik', area: null },
  { key: 'genbrug-sorting', name: 'Sortering', parent: 'genbrug' },
  { key: 'boern', name: 'Børn og Unge', parent: 'kommune', area: 'boern-og-unge' },
  { key: 'skoler', name: 'Skoler', parent: 'boern' },
  { key: 'musikskolen', name: 'Musikskolen', parent: 'skoler', area: 'kultur-og-fritid' },
  { key: 'aeldre', name: 'Ældre og Sundhed', parent: 'kommune', area: 'aeldre-og-sundhed' },
  { key: 'hjemmepleje', name: 'Hjemmeplejen Nord', parent: 'aeldre' },
];

export const FIXTURE_PEOPLE: PersonSpec[] = [
  { employeeId: '1', name: 'Birgitte Damsgaard', jobTitle: 'Kommunaldirektør', unit: 'kommune' },
  { employeeId: '10', name: 'Henrik Mølgaard', jobTitle: 'Teknisk chef', unit: 'teknik', manager: '1' },
  {
    employeeId: '11',
    name: 'Søren Ærbø',
    email: 'soeren.aerboe@kommune.test',
    jobTitle: 'Teamleder',
    unit: 'parkdrift',
    manager: '10',
    leaderSince: '2019-03-01',
    suggestion: true,
    confidence: 'high',
    decision: 'confirmed',
  },
  { employeeId: '12', name: 'Jens Kragh', jobTitle: 'Gartner', unit: 'parkdrift', manager: '11' },
  { employeeId: '13', name: 'Lone Åberg', jobTitle: 'Gartner', unit: 'parkdrift', manager: '11' },
  { employeeId: '20', name: 'Mette Skovgaard', jobTitle: 'Børne- og ungechef', unit: 'boern', manager: '1' },
  {
    employeeId: '21',
    name: 'Annelise Thygesen',
    email: 'annelise.thygesen@kommune.test',
    jobTitle: 'Afdelingsleder',
    unit: 'skoler',
    manager: '20',
    leaderSince: '2025-08-01',
    suggestion: true,
    confidence: 'medium',
  },
  {
    employeeId: '22',
    name: 'Peter Østergaard',
    email: 'peter.oestergaard@kommune.test',
    jobTitle: 'Lærer',
    unit: 'skoler',
    manager: '21',
  },
  { employeeId: '23', name: 'Kirsten Vinther', jobTitle: 'Musiklærer', unit: 'musikskolen', manager: '21' },
  { employeeId: '30', name: 'Ole Bjerre', jobTitle: 'Ældrechef', unit: 'aeldre', manager: '1' },
  {
    employeeId: '31',
    name: 'Fatima Nørgaard',
    jobTitle: 'Teamleder',
    unit: 'hjemmepleje',
    manager: '30',
    suggestion: true,
    confidence: 'high',
    decision: 'rejected',
  },
  {
    employeeId: '32',
    name: 'Karen Lund',
    jobTitle: 'Social- og sundhedsassistent',
    unit: 'hjemmepleje',
    manager: '31',
  },
  {
    employeeId: '40',
    name: 'Gitte Holm',
    jobTitle: 'Pladsmand',
    unit: 'genbrug-sorting',
    manager: '10',
    status: 'left',
  },
];

export interface FixturePerson {
  id: string;
  employeeId: string;
  name: string;
  email: string | null;
  pseudonym: string;
}

export interface OrgChartFixture {
  orgId: string;
  areas: Record<string, string>;
  units: Record<string, string>;
  /** By employee id. */
  people: Record<string, FixturePerson>;
}

/** Writes the chart into the organisation in one go: areas, units (parents first), people, issued pseudonyms. */
export async function insertOrgChart(
  db: DbOrTx,
  orgId: string,
  spec: { units?: UnitSpec[]; people?: PersonSpec[]; areas?: { key: string; name: string }[] } = {},
): Promise<OrgChartFixture> {
  const unitSpecs = spec.units ?? FIXTURE_UNITS;
  const personSpecs = spec.people ?? FIXTURE_PEOPLE;
  const areas = await insertAreas(db, orgId, spec.areas ?? FIXTURE_AREAS);
  const units: Record<string, string> = {};
  for (const u of unitSpecs) {
    const [row] = await db
      .insert(orgUnits)
      .values({
        orgId,
        key: u.key,
        name: u.name,
        parentId: u.parent ? units[u.parent] : null,
        areaId: u.area ? areas[u.area] : null,
        areaCleared: u.area === null ? 1 : 0,
      })
      .returning({ id: orgUnits.id });
    units[u.key] = row.id;
  }
  const nextPseudonym = createPseudonymGenerator([], seededRandom(orgId));
  const rows = await insertPeople(db, orgId, personSpecs, units, nextPseudonym);
  return {
    orgId,
    areas,
    units,
    people: Object.fromEntries(rows.map((p) => [p.employeeId, p])),
  };
}

async function insertAreas(
  db: DbOrTx,
  orgId: string,
  list: readonly { key: string; name: string }[],
): Promise<Record<string, string>> {
  if (list.length === 0) return {};
  const rows = await db
    .insert(orgAreas)
    .values(list.map((a, i) => ({ orgId, key: a.key, name: a.name, sortOrder: i })))
    .returning({ id: orgAreas.id, key: orgAreas.key });
  return Object.fromEntries(rows.map((a) => [a.key, a.id]));
}

async function insertPeople(
  db: DbOrTx,
  orgId: string,
  specs: readonly PersonSpec[],
  units: Record<string, string>,
  nextPseudonym: () => string,
): Promise<FixturePerson[]> {
  const values = specs.map((p) => ({
    orgId,
    employeeId: p.employeeId,
    pseudonym: nextPseudonym(),
    name: p.name,
    email: p.email ?? null,
    jobTitle: p.jobTitle ?? null,
    unitId: units[p.unit],
    managerEmployeeId: p.manager ?? null,
    leaderSince: p.leaderSince ?? null,
    status: p.status ?? 'active',
    leftAt: p.status === 'left' ? new Date('2025-12-31T23:00:00Z') : null,
    leaderSuggestion: p.suggestion ? 'first_line' : null,
    leaderConfidence: p.suggestion ? (p.confidence ?? 'medium') : null,
    leaderScore: p.suggestion ? 0.7 : null,
    leaderReasons: p.suggestion ? [{ code: 'has_reports', params: { count: 2 } }, { code: 'no_report_leads' }] : null,
    leaderDecision: p.decision ?? null,
    leaderDecidedAt: p.decision ? new Date('2026-01-15T10:00:00Z') : null,
  }));
  const out: FixturePerson[] = [];
  // Batches keep each statement under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < values.length; i += 2000) {
    const batch = values.slice(i, i + 2000);
    const rows = await db.insert(people).values(batch).returning({
      id: people.id,
      employeeId: people.employeeId,
      name: people.name,
      email: people.email,
      pseudonym: people.pseudonym,
    });
    await db.insert(issuedPseudonyms).values(batch.map((p) => ({ orgId, code: p.pseudonym })));
    out.push(...rows);
  }
  return out;
}

/**
 * A generated chart of `peopleCount` people in `unitCount` units (a bushy tree about six levels deep, areas on
 * the second level), each unit led by its first person, who reports to the leader of the parent unit. For benchmarks.
 */
export async function insertLargeOrgChart(
  db: DbOrTx,
  orgId: string,
  peopleCount: number,
  unitCount: number,
): Promise<OrgChartFixture> {
  const random = seededRandom(`large-${orgId}`);
  const unitSpecs: UnitSpec[] = [{ key: 'u0', name: 'Kommunen', parent: null }];
  for (let i = 1; i < unitCount; i++) {
    // Each unit's parent is drawn from the first 10–35 % of the units before it: a bushy tree about six deep.
    const parent = i <= FIXTURE_AREAS.length ? 0 : Math.max(1, Math.floor(i * (0.1 + 0.25 * random())));
    unitSpecs.push({
      key: `u${i}`,
      name: `Enhed ${i}`,
      parent: `u${Math.min(parent, i - 1)}`,
      area: i <= FIXTURE_AREAS.length ? FIXTURE_AREAS[i - 1].key : undefined,
    });
  }
  const parentOf = new Map(unitSpecs.map((u) => [u.key, u.parent]));
  const personSpecs: PersonSpec[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const unit = i < unitCount ? `u${i}` : `u${Math.floor(random() * unitCount)}`;
    const isLeader = i < unitCount;
    const parent = parentOf.get(unit);
    personSpecs.push({
      employeeId: String(100000 + i),
      name: `Person ${i} Jensen`,
      email: `person${i}@kommune.test`,
      jobTitle: isLeader ? 'Teamleder' : 'Medarbejder',
      unit,
      manager: isLeader
        ? parent
          ? String(100000 + Number(parent.slice(1)))
          : null
        : String(100000 + Number(unit.slice(1))),
      leaderSince: isLeader ? `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-01` : null,
      suggestion: isLeader && random() < 0.8,
      decision: isLeader && random() < 0.3 ? 'confirmed' : null,
    });
  }
  return insertOrgChartBulk(db, orgId, unitSpecs, personSpecs);
}

/** Like insertOrgChart, with units inserted in batches (parents first): thousands of units in seconds. */
async function insertOrgChartBulk(
  db: DbOrTx,
  orgId: string,
  unitSpecs: UnitSpec[],
  personSpecs: PersonSpec[],
): Promise<OrgChartFixture> {
  const areas = await insertAreas(db, orgId, FIXTURE_AREAS);
  const units: Record<string, string> = Object.fromEntries(unitSpecs.map((u) => [u.key, crypto.randomUUID()]));
  for (let i = 0; i < unitSpecs.length; i += 1000) {
    await db.insert(orgUnits).values(
      unitSpecs.slice(i, i + 1000).map((u) => ({
        id: units[u.key],
        orgId,
        key: u.key,
        name: u.name,
        parentId: u.parent ? units[u.parent] : null,
        areaId: u.area ? areas[u.area] : null,
        areaCleared: u.area === null ? 1 : 0,
      })),
    );
  }
  const nextPseudonym = createPseudonymGenerator([], seededRandom(orgId));
  const rows = await insertPeople(db, orgId, personSpecs, units, nextPseudonym);
  return { orgId, areas, units, people: Object.fromEntries(rows.map((p) => [p.employeeId, p])) };
}
