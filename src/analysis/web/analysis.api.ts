/** The gap analysis API as the page sees it (contract: src/analysis/gaps.routes.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../web/api.js';
import type { CompetencyGap, GapGroup, GroupBy } from '../gaps.model.js';

export type { CompetencyGap, GapGroup, GroupBy };

export type Dimension = Exclude<GroupBy, 'none'>;
export const DIMENSIONS: readonly Dimension[] = ['organisation', 'area', 'band'];

export type GapFilter = Partial<Record<Dimension, string>>;

export interface GapCompetency {
  id: string;
  code: string;
  titleDa: string;
  titleEn: string;
}

export interface StudyGaps {
  groupBy: GroupBy;
  target: 'needed';
  scale: { min: number; max: number };
  filter: GapFilter;
  competencies: GapCompetency[];
  groups: GapGroup[];
  total: GapGroup;
}

export function useGaps(studyId: string, groupBy: GroupBy, filter: GapFilter) {
  return useQuery({
    queryKey: ['analysis', studyId, 'gaps', groupBy, filter],
    queryFn: () =>
      api.get<StudyGaps>(`/studies/${encodeURIComponent(studyId)}/gaps`, { query: { groupBy, ...filter } }),
  });
}
