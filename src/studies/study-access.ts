/**
 * Who may see and change a study. The running organisation's admins and analysts run it; the admins and HR of a
 * participating organisation (invited or accepted) see it and their own people in it, never the other
 * organisations' people. Anyone else gets 404, as if the study did not exist.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { studies, studyOrganisations } from './studies.schema.js';
import { assertChange, type ChangeKind } from './study-status.model.js';

export type StudyRow = typeof studies.$inferSelect;

export const RUNNER_ROLES = ['admin', 'analyst'] as const;
export const PARTICIPANT_ROLES = ['admin', 'hr'] as const;

export interface StudyAccess {
  study: StudyRow;
  /** The caller is an admin or analyst of the organisation running the study. */
  runner: boolean;
  /** The caller's organisation takes part (invited or accepted), and the caller is its admin or HR. */
  participantOrgId: string | null;
}

/** The status as the reader calls it ("kladde", "rekruttering" …), for messages. */
export const statusName = (ctx: AppContext, status: string) => ctx.t(`studies.statuses.${status}`);

const has = (roles: readonly string[], role: string | undefined) => role !== undefined && roles.includes(role);

export async function findStudy(
  ctx: AppContext,
  id: string,
  options: { db?: DbOrTx; forUpdate?: boolean } = {},
): Promise<StudyAccess> {
  const db = options.db ?? ctx.db;
  const tenant = ctx.tenant;
  if (!tenant) throw new Problem(404, 'not_found');
  const query = db.select().from(studies).where(eq(studies.id, id));
  const [study] = options.forUpdate ? await query.for('update') : await query;
  if (!study) throw new Problem(404, 'not_found');
  const runner = study.orgId === tenant.orgId && has(RUNNER_ROLES, tenant.role);
  let participantOrgId: string | null = null;
  if (has(PARTICIPANT_ROLES, tenant.role)) {
    const [taking] = await db
      .select({ status: studyOrganisations.status })
      .from(studyOrganisations)
      .where(and(eq(studyOrganisations.studyId, id), eq(studyOrganisations.orgId, tenant.orgId)));
    if (taking && taking.status !== 'declined') participantOrgId = tenant.orgId;
  }
  if (!runner && !participantOrgId) throw new Problem(404, 'not_found');
  return { study, runner, participantOrgId };
}

/** A study the caller runs, locked for the transaction, whose status allows this kind of change. */
export async function findRunnableStudy(
  ctx: AppContext,
  tx: DbOrTx,
  id: string,
  change: ChangeKind,
): Promise<StudyRow> {
  const access = await findStudy(ctx, id, { db: tx, forUpdate: true });
  if (!access.runner) throw new Problem(403, 'forbidden');
  const refused = assertChange(access.study.status as never, change);
  if (refused) throw new Problem(409, refused, { status: statusName(ctx, access.study.status) });
  return access.study;
}
