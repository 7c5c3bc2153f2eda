/**
 * The 10-minute self-assessment: for each competency of the study's framework version the leader gives their
 * current level, the level their job needs, how important the competency is to them and an optional comment. One
 * page per domain keeps each screen short and lets a leader stop and resume where they left off.
 */
import type { FrameworkContent, FrameworkItem } from '../frameworks/frameworks.model.js';
import { flattenTree } from '../frameworks/frameworks.model.js';

export interface SurveyLevel {
  level: number;
  labelDa: string;
  labelEn: string;
  /** What the competency looks like at this level; empty when the framework has no descriptor for it. */
  descriptorDa: string;
  descriptorEn: string;
}

export interface SurveyCompetency {
  identifier: string;
  code: string;
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  levels: SurveyLevel[];
}

export interface SurveyPage {
  /** Null for the last page, which holds the competencies that sit under no domain. */
  domainIdentifier: string | null;
  titleDa: string;
  titleEn: string;
  competencies: SurveyCompetency[];
}

export type Importance = 1 | 2 | 3 | 4 | 5;

export interface Answer {
  itemIdentifier: string;
  currentLevel: number | null;
  neededLevel: number | null;
  importance: Importance | null;
  comment: string;
}

export const ANSWER_LIMITS = {
  importanceMin: 1,
  importanceMax: 5,
  /** Characters (code points) of the free-text comment. */
  commentMaxLength: 2000,
} as const;

export const ANSWER_ISSUES = [
  'competency_unknown',
  'current_level_not_on_scale',
  'needed_level_not_on_scale',
  'importance_out_of_range',
  'comment_too_long',
] as const;
export type AnswerIssue = (typeof ANSWER_ISSUES)[number];

/** Title of the page for competencies outside every domain (data, like the framework's own text). */
export const OTHER_COMPETENCIES_TITLE = { titleDa: 'Øvrige kompetencer', titleEn: 'Other competencies' } as const;

const idKey = (identifier: string) => identifier.toLowerCase();

/** The nearest domain above an item, or null. Stops on a broken or cyclic parent chain. */
function domainAbove(item: FrameworkItem, byId: Map<string, FrameworkItem>): FrameworkItem | null {
  const seen = new Set<string>();
  let parent = item.parentIdentifier ? byId.get(idKey(item.parentIdentifier)) : undefined;
  while (parent && !seen.has(parent.identifier)) {
    if (parent.kind === 'domain') return parent;
    seen.add(parent.identifier);
    parent = parent.parentIdentifier ? byId.get(idKey(parent.parentIdentifier)) : undefined;
  }
  return null;
}

function surveyCompetency(item: FrameworkItem, framework: FrameworkContent): SurveyCompetency {
  const scale = [...framework.scale].sort((a, b) => a.level - b.level);
  return {
    identifier: item.identifier,
    code: item.code,
    titleDa: item.titleDa,
    titleEn: item.titleEn,
    descriptionDa: item.descriptionDa,
    descriptionEn: item.descriptionEn,
    levels: scale.map((step) => {
      const descriptor = item.levels.find((l) => l.level === step.level);
      return { ...step, descriptorDa: descriptor?.da ?? '', descriptorEn: descriptor?.en ?? '' };
    }),
  };
}

export interface DomainGroup {
  /** Null for the competencies that sit under no domain. */
  domain: FrameworkItem | null;
  competencies: FrameworkItem[];
}

/**
 * The competencies grouped by their nearest domain: domains in tree order (nested ones too), each with its
 * competencies in tree order, domains without competencies left out, and the competencies under no domain last.
 */
export function domainGroups(items: readonly FrameworkItem[]): DomainGroup[] {
  const byId = new Map(items.map((item) => [idKey(item.identifier), item]));
  const ordered = flattenTree(items).map((entry) => entry.item);
  const groups = new Map<string, DomainGroup>();
  for (const domain of ordered.filter((item) => item.kind === 'domain')) {
    groups.set(domain.identifier, { domain, competencies: [] });
  }
  const other: DomainGroup = { domain: null, competencies: [] };
  for (const item of ordered.filter((i) => i.kind === 'competency')) {
    const domain = domainAbove(item, byId);
    (domain ? (groups.get(domain.identifier) as DomainGroup) : other).competencies.push(item);
  }
  return [...groups.values(), other].filter((group) => group.competencies.length > 0);
}

/** One page per domain that holds competencies, in tree order, then a last page for competencies under no domain. */
export function surveyPages(framework: FrameworkContent): SurveyPage[] {
  return domainGroups(framework.items).map(({ domain, competencies }) => ({
    domainIdentifier: domain?.identifier ?? null,
    titleDa: domain ? domain.titleDa : OTHER_COMPETENCIES_TITLE.titleDa,
    titleEn: domain ? domain.titleEn : OTHER_COMPETENCIES_TITLE.titleEn,
    competencies: competencies.map((item) => surveyCompetency(item, framework)),
  }));
}

const codePoints = (text: string) => [...text.normalize('NFC')].length;

/** Everything wrong with one answer; an empty list means it can be stored. Missing levels are allowed (drafts). */
export function validateAnswer(answer: Answer, framework: FrameworkContent): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const item = framework.items.find((i) => idKey(i.identifier) === idKey(answer.itemIdentifier));
  if (item?.kind !== 'competency') issues.push('competency_unknown');
  const levels = new Set(framework.scale.map((step) => step.level));
  if (answer.currentLevel !== null && !levels.has(answer.currentLevel)) issues.push('current_level_not_on_scale');
  if (answer.neededLevel !== null && !levels.has(answer.neededLevel)) issues.push('needed_level_not_on_scale');
  const importance = answer.importance;
  if (
    importance !== null &&
    (!Number.isInteger(importance) ||
      importance < ANSWER_LIMITS.importanceMin ||
      importance > ANSWER_LIMITS.importanceMax)
  ) {
    issues.push('importance_out_of_range');
  }
  if (codePoints(answer.comment) > ANSWER_LIMITS.commentMaxLength) issues.push('comment_too_long');
  return issues;
}

/** A competency counts as answered once both levels are given; importance and comment are optional. */
export function isAnswered(answer: Pick<Answer, 'currentLevel' | 'neededLevel'> | undefined): boolean {
  return answer !== undefined && answer.currentLevel !== null && answer.neededLevel !== null;
}

export interface SurveyProgress {
  answered: number;
  total: number;
  /** Whole percent, rounded down, so it shows 100 only when everything is answered. */
  percent: number;
  /** The first page with an unanswered competency (where a resumed survey opens), or null when all are answered. */
  nextPageIndex: number | null;
}

/** How far a respondent has come; answers to items not on the pages are ignored. */
export function progress(pages: readonly SurveyPage[], answers: readonly Answer[]): SurveyProgress {
  const byItem = new Map(answers.map((a) => [idKey(a.itemIdentifier), a]));
  let answered = 0;
  let total = 0;
  let nextPageIndex: number | null = null;
  pages.forEach((page, index) => {
    for (const competency of page.competencies) {
      total += 1;
      if (isAnswered(byItem.get(idKey(competency.identifier)))) answered += 1;
      else nextPageIndex ??= index;
    }
  });
  const percent = total === 0 ? 100 : Math.floor((answered * 100) / total);
  return { answered, total, percent, nextPageIndex };
}
