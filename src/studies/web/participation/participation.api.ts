/**
 * The participant's side of the studies API as the page sees it (contract: src/studies/participation.routes.ts). The
 * token in the path is the only credential, so every request carries it and nothing here needs a session.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { StudyStatus } from '../../study-status.model';
import type { Answer, SurveyPage, SurveyProgress } from '../../survey.model';

export type InterviewMode = 'place' | 'video' | 'phone';

export interface ParticipationBooking {
  id: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  location: string;
  status: string;
}

export interface ParticipationView {
  study: {
    title: string;
    purpose: string;
    runnerName: string;
    contactName: string;
    contactEmail: string;
    retentionMonths: number;
    answerMode: 'identified' | 'anonymous';
    status: StudyStatus;
  };
  /** The participant's status: drawn, invited, booked, interviewed, surveyed, declined, no_show. */
  status: string;
  consentAt: string | null;
  booking: ParticipationBooking | null;
  survey: { startedAt: string; submittedAt: string | null } | null;
  canBook: boolean;
  canAnswer: boolean;
}

export interface FreeSlot {
  interviewerId: string;
  interviewerName: string;
  /** ISO instants (UTC). */
  start: string;
  end: string;
  mode: string;
  location: string;
}

export interface BookingResult extends ParticipationBooking {
  sequence: number;
}

export interface SurveyView {
  anonymous: boolean;
  pages: SurveyPage[];
  scale: { level: number; labelDa: string; labelEn: string }[];
  answers: Answer[];
  progress: SurveyProgress;
  submittedAt: string | null;
}

/** `/participation/<token>/<rest>`; the token is encoded, so a mangled link cannot reach another path. */
export const participationPath = (token: string, rest = '') =>
  `/participation/${encodeURIComponent(token)}${rest ? `/${rest}` : ''}`;

export const participationKeys = {
  all: (token: string) => ['participation', token] as const,
  view: (token: string) => ['participation', token, 'view'] as const,
  slots: (token: string) => ['participation', token, 'slots'] as const,
  survey: (token: string) => ['participation', token, 'survey'] as const,
};

/** `enabled` false once the leader has withdrawn: the link then answers 410, and the page says so itself. */
export function useParticipation(token: string, enabled = true) {
  return useQuery({
    queryKey: participationKeys.view(token),
    queryFn: () => api.get<ParticipationView>(participationPath(token)),
    enabled,
  });
}

export function useSlots(token: string) {
  return useQuery({
    queryKey: participationKeys.slots(token),
    queryFn: () => api.get<FreeSlot[]>(participationPath(token, 'slots')),
  });
}

export function useSurvey(token: string) {
  return useQuery({
    queryKey: participationKeys.survey(token),
    queryFn: () => api.get<SurveyView>(participationPath(token, 'survey')),
    // Local answers are the truth while the page is open; a refetch would only race the autosave.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
