/**
 * The participant list. The study team sees every participant by pseudonym (with organisation, area and tenure band);
 * a participating organisation's admins and HR see only their own people, by name as well, since they hold those
 * names already. Reads that show names are audit-logged.
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { orgAreas, people } from '../organisations/organisations.schema.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import { parseStratumKey } from './sampling.model.js';
import { studyParticipants } from './studies.schema.js';
import { findStudy } from './study-access.js';

export interface ParticipantView {
  id: string;
  pseudonym: string;
  /** Only for the person's own organisation's admins and HR. */
  name: string | null;
  orgId: string;
  orgName: string;
  area: string | null;
  /** The area's name in the person's organisation. */
  areaName: string | null;
  band: string | null;
  status: string;
  drawOrder: number;
  replacesId: string | null;
  invitedAt: string | null;
  consentAt: string | null;
}

export async function listParticipants(
  ctx: AppContext,
  studyId: string,
  filter: { status?: string } = {},
): Promise<ParticipantView[]> {
  const { study, runner, participantOrgId } = await findStudy(ctx, studyId);
  const conditions: (SQL | undefined)[] = [
    eq(studyParticipants.studyId, study.id),
    filter.status ? eq(studyParticipants.status, filter.status) : undefined,
    // A participating organisation that does not also run the study sees its own people only.
    !runner && participantOrgId ? eq(studyParticipants.orgId, participantOrgId) : undefined,
  ];
  const rows = await ctx.db
    .select({
      participant: studyParticipants,
      pseudonym: people.pseudonym,
      name: people.name,
      orgName: organisations.name,
      areaName: orgAreas.name,
    })
    .from(studyParticipants)
    .innerJoin(people, eq(people.id, studyParticipants.personId))
    .innerJoin(organisations, eq(organisations.id, studyParticipants.orgId))
    .leftJoin(
      orgAreas,
      and(
        eq(orgAreas.orgId, studyParticipants.orgId),
        eq(orgAreas.key, sql`${studyParticipants.stratumKey}::jsonb ->> 'area'`),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(organisations.name), asc(studyParticipants.stratumKey), asc(studyParticipants.drawOrder));
  const namesShown = rows.filter((r) => r.participant.orgId === participantOrgId);
  if (namesShown.length > 0) {
    await recordAudit(ctx, {
      action: 'study.participants_read',
      entityType: 'study',
      entityId: study.id,
      details: { names: namesShown.length },
    });
  }
  return rows.map((r) => {
    const parts = parseStratumKey(r.participant.stratumKey);
    return {
      id: r.participant.id,
      pseudonym: r.pseudonym,
      name: r.participant.orgId === participantOrgId ? r.name : null,
      orgId: r.participant.orgId,
      orgName: r.orgName,
      area: parts?.area ?? null,
      areaName: r.areaName ?? null,
      band: parts?.band ?? null,
      status: r.participant.status,
      drawOrder: r.participant.drawOrder,
      replacesId: r.participant.replacesId,
      invitedAt: r.participant.invitedAt?.toISOString() ?? null,
      consentAt: r.participant.consentAt?.toISOString() ?? null,
    };
  });
}

export interface StratumResponse {
  stratumKey: string;
  orgId: string;
  orgName: string;
  area: string | null;
  band: string | null;
  drawn: number;
  invited: number;
  booked: number;
  interviewed: number;
  surveyed: number;
  declined: number;
  /** Interviewed or answered, of those invited; null before anyone is invited. */
  responseRate: number | null;
}

/**
 * Live response rates per stratum. Counts only, no people: a participating organisation sees its own strata, the
 * team all of them.
 */
export async function responseRates(ctx: AppContext, studyId: string): Promise<StratumResponse[]> {
  const { study, runner, participantOrgId } = await findStudy(ctx, studyId);
  const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})::int`;
  const rows = await ctx.db
    .select({
      stratumKey: studyParticipants.stratumKey,
      orgId: studyParticipants.orgId,
      orgName: organisations.name,
      drawn: sql<number>`count(*)::int`,
      invited: count(sql`${studyParticipants.invitedAt} is not null`),
      booked: count(sql`${studyParticipants.status} = 'booked'`),
      interviewed: count(sql`${studyParticipants.status} = 'interviewed'`),
      surveyed: count(sql`${studyParticipants.status} = 'surveyed'`),
      declined: count(sql`${studyParticipants.status} in ('declined', 'withdrawn')`),
    })
    .from(studyParticipants)
    .innerJoin(organisations, eq(organisations.id, studyParticipants.orgId))
    .where(
      and(
        eq(studyParticipants.studyId, study.id),
        !runner && participantOrgId ? eq(studyParticipants.orgId, participantOrgId) : undefined,
      ),
    )
    .groupBy(studyParticipants.stratumKey, studyParticipants.orgId, organisations.name)
    .orderBy(asc(organisations.name), asc(studyParticipants.stratumKey));
  return rows.map((r) => {
    const parts = parseStratumKey(r.stratumKey);
    const responded = Number(r.interviewed) + Number(r.surveyed);
    const invited = Number(r.invited);
    return {
      stratumKey: r.stratumKey,
      orgId: r.orgId,
      orgName: r.orgName,
      area: parts?.area ?? null,
      band: parts?.band ?? null,
      drawn: Number(r.drawn),
      invited,
      booked: Number(r.booked),
      interviewed: Number(r.interviewed),
      surveyed: Number(r.surveyed),
      declined: Number(r.declined),
      responseRate: invited > 0 ? Math.round((responded / invited) * 1000) / 1000 : null,
    };
  });
}
