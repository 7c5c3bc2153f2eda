/**
 * The semi-structured interview guide of a needs study: an opening about the leader's role and path into leadership,
 * one section per domain with open questions tied to its competencies (so interview coding can start from them),
 * and a closing about what training would help and in what form. A study starts from `defaultGuide` and may edit it;
 * `validateGuide` checks an edited guide against the study's framework version.
 */
import type { FrameworkContent, FrameworkItem } from '../frameworks/frameworks.model.js';
import {
  type AuthoredKeyedQuestion,
  type AuthoredQuestion,
  CLOSING_QUESTIONS,
  GUIDE_SECTION_TITLES,
  genericQuestions,
  NATIONAL_INTERVIEW_QUESTIONS,
  OPENING_QUESTIONS,
} from './interview-questions.model.js';
import { domainGroups } from './survey.model.js';

export interface GuideQuestion {
  key: string;
  textDa: string;
  textEn: string;
  /** The competencies the answer is expected to touch; empty for the opening and closing questions. */
  competencyIdentifiers: string[];
  /** A follow-up the interviewer can use when the answer stays general. */
  probeDa?: string;
  probeEn?: string;
}

export interface GuideSection {
  key: string;
  titleDa: string;
  titleEn: string;
  questions: GuideQuestion[];
}

export const GUIDE_LIMITS = {
  sections: 40,
  questionsPerSection: 40,
  keyLength: 100,
  /** Characters of a title, question or probe. */
  textLength: 1000,
} as const;

const nonEmpty = (a: string, b: string) => (a.trim() ? a : b);

function question(key: string, authored: AuthoredQuestion, competencyIdentifiers: string[]): GuideQuestion {
  const { textDa, textEn, probeDa, probeEn } = authored;
  return {
    key,
    textDa,
    textEn,
    competencyIdentifiers,
    ...(probeDa ? { probeDa } : {}),
    ...(probeEn ? { probeEn } : {}),
  };
}

const fixed = (questions: readonly AuthoredKeyedQuestion[]) => questions.map((q) => question(q.key, q, []));

/** The hand-written questions for a national competency, else two generic ones built from its title. */
export function competencyQuestions(competency: FrameworkItem): GuideQuestion[] {
  const id = competency.identifier.toLowerCase();
  const authored = Object.hasOwn(NATIONAL_INTERVIEW_QUESTIONS, id)
    ? NATIONAL_INTERVIEW_QUESTIONS[id]
    : genericQuestions(
        nonEmpty(competency.titleDa, competency.titleEn).trim(),
        nonEmpty(competency.titleEn, competency.titleDa).trim(),
      );
  return authored.map((q, i) => question(`competency-${competency.identifier}-${i + 1}`, q, [competency.identifier]));
}

/** Opening, one section per domain that holds competencies (tree order; those under no domain last), closing. */
export function defaultGuide(framework: FrameworkContent): GuideSection[] {
  const domainSections = domainGroups(framework.items).map(
    ({ domain, competencies }): GuideSection => ({
      key: domain ? `domain-${domain.identifier}` : 'other',
      titleDa: domain ? nonEmpty(domain.titleDa, domain.titleEn) : GUIDE_SECTION_TITLES.other.titleDa,
      titleEn: domain ? nonEmpty(domain.titleEn, domain.titleDa) : GUIDE_SECTION_TITLES.other.titleEn,
      questions: competencies.flatMap(competencyQuestions),
    }),
  );
  return [
    { key: 'opening', ...GUIDE_SECTION_TITLES.opening, questions: fixed(OPENING_QUESTIONS) },
    ...domainSections,
    { key: 'closing', ...GUIDE_SECTION_TITLES.closing, questions: fixed(CLOSING_QUESTIONS) },
  ];
}

export interface GuideIssue {
  /** Where in the guide, e.g. `sections[2].questions[0].competencyIdentifiers[1]`. */
  path: string;
  /** An i18n code. */
  code:
    | 'competency_unknown'
    | 'competency_not_covered'
    | 'duplicate_key'
    | 'key_invalid'
    | 'text_missing'
    | 'text_too_long'
    | 'too_many_sections'
    | 'too_many_questions';
  /** Errors block saving; warnings are shown (a guide may leave a competency out on purpose). */
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

const length = (text: string | undefined) => [...(text ?? '')].length;

/** Every issue of an edited guide: unknown competencies, keys, missing or over-long text, and uncovered competencies. */
export function validateGuide(guide: readonly GuideSection[], framework: FrameworkContent): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const error = (path: string, code: GuideIssue['code'], params?: GuideIssue['params']) =>
    issues.push({ path, code, severity: 'error', ...(params ? { params } : {}) });
  const competencies = new Map(
    framework.items.filter((i) => i.kind === 'competency').map((i) => [i.identifier.toLowerCase(), i]),
  );
  const covered = new Set<string>();
  const keys = new Set<string>();
  const checkKey = (path: string, key: string) => {
    if (!key.trim() || length(key) > GUIDE_LIMITS.keyLength) error(`${path}.key`, 'key_invalid');
    else if (keys.has(key)) error(`${path}.key`, 'duplicate_key', { key });
    keys.add(key);
  };
  const checkText = (path: string, da: string | undefined, en: string | undefined, required: boolean) => {
    if (required && !da?.trim() && !en?.trim()) error(path, 'text_missing');
    if (length(da) > GUIDE_LIMITS.textLength || length(en) > GUIDE_LIMITS.textLength) {
      error(path, 'text_too_long', { max: GUIDE_LIMITS.textLength });
    }
  };

  if (guide.length > GUIDE_LIMITS.sections) error('sections', 'too_many_sections', { max: GUIDE_LIMITS.sections });
  guide.forEach((section, s) => {
    const sectionPath = `sections[${s}]`;
    checkKey(sectionPath, section.key);
    checkText(`${sectionPath}.title`, section.titleDa, section.titleEn, true);
    if (section.questions.length > GUIDE_LIMITS.questionsPerSection) {
      error(`${sectionPath}.questions`, 'too_many_questions', { max: GUIDE_LIMITS.questionsPerSection });
    }
    section.questions.forEach((q, n) => {
      const path = `${sectionPath}.questions[${n}]`;
      checkKey(path, q.key);
      checkText(`${path}.text`, q.textDa, q.textEn, true);
      checkText(`${path}.probe`, q.probeDa, q.probeEn, false);
      q.competencyIdentifiers.forEach((identifier, c) => {
        if (competencies.has(identifier.toLowerCase())) covered.add(identifier.toLowerCase());
        else error(`${path}.competencyIdentifiers[${c}]`, 'competency_unknown', { identifier });
      });
    });
  });
  for (const [id, competency] of competencies) {
    if (!covered.has(id)) {
      issues.push({
        path: 'sections',
        code: 'competency_not_covered',
        severity: 'warning',
        params: { identifier: competency.identifier, code: competency.code },
      });
    }
  }
  return issues;
}
