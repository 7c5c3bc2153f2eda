/**
 * The organisations API as the pages see it (contract: issue 3 / the organisations routes), the query keys the
 * pages share, and the multipart upload the JSON client cannot do.
 */
import { ApiError, toApiError } from '../../web/api';
import { cachedSession } from '../../web/session';
import type { Confidence, TenureBand } from '../leaders.model';
import type { OrgChartField } from '../orgchart-mapping.model';
import type { OrgChartProblem } from '../orgchart-problems.model';
import type { ConsentMethod } from '../people.model';

export type ImportStatus = 'uploaded' | 'previewing' | 'previewed' | 'invalid' | 'applying' | 'applied' | 'failed';

export interface ImportCounts {
  rows: number;
  people: number;
  units: number;
  added: number;
  changed: number;
  left: number;
  returned: number;
  unchanged: number;
  leadersSuggested: number;
}

export interface ImportResult {
  added: number;
  changed: number;
  left: number;
  returned: number;
  leadersSuggested: number;
}

export interface ImportSummary {
  id: string;
  fileName: string;
  status: ImportStatus;
  createdAt: string;
  appliedAt: string | null;
  createdByName: string | null;
  counts: Partial<ImportCounts> | null;
}

export type OrgChartMappingDraft = Partial<Record<OrgChartField, string>>;

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface ImportPreview {
  counts: ImportCounts;
  problems: OrgChartProblem[];
  problemCount: number;
  samples: {
    added: { employeeId: string; name: string; jobTitle: string | null; unit: string | null }[];
    changed: { employeeId: string; name: string; changes: FieldChange[] }[];
    left: { employeeId: string; name: string }[];
    returned?: { employeeId: string; name: string }[];
  };
  canApply: boolean;
}

export interface ImportDetail {
  id: string;
  fileName: string;
  status: ImportStatus;
  jobId: string | null;
  headers: string[];
  mapping: OrgChartMappingDraft;
  suggestedMapping: OrgChartMappingDraft;
  fields: { field: OrgChartField; required: boolean }[];
  preview: ImportPreview | null;
  result: ImportResult | null;
}

export interface LeaderReasonDto {
  code: string;
  params?: Record<string, unknown>;
}

export type LeaderDecision = 'confirmed' | 'rejected';
export type LeaderStatusFilter = 'suggested' | 'confirmed' | 'rejected' | 'all';

export interface LeaderRow {
  personId: string;
  pseudonym: string;
  name: string;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  areaName: string | null;
  reportCount: number;
  confidence: Confidence | null;
  reasons: LeaderReasonDto[];
  decision: LeaderDecision | null;
  leaderSince: string | null;
  tenureYears: number | null;
  tenureBand: TenureBand | null;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface LeaderSummary {
  byArea: {
    areaId: string | null;
    areaName: string | null;
    people: number;
    leaders: number;
    confirmed: number;
    suggested: number;
  }[];
  byUnit: {
    unitId: string;
    unitName: string;
    parentId: string | null;
    people: number;
    leaders: number;
    confirmed: number;
  }[];
}

export interface AreaDto {
  id: string;
  key: string;
  name: string;
  sortOrder: number;
  unitCount: number;
}

export type AreaSource = 'own' | 'inherited' | 'none';

export type LeaderStatus = 'confirmed' | 'suggested' | 'rejected' | null;

export interface PersonRow {
  id: string;
  pseudonym: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  areaName: string | null;
  leaderStatus: LeaderStatus;
  leaderSince: string | null;
  tenureYears: number | null;
  status: 'active' | 'left';
}

export interface Consent {
  id: string;
  purpose: string;
  method: ConsentMethod;
  givenAt: string;
  withdrawnAt: string | null;
  note: string | null;
  createdAt?: string;
}

export interface PersonLink {
  id: string;
  name: string;
  pseudonym: string;
  jobTitle?: string | null;
}

export interface PersonDetail {
  id: string;
  pseudonym: string;
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  status: 'active' | 'left';
  leftAt: string | null;
  unit: { id: string; name: string; path: string[] } | null;
  area: { name: string; source: AreaSource } | null;
  manager: PersonLink | null;
  reports: PersonLink[];
  leader: {
    suggestion: string | null;
    confidence: Confidence | null;
    reasons: LeaderReasonDto[] | null;
    decision: LeaderDecision | null;
    decidedAt: string | null;
    leaderSince: string | null;
    tenureYears: number | null;
    tenureBand: TenureBand | null;
  } | null;
  consents: Consent[];
  createdAt: string;
  updatedAt: string;
}

export interface TreeUnit {
  id: string;
  name: string;
  areaName: string | null;
  areaSource: AreaSource | null;
  childCount: number;
  peopleCount: number;
  leaderCount: number;
  leaders: { id: string; pseudonym: string; name: string; decision: LeaderDecision | null }[];
}

export const orgKeys = {
  all: ['organisations'] as const,
  imports: ['organisations', 'imports'] as const,
  import: (id: string) => ['organisations', 'imports', id] as const,
  mapping: ['organisations', 'mapping'] as const,
  leaders: (query: Record<string, unknown>) => ['organisations', 'leaders', query] as const,
  summary: ['organisations', 'leaders-summary'] as const,
  areas: ['organisations', 'areas'] as const,
  people: (query: Record<string, unknown>) => ['organisations', 'people', query] as const,
  person: (id: string) => ['organisations', 'person', id] as const,
  tree: (parentId: string | null) => ['organisations', 'tree', parentId ?? 'roots'] as const,
};

/** Sends a file as multipart/form-data (field `file`) with the session's CSRF token; errors as `ApiError`. */
export async function uploadFile<T>(path: string, file: File, language: string): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
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
