/**
 * Finding the first-line leaders in an org chart. The structure decides: a first-line leader has at least one
 * report and none of their reports leads anyone. Job titles only raise or lower the confidence, because titles
 * vary between municipalities and HR systems while reporting lines do not lie about who leads whom. Every suggestion
 * carries its reasons as codes with params, for the UI to explain in Danish or English.
 */

export interface ReportingPerson {
  employeeId: string;
  managerEmployeeId: string | null;
  jobTitle?: string | null;
}

export type LeaderRole = 'first_line' | 'higher' | 'none';

export interface ReportingFacts {
  role: LeaderRole;
  /** Direct reports. */
  reportCount: number;
  /** Direct reports who have reports themselves. */
  leadingReportCount: number;
}

/** Each person's place in the reporting structure, from the manager links alone. */
export function reportingFacts(people: readonly ReportingPerson[]): Map<string, ReportingFacts> {
  const ids = new Set(people.map((p) => p.employeeId));
  const reports = new Map<string, string[]>();
  for (const p of people) {
    const manager = p.managerEmployeeId;
    if (manager === null || manager === p.employeeId || !ids.has(manager)) continue;
    const list = reports.get(manager);
    if (list) list.push(p.employeeId);
    else reports.set(manager, [p.employeeId]);
  }
  const facts = new Map<string, ReportingFacts>();
  for (const p of people) {
    const direct = reports.get(p.employeeId) ?? [];
    const leading = direct.filter((id) => reports.has(id)).length;
    const role: LeaderRole = direct.length === 0 ? 'none' : leading === 0 ? 'first_line' : 'higher';
    facts.set(p.employeeId, { role, reportCount: direct.length, leadingReportCount: leading });
  }
  return facts;
}

export type TitleKind = 'first_line' | 'leader' | 'higher' | 'none';

// Matched as substrings of the lower-cased title, since Danish compounds them ("Hjemmeplejeteamleder").
const RESPONSIBILITY = ['ledelsesansvar', 'personaleansvar', 'personaleledelse'];
const NOT_A_LEADER = ['assistent', 'sekretær', 'konsulent', 'rådgiver', 'udvikler', 'coach', 'assistant', 'secretary'];
const FIRST_LINE = [
  'teamleder',
  'teamkoordinator',
  'gruppeleder',
  'gruppekoordinator',
  'afdelingsleder',
  'afsnitsleder',
  'sektionsleder',
  'souschef',
  'stedfortræder',
  'daglig leder',
  'institutionsleder',
  'pædagogisk leder',
  'køkkenleder',
  'køkkenchef',
  'værkfører',
  'formand',
  'team leader',
  'team lead',
  'supervisor',
  'foreman',
];
const HIGHER = [
  'direktør',
  'chef',
  'områdeleder',
  'distriktsleder',
  'forvaltningsleder',
  'centerleder',
  'director',
  'chief',
  'head of',
];
const LEADER = ['leder', 'ledende', 'leader', 'manager'];

/**
 * What a job title suggests: first-line (teamleder, souschef, "SOSU med ledelsesansvar"), a leader of leaders
 * (direktør, centerchef), some leader ("leder", "ledende sygeplejerske"), or nothing. Returns the word that decided.
 */
export function classifyJobTitle(title: string | null | undefined): { kind: TitleKind; keyword: string | null } {
  const text = (title ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'none', keyword: null };
  const found = (words: readonly string[]) => words.find((w) => text.includes(w)) ?? null;
  const responsibility = found(RESPONSIBILITY);
  if (responsibility) return { kind: 'first_line', keyword: responsibility };
  // Checked before the leader words: a "lederassistent" or "ledelseskonsulent" supports leaders, not leads.
  if (found(NOT_A_LEADER)) return { kind: 'none', keyword: null };
  // First-line words before the higher ones: "souschef" contains "chef".
  const firstLine = found(FIRST_LINE);
  if (firstLine) return { kind: 'first_line', keyword: firstLine };
  const higher = found(HIGHER);
  if (higher) return { kind: 'higher', keyword: higher };
  const leader = found(LEADER);
  if (leader) return { kind: 'leader', keyword: leader };
  return { kind: 'none', keyword: null };
}

export type Confidence = 'high' | 'medium' | 'low';

export type LeaderReason =
  | { code: 'has_reports'; params: { count: number } }
  | { code: 'single_report'; params: { count: 1 } }
  | { code: 'no_report_leads' }
  | { code: 'no_reports' }
  | { code: 'title_suggests_first_line'; params: { title: string; keyword: string } }
  | { code: 'title_suggests_leader'; params: { title: string; keyword: string } }
  | { code: 'title_suggests_higher_level'; params: { title: string; keyword: string } }
  | { code: 'title_not_leader_like'; params: { title: string } }
  | { code: 'no_job_title' };

export interface LeaderSuggestion {
  employeeId: string;
  /**
   * `structure`: has reports, none of whom lead (the definition). `title`: no reports in the file, but a
   * first-line title ("sygeplejerske med ledelsesansvar" often leads a shift without formal reporting lines), so
   * HR should look; always low confidence.
   */
  basis: 'structure' | 'title';
  confidence: Confidence;
  score: number;
  reportCount: number;
  reasons: LeaderReason[];
}

const TITLE_ONLY_SCORE = 0.3;

function confidenceOf(score: number): Confidence {
  return score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low';
}

/**
 * The first-line leader suggestions, in the people's order: everyone whose structure says so, scored by title and
 * team size, plus (low confidence) people without reports whose title says first-line leader.
 */
export function detectFirstLineLeaders(people: readonly ReportingPerson[]): LeaderSuggestion[] {
  const facts = reportingFacts(people);
  const suggestions: LeaderSuggestion[] = [];
  for (const p of people) {
    const f = facts.get(p.employeeId)!;
    const title = (p.jobTitle ?? '').trim();
    const { kind, keyword } = classifyJobTitle(title);
    if (f.role === 'first_line') {
      const reasons: LeaderReason[] = [
        { code: 'has_reports', params: { count: f.reportCount } },
        { code: 'no_report_leads' },
      ];
      let score = 0.6;
      if (f.reportCount === 1) {
        // One report is as often a trainee or a registration error as a team.
        reasons.push({ code: 'single_report', params: { count: 1 } });
        score -= 0.1;
      }
      if (kind === 'first_line') {
        reasons.push({ code: 'title_suggests_first_line', params: { title, keyword: keyword! } });
        score += 0.3;
      } else if (kind === 'leader') {
        reasons.push({ code: 'title_suggests_leader', params: { title, keyword: keyword! } });
        score += 0.2;
      } else if (kind === 'higher') {
        reasons.push({ code: 'title_suggests_higher_level', params: { title, keyword: keyword! } });
        score -= 0.3;
      } else if (title === '') {
        reasons.push({ code: 'no_job_title' });
        score -= 0.1;
      } else {
        reasons.push({ code: 'title_not_leader_like', params: { title } });
        score -= 0.2;
      }
      score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
      suggestions.push({
        employeeId: p.employeeId,
        basis: 'structure',
        confidence: confidenceOf(score),
        score,
        reportCount: f.reportCount,
        reasons,
      });
    } else if (f.role === 'none' && kind === 'first_line') {
      suggestions.push({
        employeeId: p.employeeId,
        basis: 'title',
        confidence: confidenceOf(TITLE_ONLY_SCORE),
        score: TITLE_ONLY_SCORE,
        reportCount: 0,
        reasons: [{ code: 'no_reports' }, { code: 'title_suggests_first_line', params: { title, keyword: keyword! } }],
      });
    }
  }
  return suggestions;
}

export interface UnitCount {
  /** People whose unit is this one. */
  people: number;
  leaders: number;
  /** This unit and every unit below it. */
  peopleInTree: number;
  leadersInTree: number;
}

/**
 * People and leaders per unit, directly and with every unit below (for the org-chart view). `leaderIds` is whichever
 * set the caller counts: confirmed leaders, or suggestions before HR has decided.
 */
export function countByUnit(
  people: readonly { employeeId: string; unitKey: string }[],
  leaderIds: ReadonlySet<string>,
  units: readonly { key: string; parentKey: string | null }[],
): Map<string, UnitCount> {
  const counts = new Map<string, UnitCount>();
  const entry = (key: string) => {
    let c = counts.get(key);
    if (!c) {
      c = { people: 0, leaders: 0, peopleInTree: 0, leadersInTree: 0 };
      counts.set(key, c);
    }
    return c;
  };
  for (const u of units) entry(u.key);
  const parentOf = new Map(units.map((u) => [u.key, u.parentKey]));
  for (const p of people) {
    const leader = leaderIds.has(p.employeeId) ? 1 : 0;
    const own = entry(p.unitKey);
    own.people++;
    own.leaders += leader;
    // Up the tree; the visited set guards against a cyclic tree handed in by mistake.
    const visited = new Set<string>();
    for (let key: string | null | undefined = p.unitKey; key && !visited.has(key); key = parentOf.get(key)) {
      visited.add(key);
      const c = entry(key);
      c.peopleInTree++;
      c.leadersInTree += leader;
    }
  }
  return counts;
}

/** People and leaders per area; people in units without an area are counted under `null`. */
export function countByArea(
  people: readonly { employeeId: string; unitKey: string }[],
  leaderIds: ReadonlySet<string>,
  areaOfUnit: (unitKey: string) => string | null,
): Map<string | null, { people: number; leaders: number }> {
  const counts = new Map<string | null, { people: number; leaders: number }>();
  for (const p of people) {
    const area = areaOfUnit(p.unitKey);
    const c = counts.get(area) ?? { people: 0, leaders: 0 };
    c.people++;
    if (leaderIds.has(p.employeeId)) c.leaders++;
    counts.set(area, c);
  }
  return counts;
}

export type TenureBand = 'under_2' | '2_or_more';

/**
 * Whole years as a leader on `today` (both ISO dates), and the band the analysis splits new from experienced
 * leaders by. Null without a start date, or when it lies after `today`.
 */
export function leaderTenure(leaderSince: string | null, today: string): { years: number; band: TenureBand } | null {
  if (!leaderSince) return null;
  const [sy, sm, sd] = leaderSince.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if (![sy, sm, sd, ty, tm, td].every(Number.isFinite) || leaderSince > today) return null;
  const beforeAnniversary = tm < sm || (tm === sm && td < sd);
  const years = ty - sy - (beforeAnniversary ? 1 : 0);
  return { years, band: years >= 2 ? '2_or_more' : 'under_2' };
}
