/**
 * The studies API as the pages see it (contract: studies.routes.ts and sampling.routes.ts), the query keys the pages
 * share, and the hooks that read it. Writes live beside the component that makes them, as in the other domains.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../web/api';
import type { StudyStatus } from '../study-status.model';

export type Relation = 'runner' | 'participant';
export type Participation = 'invited' | 'accepted' | 'declined';
export type AnswerMode = 'identified' | 'anonymous';
export type TeamRole = 'lead' | 'analyst' | 'interviewer';
export const TEAM_ROLES: readonly TeamRole[] = ['lead', 'analyst', 'interviewer'];
export const PARTICIPANT_STATUSES = [
  'drawn',
  'invited',
  'booked',
  'interviewed',
  'surveyed',
  'declined',
  'withdrawn',
  'no_show',
] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export interface StudySummary {
  id: string;
  title: string;
  status: StudyStatus;
  runnerName: string;
  relation: Relation;
  participation: Participation | null;
  participantCount: number;
  createdAt: string;
}

export interface StudyOrganisation {
  orgId: string;
  name: string;
  kind: string;
  status: Participation;
  respondedAt: string | null;
}

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  role: TeamRole;
}

export interface StudyDetail {
  id: string;
  title: string;
  purpose: string;
  status: StudyStatus;
  runnerOrgId: string;
  runnerName: string;
  frameworkVersionId: string;
  frameworkId: string;
  frameworkTitle: string;
  frameworkVersionNumber: number;
  answerMode: AnswerMode;
  retentionMonths: number;
  contactName: string;
  contactEmail: string;
  byArea: boolean;
  byTenure: boolean;
  samplingSeed: string | null;
  /** The caller is an admin or analyst of the organisation running the study. */
  canManage: boolean;
  /** For a participating organisation, only its own row. */
  organisations: StudyOrganisation[];
  /** Empty unless the caller runs the study. */
  team: TeamMember[];
  participantsByStatus: Partial<Record<ParticipantStatus, number>>;
}

export interface StudySettings {
  title: string;
  purpose: string;
  frameworkVersionId: string;
  answerMode: AnswerMode;
  retentionMonths: number;
  contactName: string;
  contactEmail: string;
  byArea: boolean;
  byTenure: boolean;
}

export interface StratumRow {
  key: string;
  orgId: string;
  orgName: string;
  area: string | null;
  areaName: string | null;
  band: string | null;
  size: number;
  target: number;
  drawn: number;
  declined: number;
}

export interface SamplingView {
  seed: string | null;
  candidateCount: number;
  strata: StratumRow[];
  staleKeys: string[];
}

export interface ParticipantRow {
  id: string;
  pseudonym: string;
  /** Only for the person's own organisation's admins and HR. */
  name: string | null;
  orgId: string;
  orgName: string;
  /** The area key of the stratum (null when not split by area, or the leader has none). */
  area: string | null;
  /** Not sent by every server version; the pages fall back to the sampling view's names. */
  areaName?: string | null;
  band: string | null;
  status: ParticipantStatus;
  drawOrder: number;
  replacesId: string | null;
  invitedAt: string | null;
  consentAt: string | null;
}

export interface ReplaceResult {
  replacedId: string;
  replacement: { id: string; stratumKey: string; drawOrder: number } | null;
}

export interface DirectoryEntry {
  id: string;
  name: string;
  kind: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: string;
}

export const studyKeys = {
  all: ['studies'] as const,
  list: ['studies', 'list'] as const,
  detail: (id: string) => ['studies', 'detail', id] as const,
  sampling: (id: string) => ['studies', 'sampling', id] as const,
  participants: (id: string) => ['studies', 'participants', id] as const,
  directory: (q: string) => ['studies', 'directory', q] as const,
  members: ['studies', 'members'] as const,
};

export function useStudies() {
  return useQuery({ queryKey: studyKeys.list, queryFn: () => api.get<StudySummary[]>('/studies') });
}

export function useStudy(id: string) {
  return useQuery({ queryKey: studyKeys.detail(id), queryFn: () => api.get<StudyDetail>(`/studies/${id}`) });
}

export function useSampling(id: string, enabled = true) {
  return useQuery({
    queryKey: studyKeys.sampling(id),
    queryFn: () => api.get<SamplingView>(`/studies/${id}/sampling`),
    enabled,
  });
}

/** Every participant the reader may see; the page filters by status itself, so replacements stay linked. */
export function useParticipants(id: string) {
  return useQuery({
    queryKey: studyKeys.participants(id),
    queryFn: () => api.get<ParticipantRow[]>(`/studies/${id}/participants`),
  });
}

export function useDirectory(q: string, enabled: boolean) {
  return useQuery({
    queryKey: studyKeys.directory(q),
    queryFn: ({ signal }) => api.get<DirectoryEntry[]>('/study-organisation-directory', { query: { q }, signal }),
    enabled,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

/** The running organisation's members who can join the study team (for its admins and analysts). */
export function useMembers(studyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...studyKeys.members, studyId],
    queryFn: () => api.get<Member[]>(`/studies/${studyId}/team-candidates`),
    enabled,
  });
}
