/**
 * The self-assessment through the personal link: one page per domain, answers saved as they are given and resumable
 * from the link, then submitted. In an anonymous study the answers are kept with the participant's stratum only and
 * found again through a key derived from the link, which the server does not store.
 */
import { and, eq, sql } from 'drizzle-orm';
import { grantedContent } from '../frameworks/framework-store.js';
import type { FrameworkContent } from '../frameworks/frameworks.model.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { findByLink, type ParticipantRow, requireStep, resumeKey, type StudyRow } from './participation-link.js';
import { parseStratumKey } from './sampling.model.js';
import { studyParticipants, surveyAnswers, surveyResponses } from './studies.schema.js';
import { type Answer, progress, type SurveyPage, surveyPages, validateAnswer } from './survey.model.js';

/** The answer field each problem is about, so the form can mark it. */
const ANSWER_FIELD: Record<string, string> = {
  competency_unknown: 'itemIdentifier',
  current_level_not_on_scale: 'currentLevel',
  needed_level_not_on_scale: 'neededLevel',
  importance_out_of_range: 'importance',
  comment_too_long: 'comment',
};

export interface SurveyView {
  anonymous: boolean;
  pages: SurveyPage[];
  scale: FrameworkContent['scale'];
  answers: Answer[];
  progress: ReturnType<typeof progress>;
  submittedAt: string | null;
}

async function frameworkOf(db: DbOrTx, study: StudyRow): Promise<FrameworkContent> {
  // The study grants its participants and team a read of the version it pins.
  return grantedContent(db, study.frameworkVersionId);
}

const responseWhere = (token: string, participant: ParticipantRow, study: StudyRow) =>
  study.answerMode === 'anonymous'
    ? eq(surveyResponses.resumeHash, resumeKey(token))
    : eq(surveyResponses.participantId, participant.id);

async function answersOf(db: DbOrTx, responseId: string | undefined): Promise<Answer[]> {
  if (!responseId) return [];
  const rows = await db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, responseId));
  return rows.map((r) => ({
    itemIdentifier: r.itemIdentifier,
    currentLevel: r.currentLevel,
    neededLevel: r.neededLevel,
    importance: r.importance as Answer['importance'],
    comment: r.comment,
  }));
}

export async function getSurvey(ctx: AppContext, token: string): Promise<SurveyView> {
  const found = await findByLink(ctx.db, token);
  // Reading one's own answers stays possible after collection ends; only consent is needed.
  if (!found.participant.consentAt) throw new Problem(409, 'consent_required');
  const content = await frameworkOf(ctx.db, found.study);
  const pages = surveyPages(content);
  const [response] = await ctx.db
    .select()
    .from(surveyResponses)
    .where(responseWhere(token, found.participant, found.study));
  const answers = await answersOf(ctx.db, response?.id);
  return {
    anonymous: found.study.answerMode === 'anonymous',
    pages,
    scale: content.scale,
    answers,
    progress: progress(pages, answers),
    submittedAt: response?.submittedAt?.toISOString() ?? null,
  };
}

/**
 * Saves answers (any number, any page). Each is checked against the framework and its scale first; one bad answer
 * refuses the whole save with every problem listed, so nothing is half-saved. Saving the same answers twice (a
 * double-submitted form) leaves one row per competency.
 */
export async function saveAnswers(ctx: AppContext, token: string, answers: Answer[]): Promise<SurveyView> {
  await ctx.db.transaction(async (tx) => {
    const found = await findByLink(tx, token, { forUpdate: true });
    requireStep(ctx, found, 'survey_answers');
    const { participant, study } = found;
    const content = await frameworkOf(tx, study);
    const errors = answers.flatMap((answer, index) =>
      validateAnswer(answer, content).map((code) => ({
        path: `answers[${index}]${ANSWER_FIELD[code] ? `.${ANSWER_FIELD[code]}` : ''}`,
        message: ctx.t(`studies.answer_issues.${code}`, { max: content.scale.at(-1)?.level ?? 5 }),
      })),
    );
    if (errors.length > 0) throw new Problem(400, 'survey_answer_invalid', {}, errors);
    let [response] = await tx
      .select()
      .from(surveyResponses)
      .where(responseWhere(token, participant, study));
    if (response?.submittedAt) throw new Problem(409, 'survey_already_submitted');
    if (!response) {
      const parts = parseStratumKey(participant.stratumKey);
      [response] = await tx
        .insert(surveyResponses)
        .values({
          studyId: study.id,
          participantId: study.answerMode === 'anonymous' ? null : participant.id,
          resumeHash: study.answerMode === 'anonymous' ? resumeKey(token) : null,
          orgId: participant.orgId,
          area: parts?.area ?? null,
          band: parts?.band ?? 'unknown',
        })
        .returning();
    }
    for (const answer of answers) {
      const values = {
        currentLevel: answer.currentLevel,
        neededLevel: answer.neededLevel,
        importance: answer.importance,
        comment: answer.comment.normalize('NFC').trim(),
        updatedAt: new Date(),
      };
      await tx
        .insert(surveyAnswers)
        .values({ responseId: response.id, itemIdentifier: answer.itemIdentifier.toLowerCase(), ...values })
        .onConflictDoUpdate({ target: [surveyAnswers.responseId, surveyAnswers.itemIdentifier], set: values });
    }
    await tx.update(surveyResponses).set({ updatedAt: new Date() }).where(eq(surveyResponses.id, response.id));
  });
  return getSurvey(ctx, token);
}

/** Submits the self-assessment; submitting again changes nothing. */
export async function submitSurvey(ctx: AppContext, token: string): Promise<SurveyView> {
  await ctx.db.transaction(async (tx) => {
    const found = await findByLink(tx, token, { forUpdate: true });
    requireStep(ctx, found, 'survey_answers');
    const { participant, study } = found;
    const [response] = await tx
      .select()
      .from(surveyResponses)
      .where(responseWhere(token, participant, study));
    if (!response) throw new Problem(409, 'survey_empty');
    if (response.submittedAt) return;
    await tx.update(surveyResponses).set({ submittedAt: new Date() }).where(eq(surveyResponses.id, response.id));
    // An interview already held keeps its status; otherwise the participant has now answered instead.
    await tx
      .update(studyParticipants)
      .set({ status: 'surveyed', updatedAt: new Date() })
      .where(and(eq(studyParticipants.id, participant.id), sql`${studyParticipants.status} in ('drawn','invited')`));
    await recordAudit(ctx, { action: 'study.survey_submitted', entityType: 'study', entityId: study.id }, tx);
  });
  return getSurvey(ctx, token);
}
