/**
 * The study's lifecycle as the pages show it: which step of draft → recruiting → collecting → analysing → closed is
 * done, current or still to come, which moves the status allows (forward first, as study-status.model orders them),
 * and whether a kind of change is open in the current status.
 */
import { allowedChanges, type ChangeKind, nextStatuses, STUDY_STATUSES, type StudyStatus } from '../study-status.model';
import type { StudyDetail } from './studies.api';

export type StepState = 'done' | 'current' | 'upcoming';

export interface LifecycleStep {
  status: StudyStatus;
  state: StepState;
  /** 1-based, for "Trin 2 af 5". */
  number: number;
}

export function lifecycleSteps(current: StudyStatus): LifecycleStep[] {
  const at = STUDY_STATUSES.indexOf(current);
  return STUDY_STATUSES.map((status, index) => ({
    status,
    number: index + 1,
    state: index < at ? 'done' : index === at ? 'current' : 'upcoming',
  }));
}

export interface StatusMove {
  to: StudyStatus;
  direction: 'forward' | 'back';
}

/** The buttons of the status bar: the permitted next step, then the permitted step back, if any. */
export function statusMoves(current: StudyStatus): StatusMove[] {
  const at = STUDY_STATUSES.indexOf(current);
  return nextStatuses(current).map((to) => ({
    to,
    direction: STUDY_STATUSES.indexOf(to) > at ? 'forward' : 'back',
  }));
}

export function canChange(status: StudyStatus, change: ChangeKind): boolean {
  return allowedChanges(status).includes(change);
}

/** The first status in which a kind of change is open again, looking back from the current one (for "why not"). */
export function statusThatAllows(current: StudyStatus, change: ChangeKind): StudyStatus | null {
  const at = STUDY_STATUSES.indexOf(current);
  const earlier = STUDY_STATUSES.slice(0, at).reverse();
  return earlier.find((status) => canChange(status, change)) ?? null;
}

export type NextStep =
  | 'inviteOrganisations'
  | 'awaitAcceptance'
  | 'drawSample'
  | 'startRecruiting'
  | 'recruiting'
  | 'collecting'
  | 'analysing'
  | 'closed'
  | 'answerInvitation'
  | 'confirmLeaders'
  | 'followParticipants';

/** What the reader should do next, for the overview's "Næste skridt": the runner's or the participant's side. */
export function nextStep(
  study: Pick<StudyDetail, 'status' | 'canManage' | 'organisations' | 'participantsByStatus'>,
  ownOrgId: string | null,
): NextStep {
  const drawn = Object.values(study.participantsByStatus).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (!study.canManage) {
    const own = study.organisations.find((o) => o.orgId === ownOrgId);
    if (own?.status === 'invited' && study.status !== 'closed') return 'answerInvitation';
    if (study.status === 'draft' && drawn === 0) return 'confirmLeaders';
    return 'followParticipants';
  }
  if (study.status !== 'draft') return study.status;
  if (study.organisations.length === 0) return 'inviteOrganisations';
  if (!study.organisations.some((o) => o.status === 'accepted')) return 'awaitAcceptance';
  return drawn === 0 ? 'drawSample' : 'startRecruiting';
}
