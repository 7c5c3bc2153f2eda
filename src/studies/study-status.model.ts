/**
 * The life of a needs study: draft → recruiting → collecting → analysing → closed, and which kinds of change each
 * status allows. The service checks every change here, so a closed study cannot be altered by any route, and
 * choices the collected data depends on (framework version, participating organisations) are fixed before anyone
 * is contacted.
 */

export const STUDY_STATUSES = ['draft', 'recruiting', 'collecting', 'analysing', 'closed'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

/** The backward steps allowed: a mistake found early can be corrected before data exists that depends on it. */
const BACKWARD: ReadonlyArray<readonly [StudyStatus, StudyStatus]> = [
  ['recruiting', 'draft'], // fix settings or the sample before any invitation matters
  ['collecting', 'recruiting'], // too few participants: recruit more before going on
];

export function isStudyStatus(value: string): value is StudyStatus {
  return (STUDY_STATUSES as readonly string[]).includes(value);
}

/** Forward one step, or one of the backward steps above; nothing leaves `closed`, and no status moves to itself. */
export function canTransition(from: StudyStatus, to: StudyStatus): boolean {
  if (from === 'closed') return false;
  const step = STUDY_STATUSES.indexOf(to) - STUDY_STATUSES.indexOf(from);
  return step === 1 || BACKWARD.some(([a, b]) => a === from && b === to);
}

/** The statuses a study in `from` can move to, forward first. */
export function nextStatuses(from: StudyStatus): StudyStatus[] {
  const forward = STUDY_STATUSES.filter((to) => STUDY_STATUSES.indexOf(to) > STUDY_STATUSES.indexOf(from));
  const backward = STUDY_STATUSES.filter((to) => STUDY_STATUSES.indexOf(to) < STUDY_STATUSES.indexOf(from));
  return [...forward, ...backward.reverse()].filter((to) => canTransition(from, to));
}

export const CHANGE_KINDS = [
  'settings',
  'framework_version',
  'organisations',
  'team',
  'interview_guide',
  'sampling',
  'invitations',
  'booking',
  'survey_answers',
  'interviews',
  'coding',
  'analysis',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Which statuses allow each kind of change. Reading is always allowed and not listed. Erasing a person (GDPR) is
 * not a study change and is never blocked by a study's status, not even `closed`.
 */
const ALLOWED: Record<ChangeKind, readonly StudyStatus[]> = {
  // Title, purpose, dates, stratification, anonymous or identified survey: they shape the sampling frame and the
  // consent text, so they are fixed once recruiting starts (step back to draft to change them).
  settings: ['draft'],
  // Survey answers and interview codes point at the items of one framework version.
  framework_version: ['draft'],
  // The participating organisations define who can be sampled and who sees the aggregated results.
  organisations: ['draft'],
  // Interviewers and analysts come and go while there is still work to do.
  team: ['draft', 'recruiting', 'collecting', 'analysing'],
  // Every interview should follow the same guide, so it is fixed when collection starts.
  interview_guide: ['draft', 'recruiting'],
  // Targets and the draw are set up in draft; replacements for those who decline are drawn while recruiting.
  sampling: ['draft', 'recruiting'],
  // Invitations and reminders go out while recruiting and, for late replacements, while collecting.
  invitations: ['recruiting', 'collecting'],
  // Interview slots are booked, moved and cancelled until collection ends.
  booking: ['recruiting', 'collecting'],
  // Participants may answer the self-assessment as soon as they are invited, until collection ends.
  survey_answers: ['recruiting', 'collecting'],
  // Recording that an interview took place and uploading its pseudonymised transcript; late transcripts may still
  // arrive once analysis has begun.
  interviews: ['collecting', 'analysing'],
  // Coding may start on the first transcripts while other interviews are still being held.
  coding: ['collecting', 'analysing'],
  // Gap analysis and reports may be drafted on early data, and are finished while analysing.
  analysis: ['collecting', 'analysing'],
};

/** The kinds of change a study in this status accepts; empty for `closed`. */
export function allowedChanges(status: StudyStatus): ChangeKind[] {
  return CHANGE_KINDS.filter((change) => ALLOWED[change].includes(status));
}

/** Null when the change is allowed, else the problem code the service throws (409). */
export function assertChange(status: StudyStatus, change: ChangeKind): null | 'study_status_forbids' {
  return ALLOWED[change]?.includes(status) ? null : 'study_status_forbids';
}
