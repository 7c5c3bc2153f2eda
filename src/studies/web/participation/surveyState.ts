/**
 * The self-assessment's state in the browser: answers keyed by competency, where a resumed survey opens, how far a
 * page is answered, and which competency a server validation error belongs to.
 */
import type { FieldError } from '../../../web/api';
import type { Language } from '../../../web/i18n';
import { type Answer, isAnswered, progress, type SurveyPage, type SurveyProgress } from '../../survey.model';

/** Identifiers are UUIDs; the server compares them without case. */
export const answerKey = (identifier: string) => identifier.toLowerCase();

export const emptyAnswer = (itemIdentifier: string): Answer => ({
  itemIdentifier,
  currentLevel: null,
  neededLevel: null,
  importance: null,
  comment: '',
});

export type AnswerMap = ReadonlyMap<string, Answer>;

export function answerMap(answers: readonly Answer[]): AnswerMap {
  return new Map(answers.map((answer) => [answerKey(answer.itemIdentifier), answer]));
}

/** A new map with one competency's answer changed (the rest of its answer kept). */
export function withChange(
  answers: AnswerMap,
  itemIdentifier: string,
  change: Partial<Omit<Answer, 'itemIdentifier'>>,
): { answers: AnswerMap; answer: Answer } {
  const key = answerKey(itemIdentifier);
  const answer = { ...(answers.get(key) ?? emptyAnswer(itemIdentifier)), ...change };
  const next = new Map(answers);
  next.set(key, answer);
  return { answers: next, answer };
}

/** The page a survey opens on: the first with an unanswered competency, else the last (to send). */
export function startPageIndex(progress: Pick<SurveyProgress, 'nextPageIndex'>, pageCount: number): number {
  if (pageCount === 0) return 0;
  const index = progress.nextPageIndex ?? pageCount - 1;
  return Math.min(Math.max(index, 0), pageCount - 1);
}

/** How many of a page's competencies have both levels given. */
export function pageAnswered(page: SurveyPage, answers: AnswerMap): { answered: number; total: number } {
  const answered = page.competencies.filter((c) => isAnswered(answers.get(answerKey(c.identifier)))).length;
  return { answered, total: page.competencies.length };
}

/**
 * The server names a bad answer by its place in the batch that was sent (`answers[3]`); this gives each message to
 * the competency it belongs to.
 */
export function errorsByItem(errors: readonly FieldError[], batch: readonly Answer[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const error of errors) {
    const match = /^answers\[(\d+)\]/.exec(error.path) ?? /^answers\.(\d+)/.exec(error.path);
    const answer = match ? batch[Number(match[1])] : undefined;
    if (!answer) continue;
    const key = answerKey(answer.itemIdentifier);
    const messages = found.get(key) ?? [];
    if (!messages.includes(error.message)) messages.push(error.message);
    found.set(key, messages);
  }
  return found;
}

/** A framework text in the reader's language, falling back to the other when it is empty. */
export function localText(da: string, en: string, language: Language): string {
  return (language === 'en' ? en || da : da || en).trim();
}

export interface SurveyPosition {
  /** 1-based, for "Side 2 af 4". */
  page: number;
  pageCount: number;
  answered: number;
  total: number;
  percent: number;
  /** The first page with an unanswered competency, or null. */
  nextPageIndex: number | null;
}

/** Where the respondent is and how far they have come, for the progress bar and its text. */
export function surveyPosition(pageIndex: number, pages: readonly SurveyPage[], answers: AnswerMap): SurveyPosition {
  const { answered, total, percent, nextPageIndex } = progress(pages, [...answers.values()]);
  return {
    page: Math.min(pageIndex + 1, Math.max(pages.length, 1)),
    pageCount: pages.length,
    answered,
    total,
    percent,
    nextPageIndex,
  };
}
