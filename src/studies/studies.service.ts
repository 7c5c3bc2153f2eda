/**
 * Needs studies: create and configure a study, invite the organisations that take part (each one's admin or HR
 * accepts), name the team, and move the study through its statuses.
 */
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { findVersion, findVersionGranted } from '../frameworks/framework-store.js';
import { memberships, organisations, users } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { studies, studyOrganisations, studyParticipants, studyTeam } from './studies.schema.js';
import { findRunnableStudy, findStudy, RUNNER_ROLES, type StudyRow, statusName } from './study-access.js';
import { canTransition, type StudyStatus } from './study-status.model.js';

export interface StudySettings {
  title: string;
  purpose?: string;
  frameworkVersionId: string;
  answerMode?: 'identified' | 'anonymous';
  retentionMonths?: number;
  contactName?: string;
  contactEmail?: string;
  byArea?: boolean;
  byTenure?: boolean;
}

export interface StudySummary {
  id: string;
  title: string;
  status: StudyStatus;
  runnerName: string;
  /** 'runner': the caller's organisation runs it; 'participant': it takes part. */
  relation: 'runner' | 'participant';
  participation: 'invited' | 'accepted' | 'declined' | null;
  participantCount: number;
  createdAt: string;
}

export async function listStudies(ctx: AppContext): Promise<StudySummary[]> {
  const { orgId, role } = requireTenant(ctx);
  const runs = (RUNNER_ROLES as readonly string[]).includes(role);
  const takesPart = role === 'admin' || role === 'hr';
  const participation = sql<string | null>`(select so.status from study_organisations so
    where so.study_id = studies.id and so.org_id = ${orgId})`;
  const participantCount = sql<number>`(select count(*)::int from study_participants p
    where p.study_id = studies.id and p.status <> 'declined')`;
  const rows = await ctx.db
    .select({ study: studies, runnerName: organisations.name, participation, participantCount })
    .from(studies)
    .innerJoin(organisations, eq(organisations.id, studies.orgId))
    .where(
      or(
        runs ? eq(studies.orgId, orgId) : sql`false`,
        takesPart
          ? sql`exists (select 1 from study_organisations so where so.study_id = studies.id
              and so.org_id = ${orgId} and so.status <> 'declined')`
          : sql`false`,
      ),
    )
    .orderBy(sql`${studies.createdAt} desc`);
  return rows.map((r) => ({
    id: r.study.id,
    title: r.study.title,
    status: r.study.status as StudyStatus,
    runnerName: r.runnerName,
    relation: r.study.orgId === orgId && runs ? 'runner' : 'participant',
    participation: (r.participation as StudySummary['participation']) ?? null,
    participantCount: Number(r.participantCount),
    createdAt: r.study.createdAt.toISOString(),
  }));
}

export interface StudyDetail {
  id: string;
  title: string;
  purpose: string;
  status: StudyStatus;
  runnerOrgId: string;
  runnerName: string;
  frameworkVersionId: string;
  frameworkId: string;
  frameworkTitle: string;
  frameworkVersionNumber: number;
  answerMode: 'identified' | 'anonymous';
  retentionMonths: number;
  contactName: string;
  contactEmail: string;
  byArea: boolean;
  byTenure: boolean;
  samplingSeed: string | null;
  canManage: boolean;
  organisations: { orgId: string; name: string; kind: string; status: string; respondedAt: string | null }[];
  team: { userId: string; name: string; email: string; role: string }[];
  participantsByStatus: Record<string, number>;
}

export async function getStudy(ctx: AppContext, id: string, db: DbOrTx = ctx.db): Promise<StudyDetail> {
  const { study, runner, participantOrgId } = await findStudy(ctx, id, { db });
  // The study grants its participants a read of the version it pins.
  const { framework, version } = await findVersionGranted(db, study.frameworkVersionId);
  const [runnerOrg] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, study.orgId));
  const orgs = await db
    .select({
      orgId: studyOrganisations.orgId,
      name: organisations.name,
      kind: organisations.kind,
      status: studyOrganisations.status,
      respondedAt: studyOrganisations.respondedAt,
    })
    .from(studyOrganisations)
    .innerJoin(organisations, eq(organisations.id, studyOrganisations.orgId))
    .where(eq(studyOrganisations.studyId, id))
    .orderBy(asc(organisations.name));
  const team = runner
    ? await db
        .select({ userId: studyTeam.userId, name: users.name, email: users.email, role: studyTeam.role })
        .from(studyTeam)
        .innerJoin(users, eq(users.id, studyTeam.userId))
        .where(eq(studyTeam.studyId, id))
        .orderBy(asc(users.name))
    : [];
  const counts = await db
    .select({ status: studyParticipants.status, n: sql<number>`count(*)::int` })
    .from(studyParticipants)
    .where(
      and(
        eq(studyParticipants.studyId, id),
        participantOrgId && !runner ? eq(studyParticipants.orgId, participantOrgId) : undefined,
      ),
    )
    .groupBy(studyParticipants.status);
  return {
    id: study.id,
    title: study.title,
    purpose: study.purpose,
    status: study.status as StudyStatus,
    runnerOrgId: study.orgId,
    runnerName: runnerOrg?.name ?? '',
    frameworkVersionId: version.id,
    frameworkId: framework.id,
    frameworkTitle: version.titleDa || version.titleEn,
    frameworkVersionNumber: version.number,
    answerMode: study.answerMode as StudyDetail['answerMode'],
    retentionMonths: study.retentionMonths,
    contactName: study.contactName,
    contactEmail: study.contactEmail,
    byArea: study.byArea,
    byTenure: study.byTenure,
    samplingSeed: runner ? study.samplingSeed : null,
    canManage: runner,
    // A participating organisation sees who runs the study and itself, not which others take part.
    organisations: runner ? orgs.map(isoResponded) : orgs.filter((o) => o.orgId === participantOrgId).map(isoResponded),
    team,
    participantsByStatus: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

const isoResponded = <T extends { respondedAt: Date | null }>(o: T) => ({
  ...o,
  respondedAt: o.respondedAt?.toISOString() ?? null,
});

const clean = (s: string | undefined) => (s === undefined ? undefined : s.normalize('NFC').trim());

async function checkVersion(ctx: AppContext, db: DbOrTx, versionId: string): Promise<void> {
  const { version } = await findVersion(ctx, versionId, { db });
  if (version.status !== 'published') throw new Problem(409, 'study_needs_published_version');
}

export async function createStudy(ctx: AppContext, input: StudySettings): Promise<StudyDetail> {
  const { orgId, role } = requireTenant(ctx);
  if (!(RUNNER_ROLES as readonly string[]).includes(role)) throw new Problem(403, 'forbidden');
  const id = await ctx.db.transaction(async (tx) => {
    await checkVersion(ctx, tx, input.frameworkVersionId);
    const [study] = await tx
      .insert(studies)
      .values({
        orgId,
        title: clean(input.title) as string,
        purpose: clean(input.purpose) ?? '',
        frameworkVersionId: input.frameworkVersionId,
        answerMode: input.answerMode ?? 'identified',
        retentionMonths: input.retentionMonths ?? 24,
        contactName: clean(input.contactName) ?? ctx.user?.name ?? '',
        contactEmail: clean(input.contactEmail) ?? ctx.user?.email ?? '',
        byArea: input.byArea ?? true,
        byTenure: input.byTenure ?? true,
        createdBy: ctx.user?.id ?? null,
      })
      .returning({ id: studies.id });
    if (ctx.user) await tx.insert(studyTeam).values({ studyId: study.id, userId: ctx.user.id, role: 'lead' });
    await recordAudit(ctx, { action: 'study.created', entityType: 'study', entityId: study.id }, tx);
    return study.id;
  });
  return getStudy(ctx, id);
}

export async function updateStudy(ctx: AppContext, id: string, input: Partial<StudySettings>): Promise<StudyDetail> {
  await ctx.db.transaction(async (tx) => {
    await findRunnableStudy(ctx, tx, id, 'settings');
    if (input.frameworkVersionId) await checkVersion(ctx, tx, input.frameworkVersionId);
    await tx
      .update(studies)
      .set({
        title: clean(input.title),
        purpose: clean(input.purpose),
        frameworkVersionId: input.frameworkVersionId,
        answerMode: input.answerMode,
        retentionMonths: input.retentionMonths,
        contactName: clean(input.contactName),
        contactEmail: clean(input.contactEmail),
        byArea: input.byArea,
        byTenure: input.byTenure,
        updatedAt: new Date(),
      })
      .where(eq(studies.id, id));
    await recordAudit(ctx, { action: 'study.updated', entityType: 'study', entityId: id }, tx);
  });
  return getStudy(ctx, id);
}

export async function changeStudyStatus(ctx: AppContext, id: string, status: StudyStatus): Promise<StudyDetail> {
  await ctx.db.transaction(async (tx) => {
    const { study, runner } = await findStudy(ctx, id, { db: tx, forUpdate: true });
    if (!runner) throw new Problem(403, 'forbidden');
    if (!canTransition(study.status as StudyStatus, status)) {
      throw new Problem(409, 'study_status_transition', {
        from: statusName(ctx, study.status),
        to: statusName(ctx, status),
      });
    }
    if (status === 'recruiting') await requireAcceptedOrganisation(tx, id);
    await tx.update(studies).set({ status, updatedAt: new Date() }).where(eq(studies.id, id));
    await recordAudit(
      ctx,
      {
        action: 'study.status_changed',
        entityType: 'study',
        entityId: id,
        details: { from: study.status, to: status },
      },
      tx,
    );
  });
  return getStudy(ctx, id);
}

async function requireAcceptedOrganisation(db: DbOrTx, studyId: string): Promise<void> {
  const [accepted] = await db
    .select({ orgId: studyOrganisations.orgId })
    .from(studyOrganisations)
    .where(and(eq(studyOrganisations.studyId, studyId), eq(studyOrganisations.status, 'accepted')))
    .limit(1);
  if (!accepted) throw new Problem(409, 'study_needs_accepted_organisation');
}

/** Invites an organisation to take part; its admins and HR see the invitation on their study list. */
export async function inviteOrganisation(ctx: AppContext, id: string, orgId: string): Promise<StudyDetail> {
  await ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, id, 'organisations');
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, orgId), inArray(organisations.kind, [...PARTICIPANT_KINDS])));
    if (!org) throw new Problem(404, 'not_found');
    await tx
      .insert(studyOrganisations)
      .values({ studyId: study.id, orgId })
      .onConflictDoUpdate({
        target: [studyOrganisations.studyId, studyOrganisations.orgId],
        set: { status: 'invited', invitedAt: new Date(), respondedAt: null, respondedBy: null },
        setWhere: sql`${studyOrganisations.status} = 'declined'`,
      });
    await recordAudit(
      ctx,
      { action: 'study.organisation_invited', entityType: 'study', entityId: id, details: { orgId } },
      tx,
    );
  });
  return getStudy(ctx, id);
}

export async function removeOrganisation(ctx: AppContext, id: string, orgId: string): Promise<StudyDetail> {
  await ctx.db.transaction(async (tx) => {
    await findRunnableStudy(ctx, tx, id, 'organisations');
    const [drawn] = await tx
      .select({ id: studyParticipants.id })
      .from(studyParticipants)
      .where(and(eq(studyParticipants.studyId, id), eq(studyParticipants.orgId, orgId)))
      .limit(1);
    if (drawn) throw new Problem(409, 'study_organisation_has_participants');
    await tx
      .delete(studyOrganisations)
      .where(and(eq(studyOrganisations.studyId, id), eq(studyOrganisations.orgId, orgId)));
  });
  return getStudy(ctx, id);
}

/** The caller's organisation (its admin or HR) accepts or declines taking part. */
export async function respondToStudy(
  ctx: AppContext,
  id: string,
  accept: boolean,
): Promise<{ studyId: string; participation: 'accepted' | 'declined' }> {
  const { orgId, role } = requireTenant(ctx);
  if (role !== 'admin' && role !== 'hr') throw new Problem(403, 'forbidden');
  await ctx.db.transaction(async (tx) => {
    const { study } = await findStudy(ctx, id, { db: tx, forUpdate: true });
    const [row] = await tx
      .select()
      .from(studyOrganisations)
      .where(and(eq(studyOrganisations.studyId, id), eq(studyOrganisations.orgId, orgId)));
    if (!row) throw new Problem(404, 'not_found');
    if (!accept && row.status === 'accepted') {
      const [drawn] = await tx
        .select({ id: studyParticipants.id })
        .from(studyParticipants)
        .where(and(eq(studyParticipants.studyId, id), eq(studyParticipants.orgId, orgId)))
        .limit(1);
      if (drawn) throw new Problem(409, 'study_organisation_has_participants');
    }
    if (study.status === 'closed') {
      throw new Problem(409, 'study_status_forbids', { status: statusName(ctx, study.status) });
    }
    await tx
      .update(studyOrganisations)
      .set({ status: accept ? 'accepted' : 'declined', respondedAt: new Date(), respondedBy: ctx.user?.id ?? null })
      .where(and(eq(studyOrganisations.studyId, id), eq(studyOrganisations.orgId, orgId)));
    await recordAudit(
      ctx,
      { action: accept ? 'study.accepted' : 'study.declined', entityType: 'study', entityId: id, orgId },
      tx,
    );
  });
  // After declining, the study is no longer visible to the organisation: answer with the decision only.
  return { studyId: id, participation: accept ? 'accepted' : 'declined' };
}

/** Replaces the team; members must belong to the running organisation; the caller stays on it. */
export async function setStudyTeam(
  ctx: AppContext,
  id: string,
  members: { userId: string; role: 'lead' | 'analyst' | 'interviewer' }[],
): Promise<StudyDetail> {
  await ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, id, 'team');
    const ids = [...new Set(members.map((m) => m.userId))];
    const valid = ids.length
      ? await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.orgId, study.orgId), inArray(memberships.userId, ids)))
      : [];
    const known = new Set(valid.map((v) => v.userId));
    const stranger = ids.find((u) => !known.has(u));
    if (stranger) throw new Problem(400, 'study_team_not_member', { userId: stranger });
    await tx.delete(studyTeam).where(and(eq(studyTeam.studyId, id), ne(studyTeam.userId, ctx.user?.id ?? id)));
    const rows = members.filter((m) => m.userId !== ctx.user?.id);
    if (rows.length)
      await tx.insert(studyTeam).values(rows.map((m) => ({ studyId: id, userId: m.userId, role: m.role })));
  });
  return getStudy(ctx, id);
}

/** Members of the running organisation who can be put on the team (for admins and analysts running the study). */
export async function teamCandidates(ctx: AppContext, id: string) {
  const { study, runner } = await findStudy(ctx, id);
  if (!runner) throw new Problem(403, 'forbidden');
  return ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, study.orgId), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name));
}

/** The employers whose leaders a study can sample; only they are invited to take part. */
export const PARTICIPANT_KINDS = ['municipality', 'region', 'state_agency'] as const;

/**
 * Public employers a study may invite, by name. Deliberately across tenants: the names of municipalities, regions
 * and state agencies are public; nothing else about them is listed.
 */
export async function organisationDirectory(ctx: AppContext, q: string | undefined) {
  requireTenant(ctx);
  const term = q?.trim() ?? '';
  return ctx.db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(
      and(
        inArray(organisations.kind, [...PARTICIPANT_KINDS]),
        term ? sql`${organisations.name} ilike ${`%${term.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(50);
}

export type { StudyRow };
