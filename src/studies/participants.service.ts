/**
 * The participant list. The study team sees every participant by pseudonym (with organisation, area and tenure band);
 * a participating organisation's admins and HR see only their own people, by name as well, since they hold those
 * names already. Reads that show names are audit-logged.
 */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
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
    })
    .from(studyParticipants)
    .innerJoin(people, eq(people.id, studyParticipants.personId))
    .innerJoin(organisations, eq(organisations.id, studyParticipants.orgId))
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
      band: parts?.band ?? null,
      status: r.participant.status,
      drawOrder: r.participant.drawOrder,
      replacesId: r.participant.replacesId,
      invitedAt: r.participant.invitedAt?.toISOString() ?? null,
      consentAt: r.participant.consentAt?.toISOString() ?? null,
    };
  });
}
