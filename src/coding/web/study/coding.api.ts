/**
 * The study-level interview-analysis API as these pages see it (contract: /tmp/coding-api.md, src/coding/*.routes.ts):
 * transcripts and their upload, the codebook, retrieval and co-occurrence, agreement, search, machine suggestions and
 * REFI-QDA exchange. Query keys start with ['coding', studyId] like the workspace's, so one invalidation reaches both.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, type QueryValue, queryString, toApiError } from '../../../web/api.js';
import { cachedSession } from '../../../web/session.js';
import type { Polarity, Segment, TranscriptFormat } from '../../coding.model.js';

export interface TranscriptAttributes {
  organisation: string | null;
  area: string | null;
  band: string | null;
  role: string | null;
}

export const ATTRIBUTE_KEYS = ['organisation', 'area', 'band', 'role'] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

export interface TranscriptSummary {
  id: string;
  title: string;
  participantId: string | null;
  pseudonym: string | null;
  attributes: TranscriptAttributes;
  format: TranscriptFormat | string;
  segmentCount: number;
  wordCount: number;
  codingCount: number;
  coders: { coderId: string; name: string }[];
  demo: boolean;
  createdAt: string;
}

export interface TranscriptDetail extends TranscriptSummary {
  text: string;
  segments: Segment[];
  pseudonymisation: { pseudonym: string; kind: string; count: number }[];
}

export type ReplacementKind = 'person' | 'place' | 'marked';

export interface Replacement {
  term: string;
  kind: ReplacementKind | string;
  pseudonym: string;
  count: number;
}

export interface TranscriptPreview {
  preview: { text: string; segments: Segment[]; format: string; warnings: string[] };
  replacements: Replacement[];
}

export interface BatchResult {
  imported: { file: string; transcriptId: string }[];
  skipped: { file: string; reason: string }[];
}

export interface Coder {
  id: string;
  name: string;
  kind: 'human' | 'machine' | 'imported';
  userId: string | null;
  me: boolean;
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

export interface CodeInput {
  name: string;
  description?: string;
  colour?: string;
  polarity: Polarity;
  competencyId?: string | null;
  parentId?: string | null;
  shortcut?: string | null;
}

export interface Competency {
  identifier: string;
  code: string;
  titleDa: string;
  titleEn: string;
}

export interface SplitPart {
  name: string;
  colour?: string;
  polarity?: Polarity;
  codingIds: string[];
}

export interface Passage {
  codingId: string;
  transcriptId: string;
  transcriptTitle: string;
  pseudonym: string | null;
  attributes: TranscriptAttributes;
  codeId: string;
  coderName: string | null;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

export interface PassageFilter {
  codeId?: string;
  layer?: string;
  organisation?: string;
  area?: string;
  band?: string;
  role?: string;
}

export interface Cooccurrence {
  codes: string[];
  counts: number[][];
}

export interface AgreementFigures {
  percent: number;
  kappa: number | null;
  alpha: number | null;
}

export interface Agreement {
  unit: 'segment';
  coders: { id: string; name: string }[];
  transcripts: number;
  units: number;
  overall: AgreementFigures;
  perCode: ({ codeId: string; units: number; positives: number } & AgreementFigures)[];
  machine: { perCode: { codeId: string; kappa: number | null; n: number }[] } | null;
}

export interface SearchHit {
  transcriptId: string;
  transcriptTitle: string;
  pseudonym: string | null;
  segmentOrdinal: number;
  start: number;
  end: number;
  fragments: { text: string; hit: boolean }[];
}

export interface SuggestionModel {
  status: 'none' | 'keywords' | 'trained';
  trainedAt: string | null;
  passages: number;
  perCode: { codeId: string; kappa: number | null; heldOut: number }[];
}

export interface RefiReport {
  dryRun: boolean;
  codes: number;
  sources: number;
  codings: number;
  notes: number;
  cases: number;
  dropped: { what: string; count: number; reason: string }[];
}

export interface Coding {
  id: string;
  codeId: string;
  coderId: string | null;
  start: number;
  end: number;
  origin: 'human' | 'machine' | 'import' | 'consensus';
  createdAt: string;
}

const enc = encodeURIComponent;
export const studyPath = (studyId: string) => `/studies/${enc(studyId)}`;

export const codingKeys = {
  all: (studyId: string) => ['coding', studyId] as const,
  transcripts: (studyId: string) => ['coding', studyId, 'transcripts'] as const,
  // The same key as the workspace's codebook, so both pages share one cache entry.
  codes: (studyId: string) => ['coding', studyId, 'codes'] as const,
  coders: (studyId: string) => ['coding', studyId, 'coders'] as const,
  competencies: (studyId: string) => ['coding', studyId, 'competencies'] as const,
  passages: (studyId: string, filter: PassageFilter) => ['coding', studyId, 'passages', filter] as const,
  cooccurrence: (studyId: string, layer: string) => ['coding', studyId, 'cooccurrence', layer] as const,
  agreement: (studyId: string, coders: string[]) => ['coding', studyId, 'agreement', coders] as const,
  search: (studyId: string, q: string) => ['coding', studyId, 'search', q] as const,
  model: (studyId: string) => ['coding', studyId, 'model'] as const,
};

/** Multipart POST (file uploads), which the JSON client cannot send; errors become ApiErrors as there. */
export async function postForm<T>(path: string, form: FormData, language: string): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': language,
  };
  const token = cachedSession()?.csrfToken;
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** What an upload sends: a file or pasted text, for a participant, with the analyst's review of the replacements. */
export interface TranscriptUpload {
  participantId: string;
  title?: string;
  file?: File;
  text?: string;
  terms: string[];
  exclude: string[];
}

export function transcriptForm(upload: TranscriptUpload, dryRun: boolean): FormData {
  const form = new FormData();
  if (upload.file) form.append('file', upload.file, upload.file.name);
  else form.append('text', upload.text ?? '');
  form.append('participantId', upload.participantId);
  if (upload.title?.trim()) form.append('title', upload.title.trim());
  form.append('terms', JSON.stringify(upload.terms));
  form.append('exclude', JSON.stringify(upload.exclude));
  form.append('dryRun', dryRun ? 'true' : 'false');
  return form;
}

/** A download the browser fetches itself (with the session cookie): CSV, .qdpx, .qdc. */
export function downloadUrl(studyId: string, file: string, query?: Record<string, QueryValue>): string {
  return `/api/v1${studyPath(studyId)}/${file}${queryString(query)}`;
}

export const codingApi = {
  transcripts: (studyId: string) => api.get<TranscriptSummary[]>(`${studyPath(studyId)}/transcripts`),
  previewTranscript: (studyId: string, upload: TranscriptUpload, language: string) =>
    postForm<TranscriptPreview>(`${studyPath(studyId)}/transcripts`, transcriptForm(upload, true), language),
  saveTranscript: (studyId: string, upload: TranscriptUpload, language: string) =>
    postForm<TranscriptDetail>(`${studyPath(studyId)}/transcripts`, transcriptForm(upload, false), language),
  batch: (studyId: string, file: File, language: string) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return postForm<{ jobId: string }>(`${studyPath(studyId)}/transcripts/batch`, form, language);
  },
  deleteTranscript: (studyId: string, transcriptId: string) =>
    api.delete(`${studyPath(studyId)}/transcripts/${enc(transcriptId)}`),
  coders: (studyId: string) => api.get<Coder[]>(`${studyPath(studyId)}/coders`),
  codes: (studyId: string) => api.get<Code[]>(`${studyPath(studyId)}/codes`),
  competencies: (studyId: string) => api.get<Competency[]>(`${studyPath(studyId)}/competencies`),
  createCode: (studyId: string, body: CodeInput) => api.post<Code>(`${studyPath(studyId)}/codes`, body),
  updateCode: (studyId: string, codeId: string, body: Partial<CodeInput> & { ordinal?: number }) =>
    api.patch<Code>(`${studyPath(studyId)}/codes/${enc(codeId)}`, body),
  deleteCode: (studyId: string, codeId: string) => api.delete(`${studyPath(studyId)}/codes/${enc(codeId)}`),
  mergeCode: (studyId: string, codeId: string, intoId: string) =>
    api.post<{ moved: number }>(`${studyPath(studyId)}/codes/${enc(codeId)}/merge`, { intoId }),
  splitCode: (studyId: string, codeId: string, parts: SplitPart[]) =>
    api.post<{ codes: Code[] }>(`${studyPath(studyId)}/codes/${enc(codeId)}/split`, { parts }),
  codesFromFramework: (studyId: string) => api.post<{ created: number }>(`${studyPath(studyId)}/codes/from-framework`),
  passages: (studyId: string, filter: PassageFilter) =>
    api.get<{ passages: Passage[]; total: number }>(`${studyPath(studyId)}/passages`, { query: { ...filter } }),
  cooccurrence: (studyId: string, layer: string) =>
    api.get<Cooccurrence>(`${studyPath(studyId)}/cooccurrence`, { query: { layer } }),
  agreement: (studyId: string, coders: string[]) =>
    api.get<Agreement>(`${studyPath(studyId)}/agreement`, {
      query: { coders: coders.length ? coders.join(',') : undefined },
    }),
  search: (studyId: string, q: string) =>
    api.get<{ hits: SearchHit[]; total: number }>(`${studyPath(studyId)}/search`, { query: { q } }),
  code: (studyId: string, transcriptId: string, body: { codeIds: string[]; start: number; end: number }) =>
    api.post<Coding[]>(`${studyPath(studyId)}/transcripts/${enc(transcriptId)}/codings`, body),
  model: (studyId: string) => api.get<SuggestionModel>(`${studyPath(studyId)}/suggestions/model`),
  train: (studyId: string) => api.post<{ jobId: string }>(`${studyPath(studyId)}/suggestions/train`),
  importRefi: (studyId: string, file: File, dryRun: boolean, language: string) => {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('dryRun', dryRun ? 'true' : 'false');
    return postForm<RefiReport>(`${studyPath(studyId)}/imports/qdpx`, form, language);
  },
};

export function useTranscripts(studyId: string) {
  return useQuery({ queryKey: codingKeys.transcripts(studyId), queryFn: () => codingApi.transcripts(studyId) });
}

export function useCodes(studyId: string) {
  return useQuery({ queryKey: codingKeys.codes(studyId), queryFn: () => codingApi.codes(studyId) });
}

export function useCoders(studyId: string) {
  return useQuery({ queryKey: codingKeys.coders(studyId), queryFn: () => codingApi.coders(studyId) });
}

export function useCompetencies(studyId: string) {
  return useQuery({
    queryKey: codingKeys.competencies(studyId),
    queryFn: () => codingApi.competencies(studyId),
    // The pinned framework version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
