/**
 * The demo self-assessment answers: for each respondent, a current and a needed level per competency of the national
 * framework, how important it is to them, and now and then a short comment. Pure and deterministic: the same random
 * source gives the same answers.
 *
 * The numbers tell the story the seed project found in its interviews (DESIGN.md §1): the large gaps are economic
 * understanding and steering, political savvy, organisational understanding, the step from colleague to leader, and
 * operations crowding out people management; the leaders' own trade (the core task) is their strength. Elderly-care
 * leaders, often trained as social and health assistants, lack more on finance and drown more in operations;
 * technical-area leaders meet more politics (citizens and councillors watch roads and parks). New leaders (under two
 * years) feel the colleague-to-leader step much more, and a little more of everything else. Each respondent also has
 * their own way of rating themselves, and every answer its own noise, so no two respondents look alike.
 */
import { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';
import type { TenureBand } from '../src/studies/sampling.model.js';
import type { Answer, Importance } from '../src/studies/survey.model.js';
import { pick, type Random } from './random.js';
import { type CompetencyName, commentsFor, type DemoAreaKey } from './study-comments.js';

export interface DemoRespondent {
  /** The area key of the leader's unit (the stratum's area). */
  area: string | null;
  band: TenureBand;
}

interface GapProfile {
  /** Mean level the job needs (1–5 scale). */
  needed: number;
  /** Mean gap (needed − current) of an experienced leader, by area. */
  gap: Readonly<Record<DemoAreaKey, number>>;
  /** What a new leader adds to the gap. */
  newLeaderExtra: number;
}

/** The five gaps the seed project's interviews found. */
export const SEED_PROJECT_GAPS: readonly CompetencyName[] = [
  'finance',
  'politicalAcumen',
  'organisation',
  'colleagueToLeader',
  'operationsAndChange',
];

const PROFILES: Readonly<Record<CompetencyName, GapProfile>> = {
  colleagueToLeader: {
    needed: 3.9,
    gap: { 'teknik-og-miljo': 0.9, 'aeldre-og-sundhed': 1.0 },
    newLeaderExtra: 1.3,
  },
  ownDevelopment: { needed: 3.4, gap: { 'teknik-og-miljo': 0.4, 'aeldre-og-sundhed': 0.4 }, newLeaderExtra: 0.3 },
  peopleManagement: { needed: 4.1, gap: { 'teknik-og-miljo': 0.5, 'aeldre-og-sundhed': 0.6 }, newLeaderExtra: 0.3 },
  communication: { needed: 3.9, gap: { 'teknik-og-miljo': 0.4, 'aeldre-og-sundhed': 0.4 }, newLeaderExtra: 0.3 },
  coreTask: { needed: 4.0, gap: { 'teknik-og-miljo': 0.1, 'aeldre-og-sundhed': 0.2 }, newLeaderExtra: 0.1 },
  // Value- and goal-based steering was in the seed's course content but not among its headline gaps: in between.
  goalsAndValues: { needed: 3.6, gap: { 'teknik-og-miljo': 0.6, 'aeldre-og-sundhed': 0.7 }, newLeaderExtra: 0.2 },
  operationsAndChange: {
    needed: 3.9,
    gap: { 'teknik-og-miljo': 1.4, 'aeldre-og-sundhed': 1.7 },
    newLeaderExtra: 0.3,
  },
  finance: { needed: 3.9, gap: { 'teknik-og-miljo': 1.7, 'aeldre-og-sundhed': 2.0 }, newLeaderExtra: 0.3 },
  politicalAcumen: { needed: 3.6, gap: { 'teknik-og-miljo': 1.8, 'aeldre-og-sundhed': 1.4 }, newLeaderExtra: 0.3 },
  organisation: { needed: 3.6, gap: { 'teknik-og-miljo': 1.4, 'aeldre-og-sundhed': 1.3 }, newLeaderExtra: 0.4 },
};

const COMPETENCIES = Object.keys(NATIONAL_COMPETENCY_IDS) as CompetencyName[];
const MIN_LEVEL = 1;
const MAX_LEVEL = 5;

/** A standard normal number (Box–Muller). */
function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) must not happen
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const level = (x: number) => Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.round(x)));

function meanGap(profile: GapProfile, respondent: DemoRespondent): number {
  const { area, band } = respondent;
  const byArea =
    area === 'teknik-og-miljo' || area === 'aeldre-og-sundhed'
      ? profile.gap[area]
      : (profile.gap['teknik-og-miljo'] + profile.gap['aeldre-og-sundhed']) / 2;
  const tenure = band === 'new' ? 1 : band === 'unknown' ? 0.5 : 0;
  return byArea + tenure * profile.newLeaderExtra;
}

/** Leaders write a comment where it hurts: often beside a large gap, rarely beside none. */
function commentChance(gap: number): number {
  if (gap >= 3) return 0.3;
  if (gap === 2) return 0.16;
  if (gap === 1) return 0.06;
  return 0.02;
}

/** One respondent's answers, one per competency of the national framework, in the framework's order. */
export function demoSurveyAnswers(random: Random, respondent: DemoRespondent): Answer[] {
  // How this person rates themselves across the board (modest or confident), and how much they think the job asks.
  const selfView = 0.35 * gaussian(random);
  const ambition = 0.25 * gaussian(random);
  return COMPETENCIES.map((name): Answer => {
    const profile = PROFILES[name];
    const needed = level(profile.needed + ambition + 0.55 * gaussian(random));
    const current = level(needed - meanGap(profile, respondent) + selfView + 0.65 * gaussian(random));
    const gap = needed - current;
    const importance =
      random() < 0.03 ? null : (level(2.4 + 0.5 * gap + 0.35 * (needed - 3) + 0.7 * gaussian(random)) as Importance);
    const comment = random() < commentChance(gap) ? pick(random, commentsFor(name, respondent.area)) : '';
    return {
      itemIdentifier: NATIONAL_COMPETENCY_IDS[name],
      currentLevel: current,
      neededLevel: needed,
      importance,
      comment,
    };
  });
}
