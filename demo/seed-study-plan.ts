/**
 * What the demo study is and how big its fieldwork is, shared by the seeding steps (seed-study.ts) and the
 * fieldwork (seed-study-fieldwork.ts).
 */
import type { AppContext } from '../src/platform/context.js';
import type { TenureBand } from '../src/studies/sampling.model.js';
import type { Availability } from '../src/studies/slots.model.js';
import type { DemoAreaKey } from './study-comments.js';

export const DEMO_STUDY_TITLE = 'Praksisnær ledelse i det offentlige';

export const DEMO_STUDY_PURPOSE =
  'Undersøgelsen afdækker, hvilke behov førstelinjeledere i Teknik og Miljø og i ældreplejen i Viborg, Norddjurs og ' +
  'Syddjurs kommuner har for kompetenceudvikling – og gabet mellem de kompetencer, de har i dag, og dem, jobbet ' +
  'kræver. Resultaterne bliver grundlaget for et tillægsmodul til Den Grundlæggende Lederuddannelse (GLU), som alle ' +
  'landets erhvervsskoler kan udbyde, og for en kompetenceprofil for førstelinjeledere pr. område. ' +
  '(Demodata: personer, interviews og svar er opdigtede.)';

export const RUNNER = 'mercantec';
export const ANALYST = 'analytiker@demo.frontline.dk';
/** The second coder of the demo interviews. */
export const SECOND_CODER = 'medkoder@demo.frontline.dk';
export const MUNICIPALITIES = ['viborg', 'norddjurs', 'syddjurs'] as const;
export const STUDY_AREAS: readonly DemoAreaKey[] = ['teknik-og-miljo', 'aeldre-og-sundhed'];

/** The size of the demo fieldwork: about 30 interviews and 150 answered self-assessments, as in the seed project. */
export const DEMO_STUDY_PLAN = {
  sample: 180,
  declines: 5,
  interviews: {
    'teknik-og-miljo': { done: 12, noShow: 1, ahead: 3 },
    'aeldre-og-sundhed': { done: 18, noShow: 1, ahead: 5 },
  },
  /** Besides the interviewed, who all answer the self-assessment after their interview. */
  respondents: 130,
  /** Started the self-assessment but not submitted it yet. */
  unfinished: 4,
  /** The analyst's interview hours run from four weeks ago to six weeks ahead. */
  availabilityDays: { before: 28, after: 42 },
} as const;

/** Seeds the demo's own choices (roles, answers, timeline): the same on every fresh start. */
export const SEED = 2013;

export interface Participant {
  id: string;
  orgId: string;
  personId: string;
  drawOrder: number;
  area: string | null;
  band: TenureBand;
}

/** Who acts in the study: the analyst who runs it, each municipality's HR, and a leader opening their link. */
export interface Cast {
  analyst: AppContext;
  hr: (orgKey: string) => AppContext;
  leader: AppContext;
}

export const copenhagenDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
export const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** Weekdays 09:00–15:00, 45-minute interviews with 15 minutes between them; one day off for a course. */
export function availabilityAround(now: Date): Availability {
  const { before, after } = DEMO_STUDY_PLAN.availabilityDays;
  return {
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '15:00' })),
    exceptions: [{ date: copenhagenDate(daysFrom(now, 12)) }],
    slotMinutes: 45,
    bufferMinutes: 15,
    fromDate: copenhagenDate(daysFrom(now, -before)),
    toDate: copenhagenDate(daysFrom(now, after)),
  };
}
