/**
 * Editing the interview guide in the browser: immutable changes to the sections (edit, add, remove, move a question),
 * the body the API saves, and where in the form each of the server's issue paths belongs
 * (`sections[2].questions[0].competencyIdentifiers[1]` → the competencies of question 1 in section 3).
 */
import type { FrameworkItem } from '../../../frameworks/frameworks.model';
import { GUIDE_LIMITS, type GuideQuestion, type GuideSection } from '../../interview-guide.model';

export type QuestionField = 'textDa' | 'textEn' | 'probeDa' | 'probeEn';
export type SectionField = 'titleDa' | 'titleEn';

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

export function updateSection(
  sections: readonly GuideSection[],
  s: number,
  patch: Partial<Pick<GuideSection, SectionField>>,
): GuideSection[] {
  return replaceAt(sections, s, { ...sections[s], ...patch });
}

export function updateQuestion(
  sections: readonly GuideSection[],
  s: number,
  q: number,
  patch: Partial<GuideQuestion>,
): GuideSection[] {
  const section = sections[s];
  return replaceAt(sections, s, {
    ...section,
    questions: replaceAt(section.questions, q, { ...section.questions[q], ...patch }),
  });
}

/** Swaps a question with its neighbour above (-1) or below (+1); nothing happens at either end. */
export function moveQuestion(sections: readonly GuideSection[], s: number, q: number, delta: -1 | 1): GuideSection[] {
  const questions = [...sections[s].questions];
  const target = q + delta;
  if (target < 0 || target >= questions.length) return [...sections];
  [questions[q], questions[target]] = [questions[target], questions[q]];
  return replaceAt(sections, s, { ...sections[s], questions });
}

export function removeQuestion(sections: readonly GuideSection[], s: number, q: number): GuideSection[] {
  return replaceAt(sections, s, { ...sections[s], questions: sections[s].questions.filter((_, i) => i !== q) });
}

/** A key no section or question of the guide uses yet: `custom-1`, `custom-2` … */
export function newQuestionKey(sections: readonly GuideSection[]): string {
  const used = new Set(sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]));
  let n = 1;
  while (used.has(`custom-${n}`)) n++;
  return `custom-${n}`;
}

/** Appends an empty question to a section; returns the guide and the new question's key. */
export function addQuestion(sections: readonly GuideSection[], s: number): { sections: GuideSection[]; key: string } {
  const key = newQuestionKey(sections);
  const question: GuideQuestion = { key, textDa: '', textEn: '', competencyIdentifiers: [] };
  return {
    sections: replaceAt(sections, s, { ...sections[s], questions: [...sections[s].questions, question] }),
    key,
  };
}

export function canAddQuestion(section: GuideSection): boolean {
  return section.questions.length < GUIDE_LIMITS.questionsPerSection;
}

export function addCompetency(sections: readonly GuideSection[], s: number, q: number, identifier: string) {
  const current = sections[s].questions[q].competencyIdentifiers;
  if (current.some((c) => c.toLowerCase() === identifier.toLowerCase())) return [...sections];
  return updateQuestion(sections, s, q, { competencyIdentifiers: [...current, identifier] });
}

export function removeCompetency(sections: readonly GuideSection[], s: number, q: number, identifier: string) {
  const current = sections[s].questions[q].competencyIdentifiers;
  return updateQuestion(sections, s, q, { competencyIdentifiers: current.filter((c) => c !== identifier) });
}

/** The body of PUT …/guide: texts as typed, empty follow-ups left out (the API treats them as optional). */
export function guideBody(sections: readonly GuideSection[]): { sections: GuideSection[] } {
  return {
    sections: sections.map((section) => ({
      key: section.key,
      titleDa: section.titleDa,
      titleEn: section.titleEn,
      questions: section.questions.map((q) => ({
        key: q.key,
        textDa: q.textDa,
        textEn: q.textEn,
        competencyIdentifiers: q.competencyIdentifiers,
        ...(q.probeDa?.trim() ? { probeDa: q.probeDa } : {}),
        ...(q.probeEn?.trim() ? { probeEn: q.probeEn } : {}),
      })),
    })),
  };
}

/** Whether the edited guide differs from the saved one (in what would be saved). */
export function guideChanged(edited: readonly GuideSection[], saved: readonly GuideSection[]): boolean {
  return JSON.stringify(guideBody(edited)) !== JSON.stringify(guideBody(saved));
}

export interface IssueTarget {
  section: number;
  /** Absent for a section's own issues (its title or key). */
  question?: number;
  /** What the path names inside the question or section. */
  part: 'text' | 'probe' | 'competencies' | 'key' | 'title' | 'questions';
}

/** Where in the guide a server issue path points; null for issues of the whole guide (e.g. `sections`). */
export function issueTarget(path: string): IssueTarget | null {
  const match = /^sections\[(\d+)\](?:\.questions\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return null;
  const section = Number(match[1]);
  const question = match[2] === undefined ? undefined : Number(match[2]);
  const field = match[3];
  if (question !== undefined) {
    const part =
      field === 'probe'
        ? 'probe'
        : field === 'competencyIdentifiers'
          ? 'competencies'
          : field === 'key'
            ? 'key'
            : 'text';
    return { section, question, part };
  }
  return { section, part: field === 'questions' ? 'questions' : field === 'key' ? 'key' : 'title' };
}

export const guideFieldId = (s: number, q: number | undefined, field: string) =>
  q === undefined ? `fieldwork-guide-s${s}-${field}` : `fieldwork-guide-s${s}-q${q}-${field}`;

/** The id of the form element an issue path belongs to, for the error summary's links. */
export function issueFieldId(path: string): string | null {
  const target = issueTarget(path);
  if (!target) return null;
  const { section, question, part } = target;
  if (question === undefined) return part === 'title' ? guideFieldId(section, undefined, 'titleDa') : null;
  if (part === 'text' || part === 'key') return guideFieldId(section, question, 'textDa');
  if (part === 'probe') return guideFieldId(section, question, 'probeDa');
  return guideFieldId(section, question, 'competencies');
}

/** The framework's competencies by identifier (case-insensitive, as the server matches them), in tree order. */
export function competencyIndex(items: readonly FrameworkItem[]): Map<string, FrameworkItem> {
  return new Map(items.filter((i) => i.kind === 'competency').map((i) => [i.identifier.toLowerCase(), i]));
}

/** "3.2 Økonomisk forståelse" in the reader's language (the other one when it is empty); the raw id if unknown. */
export function competencyLabel(
  identifier: string,
  index: ReadonlyMap<string, FrameworkItem>,
  language: 'da' | 'en',
): string {
  const item = index.get(identifier.toLowerCase());
  if (!item) return identifier;
  const title = (language === 'en' ? item.titleEn || item.titleDa : item.titleDa || item.titleEn).trim();
  return item.code ? `${item.code} ${title}` : title;
}
