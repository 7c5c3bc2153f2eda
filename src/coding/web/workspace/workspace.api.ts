/**
 * The coding workspace's view of the coding API (contract: /tmp/coding-api.md, src/coding/*.routes.ts): one
 * transcript, the study's codebook and coders, the codings of a layer, memos, machine suggestions and the coders'
 * comparison. Query keys live here so the controller's optimistic updates and the panels agree on them.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../web/api.js';
import type { Polarity, Segment, SpeakerRole, TranscriptFormat } from '../../coding.model.js';

export type { Segment, SpeakerRole };

export interface TranscriptAttributes {
  organisation: string | null;
  area: string | null;
  band: string | null;
  role: string | null;
}

export interface TranscriptDetail {
  id: string;
  title: string;
  participantId: string | null;
  pseudonym: string | null;
  attributes: TranscriptAttributes;
  format: TranscriptFormat;
  segmentCount: number;
  wordCount: number;
  codingCount: number;
  coders: { coderId: string; name: string }[];
  demo: boolean;
  createdAt: string;
  text: string;
  segments: Segment[];
  pseudonymisation: { pseudonym: string; kind: string; count: number }[];
}

export interface Code {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  colour: string;
  polarity: Polarity;
  competencyId: string | null;
  competencyTitle: string | null;
  ordinal: number;
  shortcut: string | null;
  codingCount: number;
}

export interface Coder {
  id: string;
  name: string;
  kind: 'human' | 'machine' | 'imported';
  userId: string | null;
  me: boolean;
}

export type CodingOrigin = 'human' | 'machine' | 'import' | 'consensus';

export interface Coding {
  id: string;
  codeId: string;
  /** null for the consensus layer; the placeholder `ME` for an optimistic coding before the server answers. */
  coderId: string | null;
  start: number;
  end: number;
  origin: CodingOrigin;
  createdAt: string;
}

export type MemoTarget = 'study' | 'transcript' | 'code' | 'coding';

export interface Memo {
  id: string;
  target: MemoTarget;
  targetId: string | null;
  /** Sent by the server for memos on a transcript and on its codings. */
  transcriptId?: string | null;
  text: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  mine: boolean;
}

export interface Suggestion {
  id: string;
  codeId: string;
  start: number;
  end: number;
  score: number;
  status: 'open';
}

export type Decision = 'include' | 'exclude';

export interface Disagreement {
  segmentOrdinal: number;
  start: number;
  end: number;
  text: string;
  codeId: string;
  appliedBy: string[];
  resolution: Decision | null;
}

export interface Comparison {
  coders: { id: string; name: string }[];
  disagreements: Disagreement[];
  agreed: number;
}

/** The coder id an optimistic coding carries until the server names the caller's coder row. */
export const ME = 'me';

export type Layer = 'me' | 'all' | 'consensus';

const study = (studyId: string) => `/studies/${encodeURIComponent(studyId)}`;
const transcript = (studyId: string, transcriptId: string) =>
  `${study(studyId)}/transcripts/${encodeURIComponent(transcriptId)}`;

export const workspaceKeys = {
  all: (studyId: string) => ['coding', studyId] as const,
  transcript: (studyId: string, transcriptId: string) => ['coding', studyId, 'transcript', transcriptId] as const,
  codes: (studyId: string) => ['coding', studyId, 'codes'] as const,
  coders: (studyId: string) => ['coding', studyId, 'coders'] as const,
  /** Every coder's codings ('all'); the "mine" layer is filtered from it, so one list is kept optimistic. */
  codings: (studyId: string, transcriptId: string) => ['coding', studyId, 'codings', transcriptId, 'all'] as const,
  consensus: (studyId: string, transcriptId: string) =>
    ['coding', studyId, 'codings', transcriptId, 'consensus'] as const,
  memos: (studyId: string, filter: MemoFilter) => ['coding', studyId, 'memos', filter] as const,
  suggestions: (studyId: string, transcriptId: string) => ['coding', studyId, 'suggestions', transcriptId] as const,
  comparison: (studyId: string, transcriptId: string) => ['coding', studyId, 'comparison', transcriptId] as const,
};

export interface MemoFilter {
  transcriptId?: string;
  codeId?: string;
  codingId?: string;
}

export const workspaceApi = {
  transcript: (studyId: string, transcriptId: string) => api.get<TranscriptDetail>(transcript(studyId, transcriptId)),
  codes: (studyId: string) => api.get<Code[]>(`${study(studyId)}/codes`),
  coders: (studyId: string) => api.get<Coder[]>(`${study(studyId)}/coders`),
  codings: (studyId: string, transcriptId: string, coder: Layer | string) =>
    api.get<Coding[]>(`${transcript(studyId, transcriptId)}/codings`, { query: { coder } }),
  createCodings: (studyId: string, transcriptId: string, body: { codeIds: string[]; start: number; end: number }) =>
    api.post<Coding[]>(`${transcript(studyId, transcriptId)}/codings`, body),
  deleteCoding: (studyId: string, codingId: string) =>
    api.delete(`${study(studyId)}/codings/${encodeURIComponent(codingId)}`),
  restoreCodings: (studyId: string, codings: { transcriptId: string; codeId: string; start: number; end: number }[]) =>
    api.post<Coding[]>(`${study(studyId)}/codings/restore`, { codings }),
  memos: (studyId: string, filter: MemoFilter) => api.get<Memo[]>(`${study(studyId)}/memos`, { query: { ...filter } }),
  createMemo: (studyId: string, body: { target: MemoTarget; targetId?: string; text: string }) =>
    api.post<Memo>(`${study(studyId)}/memos`, body),
  updateMemo: (studyId: string, memoId: string, text: string) =>
    api.patch<Memo>(`${study(studyId)}/memos/${encodeURIComponent(memoId)}`, { text }),
  deleteMemo: (studyId: string, memoId: string) => api.delete(`${study(studyId)}/memos/${encodeURIComponent(memoId)}`),
  suggestions: (studyId: string, transcriptId: string) =>
    api.get<Suggestion[]>(`${transcript(studyId, transcriptId)}/suggestions`),
  acceptSuggestion: (studyId: string, suggestionId: string) =>
    api.post<Coding>(`${study(studyId)}/suggestions/${encodeURIComponent(suggestionId)}/accept`),
  rejectSuggestion: (studyId: string, suggestionId: string) =>
    api.post(`${study(studyId)}/suggestions/${encodeURIComponent(suggestionId)}/reject`),
  comparison: (studyId: string, transcriptId: string) =>
    api.get<Comparison>(`${transcript(studyId, transcriptId)}/comparison`),
  resolve: (
    studyId: string,
    transcriptId: string,
    body: { segmentOrdinal: number; codeId: string; decision: Decision | null },
  ) => api.put<{ resolution: unknown }>(`${transcript(studyId, transcriptId)}/resolutions`, body),
};

export function useTranscript(studyId: string, transcriptId: string) {
  return useQuery({
    queryKey: workspaceKeys.transcript(studyId, transcriptId),
    queryFn: () => workspaceApi.transcript(studyId, transcriptId),
    staleTime: 5 * 60_000,
  });
}

export function useCodes(studyId: string) {
  return useQuery({ queryKey: workspaceKeys.codes(studyId), queryFn: () => workspaceApi.codes(studyId) });
}

export function useCoders(studyId: string) {
  return useQuery({ queryKey: workspaceKeys.coders(studyId), queryFn: () => workspaceApi.coders(studyId) });
}

export function useCodings(studyId: string, transcriptId: string) {
  return useQuery({
    queryKey: workspaceKeys.codings(studyId, transcriptId),
    queryFn: () => workspaceApi.codings(studyId, transcriptId, 'all'),
    // The list is kept current by this page's own writes; a refetch mid-edit would only churn 2,000 bars.
    staleTime: 60_000,
  });
}

export function useConsensus(studyId: string, transcriptId: string, enabled: boolean) {
  return useQuery({
    queryKey: workspaceKeys.consensus(studyId, transcriptId),
    queryFn: () => workspaceApi.codings(studyId, transcriptId, 'consensus'),
    enabled,
  });
}

export function useMemos(studyId: string, filter: MemoFilter, enabled = true) {
  return useQuery({
    queryKey: workspaceKeys.memos(studyId, filter),
    queryFn: () => workspaceApi.memos(studyId, filter),
    enabled,
  });
}

export function useSuggestions(studyId: string, transcriptId: string) {
  return useQuery({
    queryKey: workspaceKeys.suggestions(studyId, transcriptId),
    queryFn: () => workspaceApi.suggestions(studyId, transcriptId),
  });
}

export function useComparison(studyId: string, transcriptId: string, enabled: boolean) {
  return useQuery({
    queryKey: workspaceKeys.comparison(studyId, transcriptId),
    queryFn: () => workspaceApi.comparison(studyId, transcriptId),
    enabled,
  });
}
