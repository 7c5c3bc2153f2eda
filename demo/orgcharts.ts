/**
 * Deterministic demo org charts: for a municipality profile, a kommunaldirektør, a direktør per area, centres with
 * chiefs and staff, teams and institutions with first-line leaders, and employees, with exactly `profile.employees`
 * people. The same profile always gives the same people, ids, units and reporting lines; only the leader-since dates
 * are counted back from `asOf`, so the mix of new (< 2 years) and experienced leaders stays the same over time.
 */
import { asciiSlug, randomName } from './danish-names.js';
import type { MunicipalityProfile } from './orgchart-profiles.js';
import {
  type AreaTemplate,
  type CentreTemplate,
  INSTITUTION_NAMES,
  MUNICIPAL_AREAS,
  type TeamTemplate,
  TOP_STAFF_TITLES,
} from './orgchart-templates.js';
import { intBetween, pick, type Random, seededRng, shuffle } from './random.js';

export type DemoRole = 'top' | 'director' | 'chief' | 'institution' | 'first_line' | 'employee';

export interface DemoPerson {
  employeeId: string;
  /** First and middle names. */
  firstName: string;
  lastName: string;
  name: string;
  email: string | null;
  jobTitle: string;
  unitPath: string[];
  managerEmployeeId: string | null;
  /** ISO date; leaders only. */
  leaderSince: string | null;
  /** What the generator made the person; first-line leader detection should find the same from the structure. */
  role: DemoRole;
}

const DAY_MS = 86_400_000;
/** Share of first-line leaders who have led for less than two years. */
const NEW_LEADER_SHARE = 0.35;
/** Share of employees without a work e-mail (hourly staff in some HR systems). */
const NO_EMAIL_SHARE = 0.015;

/** Largest-remainder split of `total` by weights, so the parts add up exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k][1]]++;
  return parts;
}

interface Centre {
  area: AreaTemplate;
  template: CentreTemplate;
  name: string;
  district: string | null;
}

class ChartBuilder {
  readonly people: DemoPerson[] = [];
  private readonly random: Random;
  private readonly ids = new Set<string>();
  private readonly emails = new Map<string, number>();
  private readonly usedUnits = new Set<string>();
  private readonly usedNames = new Set<string>();
  private readonly asOfMs: number;

  constructor(
    readonly profile: MunicipalityProfile,
    asOf: string,
  ) {
    this.random = seededRng(profile.seed);
    this.asOfMs = Date.parse(`${asOf}T00:00:00Z`);
    if (Number.isNaN(this.asOfMs)) throw new Error(`asOf must be an ISO date, got ${asOf}`);
  }

  build(): DemoPerson[] {
    const { profile } = this;
    const root = [profile.name];
    const top = this.person('top', 'Kommunaldirektør', root, null, 0.4);
    for (const title of TOP_STAFF_TITLES) this.person('employee', title, [...root, 'Direktionssekretariat'], top, 0.6);
    const centres: Centre[] = [];
    const directors = new Map<AreaTemplate, DemoPerson>();
    for (const area of MUNICIPAL_AREAS) {
      const director = this.person('director', area.directorTitle, [...root, area.area], top, 0.45);
      directors.set(area, director);
      for (const title of area.staffTitles) this.person('employee', title, [...root, area.area], director, 0.6);
      for (const template of area.centres) {
        const districts = template.name.includes('{district}') ? profile.districts : [null];
        for (const district of districts)
          centres.push({ area, template, district, name: template.name.replace('{district}', district ?? '') });
      }
    }
    const chiefs = centres.map((c) => {
      const path = [...root, c.area.area, c.name];
      const chief = this.person('chief', c.template.chiefTitle, path, directors.get(c.area)!, 0.5);
      for (const title of c.template.staffTitles ?? []) this.person('employee', title, path, chief, 0.6);
      return chief;
    });
    const remaining = profile.employees - this.people.length;
    if (remaining < centres.length * 4) throw new Error(`${profile.name}: too few employees for the structure`);
    const areaBudgets = split(
      remaining,
      MUNICIPAL_AREAS.map((a) => a.weight),
    );
    MUNICIPAL_AREAS.forEach((area, a) => {
      const own = centres.map((c, i) => [c, i] as const).filter(([c]) => c.area === area);
      const weights = own.map(([c]) => c.template.weight / (c.district === null ? 1 : profile.districts.length));
      split(areaBudgets[a], weights).forEach((budget, k) => {
        const [centre, index] = own[k];
        this.fillCentre(centre, chiefs[index], budget);
      });
    });
    // HR systems export sorted by employee id, which here does not follow the hierarchy.
    this.people.sort((x, y) => (x.employeeId < y.employeeId ? -1 : x.employeeId > y.employeeId ? 1 : 0));
    return this.people;
  }

  private fillCentre(centre: Centre, chief: DemoPerson, budget: number) {
    const institution = centre.template.institution;
    if (!institution) {
      this.fillTeams(centre.template.team!, centre, chief, budget);
      return;
    }
    let left = budget;
    const staff = institution.staffTitles.length;
    const minTeam = institution.team.size[0] + 1;
    while (left >= 1 + staff + 2 * minTeam) {
      const unit = this.unitName(chief.unitPath, institution.units, centre.district);
      const path = [...chief.unitPath, unit];
      const head = this.person('institution', pick(this.random, institution.leaderTitles), path, chief, 0.6);
      for (const title of institution.staffTitles) this.person('employee', title, path, head, 0.6);
      left -= 1 + staff;
      const teams = intBetween(this.random, institution.teams[0], institution.teams[1]);
      for (const name of institution.teamUnits.slice(0, teams)) {
        if (left < minTeam) break;
        left -= this.team({ ...institution.team, units: [name] }, [...path, name], head, left);
      }
    }
    // The rest become small institutions whose leader leads everyone directly (a small village school).
    const small: TeamTemplate = {
      ...institution.team,
      units: institution.units,
      leaderTitles: institution.leaderTitles,
      employeeTitles: [...institution.team.employeeTitles, ...institution.staffTitles],
    };
    this.fillTeams(small, centre, chief, left);
  }

  private fillTeams(template: TeamTemplate, centre: Centre, chief: DemoPerson, budget: number) {
    let left = budget;
    const featured = this.profile.featured?.centre === centre.name ? this.profile.featured : undefined;
    let first = true;
    while (left > 0) {
      if (left < template.size[0] + 1) {
        // Too few for a team of its own: they join the chief's staff.
        for (; left > 0; left--)
          this.person(
            'employee',
            pick(this.random, template.employeeTitles),
            chief.unitPath,
            chief,
            template.femaleShare,
          );
        break;
      }
      const unit =
        first && featured
          ? this.claimUnit(chief.unitPath, featured.unit)
          : this.unitName(chief.unitPath, template.units, centre.district);
      const used = this.team(template, [...chief.unitPath, unit], chief, left, first ? featured : undefined);
      left -= used;
      first = false;
    }
  }

  /** A leader and their team, from at most `left` people (at least two); returns how many it took. */
  private team(
    template: TeamTemplate,
    path: string[],
    manager: DemoPerson,
    left: number,
    featured?: MunicipalityProfile['featured'],
  ): number {
    const [min, max] = template.size;
    let size = intBetween(this.random, min, max);
    // Never leave a remainder too small for another team: this team takes it.
    if (left - (size + 1) < min + 1) size = left - 1;
    const leader = this.person(
      'first_line',
      pick(this.random, template.leaderTitles),
      path,
      manager,
      template.femaleShare,
    );
    if (featured) {
      Object.assign(leader, {
        firstName: featured.firstName,
        lastName: featured.lastName,
        name: `${featured.firstName} ${featured.lastName}`,
        email: featured.email,
        jobTitle: featured.jobTitle,
        leaderSince: this.daysBefore(featured.leaderDays),
      });
    }
    for (let e = 0; e < size; e++) {
      const deputy = e === 0 && template.deputyTitles && size >= 8 && this.random() < 0.3;
      const title = pick(this.random, deputy ? template.deputyTitles! : template.employeeTitles);
      this.person('employee', title, path, leader, template.femaleShare);
    }
    return size + 1;
  }

  /** A unit name not yet used under `parent`; institution names ({name}) are unique in the whole municipality. */
  private unitName(parent: string[], patterns: readonly string[], district: string | null): string {
    const { random, profile } = this;
    const parentKey = parent.join('/');
    let name = '';
    for (let attempt = 0; attempt < 40; attempt++) {
      const pattern = pick(random, patterns);
      const institution = pick(random, INSTITUTION_NAMES);
      name = pattern
        .replace('{place}', pick(random, profile.places))
        .replace('{district}', district ?? pick(random, profile.districts))
        .replace('{name}', institution)
        .replace('{n}', String(intBetween(random, 1, 9)));
      const clash = pattern.includes('{name}') && this.usedNames.has(institution);
      if (!clash && !this.usedUnits.has(`${parentKey}/${name}`)) {
        if (pattern.includes('{name}')) this.usedNames.add(institution);
        break;
      }
    }
    return this.claimUnit(parent, name);
  }

  /** The name, numbered when `parent` already has a unit of that name. */
  private claimUnit(parent: string[], wanted: string): string {
    const parentKey = parent.join('/');
    let name = wanted;
    for (let k = 2; this.usedUnits.has(`${parentKey}/${name}`); k++) name = `${wanted} ${k}`;
    this.usedUnits.add(`${parentKey}/${name}`);
    return name;
  }

  private person(
    role: DemoRole,
    jobTitle: string,
    unitPath: string[],
    manager: DemoPerson | null,
    femaleShare: number,
  ): DemoPerson {
    const { random } = this;
    const n = randomName(random, femaleShare);
    const leads = role !== 'employee';
    const p: DemoPerson = {
      employeeId: this.newId(),
      firstName: n.first,
      lastName: n.last,
      name: n.full,
      email: !leads && random() < NO_EMAIL_SHARE ? null : this.email(n.first.split(' ')[0], n.last),
      jobTitle,
      unitPath,
      managerEmployeeId: manager?.employeeId ?? null,
      leaderSince: leads ? this.daysBefore(this.leaderDays(role)) : null,
      role,
    };
    this.people.push(p);
    return p;
  }

  private leaderDays(role: DemoRole): number {
    if (role === 'first_line' && this.random() < NEW_LEADER_SHARE) return intBetween(this.random, 30, 729);
    return role === 'first_line' ? intBetween(this.random, 730, 25 * 365) : intBetween(this.random, 365, 20 * 365);
  }

  private daysBefore(days: number): string {
    return new Date(this.asOfMs - days * DAY_MS).toISOString().slice(0, 10);
  }

  private newId(): string {
    const { idDigits } = this.profile;
    const low = 10 ** (idDigits - 1);
    for (;;) {
      const id = String(intBetween(this.random, low, 10 * low - 1));
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  private email(first: string, last: string): string {
    const base =
      this.profile.emailStyle === 'dotted'
        ? asciiSlug(`${first} ${last}`)
        : (asciiSlug(first).replace(/\./g, '').slice(0, 2) + asciiSlug(last).replace(/\./g, '').slice(0, 2)).padEnd(
            4,
            'x',
          );
    const seen = this.emails.get(base) ?? 0;
    this.emails.set(base, seen + 1);
    return `${base}${seen === 0 ? '' : seen + 1}@${this.profile.emailDomain}`;
  }
}

/** The demo org chart of a municipality, sorted by employee id as an HR export is. */
export function generateDemoOrgChart(profile: MunicipalityProfile, asOf: string): DemoPerson[] {
  return new ChartBuilder(profile, asOf).build();
}

/** Shuffles a copy; the benchmark uses it so managers often come after their reports. */
export function shuffled<T>(seed: number, items: readonly T[]): T[] {
  return shuffle(seededRng(seed), [...items]);
}
