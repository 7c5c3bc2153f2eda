/**
 * The fieldwork API as the fieldwork page sees it (contract: fieldwork.routes.ts and guide.routes.ts) and the query
 * keys it uses. The study itself is read through the studies pages' hook and key, so a status change made on the
 * overview shows here at once; writes live beside the section that makes them.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../web/api';
import type { GuideIssue, GuideSection } from '../../interview-guide.model';
import type { Availability } from '../../slots.model';

export type InterviewMode = 'place' | 'video' | 'phone';
export const INTERVIEW_MODES: readonly InterviewMode[] = ['place', 'video', 'phone'];

export interface AvailabilityEntry {
  userId: string;
  name: string;
  availability: Availability;
  mode: InterviewMode;
  location: string;
}

export interface AvailabilityBody {
  availability: Availability;
  mode: InterviewMode;
  location: string;
}

export type BookingStatus = 'booked' | 'done' | 'no_show';

export interface AgendaEntry {
  id: string;
  participantId: string;
  pseudonym: string;
  orgName: string;
  interviewerId: string;
  interviewerName: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  location: string;
  status: string;
}

export interface MailResult {
  sent: number;
  /** Pseudonyms of participants with no e-mail address in the org chart. */
  withoutEmail: string[];
}

export interface GuideView {
  sections: GuideSection[];
  isDefault: boolean;
  issues: (GuideIssue & { message: string })[];
  studyTitle: string;
}

export interface StratumRate {
  stratumKey: string;
  orgId: string;
  orgName: string;
  area: string | null;
  band: string | null;
  drawn: number;
  invited: number;
  booked: number;
  interviewed: number;
  surveyed: number;
  declined: number;
  /** Interviewed or answered, of those invited (0–1); null before anyone is invited. */
  responseRate: number | null;
}

export const fieldworkKeys = {
  availability: (id: string) => ['studies', 'fieldwork', id, 'availability'] as const,
  agenda: (id: string) => ['studies', 'fieldwork', id, 'agenda'] as const,
  guide: (id: string) => ['studies', 'fieldwork', id, 'guide'] as const,
  rates: (id: string) => ['studies', 'fieldwork', id, 'rates'] as const,
};

/** How often the response rates are fetched again while the page is open. */
export const RATES_REFRESH_MS = 30_000;

export const studyPath = (id: string) => `/studies/${encodeURIComponent(id)}`;

/** The printable guide (a page of its own); opened in a new tab. */
export const guideHtmlUrl = (id: string, language: 'da' | 'en') =>
  `/api/v1${studyPath(id)}/guide.html?lang=${language}`;

export const guidePdfUrl = (id: string, language: 'da' | 'en') => `/api/v1${studyPath(id)}/guide.pdf?lang=${language}`;

export function useAvailability(id: string) {
  return useQuery({
    queryKey: fieldworkKeys.availability(id),
    queryFn: () => api.get<AvailabilityEntry[]>(`${studyPath(id)}/availability`),
  });
}

export function useAgenda(id: string) {
  return useQuery({
    queryKey: fieldworkKeys.agenda(id),
    queryFn: () => api.get<AgendaEntry[]>(`${studyPath(id)}/agenda`),
  });
}

export function useGuide(id: string) {
  return useQuery({
    queryKey: fieldworkKeys.guide(id),
    queryFn: () => api.get<GuideView>(`${studyPath(id)}/guide`),
  });
}

export function useResponseRates(id: string) {
  return useQuery({
    queryKey: fieldworkKeys.rates(id),
    queryFn: () => api.get<StratumRate[]>(`${studyPath(id)}/response-rates`),
    refetchInterval: RATES_REFRESH_MS,
  });
}
