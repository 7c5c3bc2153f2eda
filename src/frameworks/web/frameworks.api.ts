/**
 * The frameworks API as the pages see it (contract: the frameworks routes), the query keys the pages share,
 * download links for the exports and the multipart import the JSON client cannot do.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, queryString, toApiError } from '../../web/api';
import { cachedSession } from '../../web/session';
import type { FrameworkContent, FrameworkItem, ItemKind, LevelDescriptor, ScaleLevel } from '../frameworks.model';

export type FrameworkScope = 'national' | 'organisation';
export type VersionStatus = 'draft' | 'published';

export interface FrameworkSummary {
  id: string;
  identifier: string;
  scope: FrameworkScope;
  ownerName: string | null;
  titleDa: string;
  titleEn: string;
  latestPublished: { id: string; number: number; publishedAt: string } | null;
  draft: { id: string; number: number } | null;
  canEdit: boolean;
}

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  changeNote: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
  createdAt: string;
  itemCount: number;
}

export interface FrameworkDetail extends FrameworkSummary {
  descriptionDa: string;
  descriptionEn: string;
  /** Newest first. */
  versions: VersionSummary[];
}

export interface VersionDetail {
  id: string;
  frameworkId: string;
  number: number;
  status: VersionStatus;
  changeNote: string | null;
  publishedAt: string | null;
  canEdit: boolean;
  content: FrameworkContent;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface FrameworkDiff {
  from: { id: string; number: number };
  to: { id: string; number: number };
  added: FrameworkItem[];
  removed: FrameworkItem[];
  changed: { identifier: string; titleDa: string; titleEn: string; fields: FieldChange[] }[];
  moved: { identifier: string; titleDa: string; titleEn: string; fromParent: string | null; toParent: string | null }[];
  framework: FieldChange[];
}

export interface ImportNote {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface ImportReport {
  format: 'case' | 'moodle';
  itemCount: number;
  competencyCount: number;
  dropped: ImportNote[];
  /** Not every server version sends warnings. */
  warnings?: (ImportNote | string)[];
}

export interface ImportResult {
  frameworkId: string | null;
  versionId: string | null;
  created: boolean;
  report: ImportReport;
}

export interface NewItem {
  parentIdentifier: string | null;
  position?: number;
  kind: ItemKind;
  code?: string;
  titleDa: string;
  titleEn: string;
}

export type ItemChanges = Partial<
  Pick<
    FrameworkItem,
    'kind' | 'code' | 'titleDa' | 'titleEn' | 'descriptionDa' | 'descriptionEn' | 'keywordsDa' | 'keywordsEn'
  > & { levels: LevelDescriptor[] }
>;

export interface VersionChanges {
  titleDa?: string;
  titleEn?: string;
  descriptionDa?: string;
  descriptionEn?: string;
  publisher?: string;
  scale?: ScaleLevel[];
}

export interface RoleProfileSummary {
  id: string;
  scope: FrameworkScope;
  ownerName: string | null;
  nameDa: string;
  nameEn: string;
  area: string | null;
  frameworkId: string;
  versionId: string;
  versionNumber: number;
  targetCount: number;
  canEdit: boolean;
}

export interface ProfileTarget {
  itemIdentifier: string;
  level: number;
  rationaleDa: string;
  rationaleEn: string;
}

export interface ProfileCompetency {
  identifier: string;
  code: string;
  titleDa: string;
  titleEn: string;
  domainTitleDa: string;
  domainTitleEn: string;
}

export interface RoleProfileDetail extends RoleProfileSummary {
  descriptionDa: string;
  descriptionEn: string;
  targets: ProfileTarget[];
  competencies: ProfileCompetency[];
  scale: ScaleLevel[];
}

export const frameworkKeys = {
  all: ['frameworks'] as const,
  list: ['frameworks', 'list'] as const,
  detail: (id: string) => ['frameworks', 'detail', id] as const,
  version: (id: string) => ['frameworks', 'version', id] as const,
  diff: (toId: string, fromId: string) => ['frameworks', 'diff', toId, fromId] as const,
  profiles: (frameworkId?: string) => ['frameworks', 'role-profiles', frameworkId ?? 'all'] as const,
  profile: (id: string) => ['frameworks', 'role-profile', id] as const,
};

export function useFrameworks() {
  return useQuery({ queryKey: frameworkKeys.list, queryFn: () => api.get<FrameworkSummary[]>('/frameworks') });
}

export function useFramework(id: string | null | undefined) {
  return useQuery({
    queryKey: frameworkKeys.detail(id ?? ''),
    queryFn: () => api.get<FrameworkDetail>(`/frameworks/${id}`),
    enabled: Boolean(id),
  });
}

export function useVersion(id: string | null | undefined) {
  return useQuery({
    queryKey: frameworkKeys.version(id ?? ''),
    queryFn: () => api.get<VersionDetail>(`/framework-versions/${id}`),
    enabled: Boolean(id),
    // A published version never changes; a draft changes only through this page, which updates the cache.
    staleTime: 30_000,
  });
}

export function useRoleProfiles(frameworkId?: string) {
  return useQuery({
    queryKey: frameworkKeys.profiles(frameworkId),
    queryFn: () => api.get<RoleProfileSummary[]>('/role-profiles', { query: { frameworkId } }),
  });
}

export function useRoleProfile(id: string) {
  return useQuery({
    queryKey: frameworkKeys.profile(id),
    queryFn: () => api.get<RoleProfileDetail>(`/role-profiles/${id}`),
  });
}

/** Download links for the exports (plain links, so the browser saves the file with the session cookie). */
export function caseExportUrl(frameworkId: string, versionId: string): string {
  return `/api/v1/frameworks/${encodeURIComponent(frameworkId)}/case${queryString({ version: versionId })}`;
}

export function moodleExportUrl(frameworkId: string, versionId: string): string {
  return `/api/v1/frameworks/${encodeURIComponent(frameworkId)}/moodle.csv${queryString({ version: versionId })}`;
}

/** Sends a CASE (.json) or Moodle (.csv) file as multipart/form-data; `dryRun` only checks it. */
export async function importFramework(
  file: File,
  options: { dryRun: boolean; national: boolean; language: string },
): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': options.language,
  };
  const token = cachedSession()?.csrfToken;
  if (token) headers['x-csrf-token'] = token;
  const query = queryString({ dryRun: options.dryRun || undefined, national: options.national || undefined });
  let response: Response;
  try {
    response = await fetch(`/api/v1/frameworks/import${query}`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as ImportResult;
}
