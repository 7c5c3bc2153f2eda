/**
 * The study's interview guide: the default one made from the pinned framework until the team edits it, checked
 * against the framework on every save, and a printable page for the interviewer.
 */
import { eq } from 'drizzle-orm';
import { grantedContent } from '../frameworks/framework-store.js';
import type { FrameworkContent } from '../frameworks/frameworks.model.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { defaultGuide, type GuideIssue, type GuideSection, validateGuide } from './interview-guide.model.js';
import { studyGuides } from './studies.schema.js';
import { findRunnableStudy, findStudy, type StudyRow } from './study-access.js';

export interface GuideView {
  sections: GuideSection[];
  /** True while the team has not edited the guide: it is the framework's default. */
  isDefault: boolean;
  issues: (GuideIssue & { message: string })[];
  studyTitle: string;
}

async function frameworkOf(db: DbOrTx, study: StudyRow): Promise<FrameworkContent> {
  // The study grants its participants and team a read of the version it pins.
  return grantedContent(db, study.frameworkVersionId);
}

const withMessages = (ctx: AppContext, issues: GuideIssue[]) =>
  issues.map((i) => ({ ...i, message: ctx.t(`studies.guide_issues.${i.code}`, i.params ?? {}) }));

export async function getGuide(ctx: AppContext, studyId: string): Promise<GuideView> {
  const { study, runner } = await findStudy(ctx, studyId);
  if (!runner) throw new Problem(403, 'forbidden');
  const framework = await frameworkOf(ctx.db, study);
  const [stored] = await ctx.db.select().from(studyGuides).where(eq(studyGuides.studyId, study.id));
  const sections = (stored?.sections as GuideSection[] | undefined) ?? defaultGuide(framework);
  return {
    sections,
    isDefault: !stored,
    issues: withMessages(ctx, validateGuide(sections, framework)),
    studyTitle: study.title,
  };
}

/** Saves an edited guide; errors (unknown competencies, missing text …) refuse it, warnings are returned. */
export async function saveGuide(ctx: AppContext, studyId: string, sections: GuideSection[]): Promise<GuideView> {
  await ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'interview_guide');
    const issues = validateGuide(sections, await frameworkOf(tx, study));
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new Problem(
        400,
        'guide_invalid',
        {},
        withMessages(ctx, errors).map((e) => ({ path: e.path, message: e.message })),
      );
    }
    await tx
      .insert(studyGuides)
      .values({ studyId: study.id, sections })
      .onConflictDoUpdate({ target: studyGuides.studyId, set: { sections, updatedAt: new Date() } });
    await recordAudit(ctx, { action: 'study.guide_saved', entityType: 'study', entityId: study.id }, tx);
  });
  return getGuide(ctx, studyId);
}

/** Back to the framework's default guide. */
export async function resetGuide(ctx: AppContext, studyId: string): Promise<GuideView> {
  await ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'interview_guide');
    await tx.delete(studyGuides).where(eq(studyGuides.studyId, study.id));
  });
  return getGuide(ctx, studyId);
}
