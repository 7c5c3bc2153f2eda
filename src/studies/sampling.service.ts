/**
 * Sampling a study's participants: the confirmed first-line leaders of the organisations that accepted, grouped into
 * strata (organisation × area × tenure band), a target per stratum, a seeded random draw that is recorded so it can
 * be reproduced, and a replacement from the same stratum when someone declines.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { copenhagenToday } from '../organisations/leaders.service.js';
import { people } from '../organisations/organisations.schema.js';
import { unitAreasCte } from '../organisations/people.sql.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import {
  type Candidate,
  checkTargets,
  drawReplacement,
  drawSample,
  parseStratumKey,
  proportionalTargets,
  type Stratum,
  stratify,
} from './sampling.model.js';
import { studies, studyOrganisations, studyParticipants, studyStrata } from './studies.schema.js';
import { findRunnableStudy, findStudy, type StudyRow } from './study-access.js';

interface CandidateRow extends Candidate {
  areaName: string | null;
}

/** Whole years from `since` (yyyy-mm-dd) to `today` (yyyy-mm-dd), as the Danish calendar counts them. */
export function wholeYears(since: string, today: string): number {
  const [y1, m1, d1] = since.split('-').map(Number);
  const [y2, m2, d2] = today.split('-').map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

/** Confirmed, active first-line leaders of the organisations that accepted, with their unit's area. */
export async function candidatesOf(db: DbOrTx, studyId: string): Promise<CandidateRow[]> {
  const accepted = await db
    .select({ orgId: studyOrganisations.orgId })
    .from(studyOrganisations)
    .where(and(eq(studyOrganisations.studyId, studyId), eq(studyOrganisations.status, 'accepted')));
  const today = copenhagenToday();
  const out: CandidateRow[] = [];
  for (const { orgId } of accepted) {
    const result = await db.execute(sql`
      with recursive ${unitAreasCte(orgId)}
      select p.id as person_id, a.key as area_key, a.name as area_name, p.leader_since::text as leader_since
      from people p
      left join unit_areas ua on ua.id = p.unit_id
      left join org_areas a on a.id = ua.area_id
      where p.org_id = ${orgId} and p.status = 'active' and p.leader_decision = 'confirmed'`);
    const rows = ((result as { rows?: unknown[] }).rows ?? result) as {
      person_id: string;
      area_key: string | null;
      area_name: string | null;
      leader_since: string | null;
    }[];
    for (const r of rows) {
      out.push({
        personId: r.person_id,
        orgId,
        area: r.area_key,
        areaName: r.area_name,
        tenureYears: r.leader_since ? wholeYears(r.leader_since, today) : null,
      });
    }
  }
  return out;
}

export interface StratumView {
  key: string;
  orgId: string;
  orgName: string;
  area: string | null;
  areaName: string | null;
  band: string | null;
  size: number;
  target: number;
  drawn: number;
  declined: number;
}

export interface SamplingView {
  seed: string | null;
  candidateCount: number;
  strata: StratumView[];
  /** Stored targets whose stratum no longer exists (the study's split or the org charts changed). */
  staleKeys: string[];
}

async function view(db: DbOrTx, study: StudyRow): Promise<SamplingView> {
  const candidates = await candidatesOf(db, study.id);
  const strata = stratify(candidates, { byArea: study.byArea, byTenure: study.byTenure });
  const stored = await db.select().from(studyStrata).where(eq(studyStrata.studyId, study.id));
  const targets = new Map(stored.map((s) => [s.key, s.target]));
  const counts = await db
    .select({
      key: studyParticipants.stratumKey,
      drawn: sql<number>`count(*) filter (where ${studyParticipants.status} not in ('declined','withdrawn'))::int`,
      declined: sql<number>`count(*) filter (where ${studyParticipants.status} in ('declined','withdrawn'))::int`,
    })
    .from(studyParticipants)
    .where(eq(studyParticipants.studyId, study.id))
    .groupBy(studyParticipants.stratumKey);
  const countOf = new Map(counts.map((c) => [c.key, c]));
  const orgIds = [...new Set(strata.map((s) => s.orgId))];
  const names = new Map(
    (orgIds.length
      ? await db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, orgIds))
      : []
    ).map((o) => [o.id, o.name]),
  );
  const areaNames = new Map(candidates.map((c) => [`${c.orgId}|${c.area}`, c.areaName]));
  return {
    seed: study.samplingSeed,
    candidateCount: candidates.length,
    strata: strata.map((s: Stratum) => ({
      key: s.key,
      orgId: s.orgId,
      orgName: names.get(s.orgId) ?? '',
      area: s.area ?? null,
      areaName: s.area === undefined ? null : (areaNames.get(`${s.orgId}|${s.area}`) ?? null),
      band: s.band ?? null,
      size: s.size,
      target: targets.get(s.key) ?? 0,
      drawn: Number(countOf.get(s.key)?.drawn ?? 0),
      declined: Number(countOf.get(s.key)?.declined ?? 0),
    })),
    staleKeys: stored.filter((s) => !strata.some((x) => x.key === s.key)).map((s) => s.key),
  };
}

export async function getSampling(ctx: AppContext, studyId: string): Promise<SamplingView> {
  const { study, runner } = await findStudy(ctx, studyId);
  if (!runner) throw new Problem(403, 'forbidden');
  return view(ctx.db, study);
}

/** Sets the targets: a total spread in proportion to stratum sizes, or a number per stratum. */
export async function setTargets(
  ctx: AppContext,
  studyId: string,
  input: { total?: number; targets?: { key: string; target: number }[] },
): Promise<SamplingView> {
  return ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'sampling');
    const candidates = await candidatesOf(tx, study.id);
    const strata = stratify(candidates, { byArea: study.byArea, byTenure: study.byTenure });
    let targets: Map<string, number>;
    if (input.total !== undefined) {
      targets = proportionalTargets(strata, input.total);
    } else {
      const requested = new Map((input.targets ?? []).map((t) => [t.key, t.target]));
      const checked = checkTargets(strata, requested);
      const unknown = (input.targets ?? []).find((t) => !parseStratumKey(t.key) || checked.unknownKeys.includes(t.key));
      if (unknown) throw new Problem(400, 'stratum_unknown', { key: unknown.key });
      targets = checked.targets;
    }
    await tx.delete(studyStrata).where(eq(studyStrata.studyId, study.id));
    const rows = strata.map((s) => ({
      studyId: study.id,
      key: s.key,
      orgId: s.orgId,
      area: s.area ?? null,
      band: s.band ?? 'all',
      size: s.size,
      target: targets.get(s.key) ?? 0,
    }));
    if (rows.length) await tx.insert(studyStrata).values(rows);
    return view(tx, study);
  });
}

/**
 * Draws the sample with a fresh seed. Redrawing is allowed until someone has been invited: it replaces the drawn
 * participants. The seed is stored, so the same candidates and seed give the same sample again.
 */
export async function drawStudySample(ctx: AppContext, studyId: string): Promise<SamplingView> {
  return ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'sampling');
    const [contacted] = await tx
      .select({ id: studyParticipants.id })
      .from(studyParticipants)
      .where(and(eq(studyParticipants.studyId, study.id), sql`${studyParticipants.status} <> 'drawn'`))
      .limit(1);
    if (contacted) throw new Problem(409, 'sample_already_invited');
    const candidates = await candidatesOf(tx, study.id);
    const stored = await tx.select().from(studyStrata).where(eq(studyStrata.studyId, study.id));
    const targets = new Map(stored.map((s) => [s.key, s.target]));
    if ([...targets.values()].every((t) => t === 0)) throw new Problem(409, 'sample_no_targets');
    const seed = randomBytes(12).toString('base64url');
    const drawn = drawSample(candidates, targets, seed, { byArea: study.byArea, byTenure: study.byTenure });
    const orgOf = new Map(candidates.map((c) => [c.personId, c.orgId]));
    await tx.delete(studyParticipants).where(eq(studyParticipants.studyId, study.id));
    if (drawn.length) {
      await tx.insert(studyParticipants).values(
        drawn.map((d) => ({
          studyId: study.id,
          orgId: orgOf.get(d.personId) as string,
          personId: d.personId,
          stratumKey: d.stratumKey,
          drawOrder: d.drawOrder,
        })),
      );
    }
    const frame: Candidate[] = candidates.map(({ personId, orgId, area, tenureYears }) => ({
      personId,
      orgId,
      area,
      tenureYears,
    }));
    await tx
      .update(studies)
      .set({ samplingSeed: seed, samplingFrame: frame, updatedAt: new Date() })
      .where(eq(studies.id, study.id));
    await recordAudit(
      ctx,
      { action: 'study.sample_drawn', entityType: 'study', entityId: study.id, details: { seed, count: drawn.length } },
      tx,
    );
    return view(tx, { ...study, samplingSeed: seed });
  });
}

/** Marks a participant as declined and draws the next person of the same stratum in the recorded order. */
export async function replaceParticipant(
  ctx: AppContext,
  studyId: string,
  participantId: string,
): Promise<{
  replacedId: string;
  replacement: { id: string; stratumKey: string; drawOrder: number; pseudonym: string } | null;
}> {
  return ctx.db.transaction(async (tx) => {
    const study = await findRunnableStudy(ctx, tx, studyId, 'sampling');
    const [participant] = await tx
      .select()
      .from(studyParticipants)
      .where(and(eq(studyParticipants.id, participantId), eq(studyParticipants.studyId, study.id)))
      .for('update');
    if (!participant) throw new Problem(404, 'not_found');
    if (['interviewed', 'surveyed'].includes(participant.status)) throw new Problem(409, 'participant_has_data');
    const [existing] = await tx
      .select({ id: studyParticipants.id })
      .from(studyParticipants)
      .where(eq(studyParticipants.replacesId, participant.id));
    if (existing) throw new Problem(409, 'participant_already_replaced');
    if (participant.status !== 'declined' && participant.status !== 'withdrawn') {
      await tx
        .update(studyParticipants)
        .set({ status: 'declined', declinedAt: new Date(), updatedAt: new Date() })
        .where(eq(studyParticipants.id, participant.id));
    }
    const everyone = await tx
      .select({ personId: studyParticipants.personId })
      .from(studyParticipants)
      .where(eq(studyParticipants.studyId, study.id));
    // Continue the reserve order of the draw (its frame), skipping anyone who is no longer a confirmed leader of an
    // accepting organisation.
    const eligible = new Set((await candidatesOf(tx, study.id)).map((c) => c.personId));
    const frame = study.samplingFrame ?? [];
    const skipped = new Set(everyone.map((p) => p.personId));
    let next = drawReplacement(frame, skipped, participant.stratumKey, study.samplingSeed ?? '');
    while (next && !eligible.has(next.personId)) {
      skipped.add(next.personId);
      next = drawReplacement(frame, skipped, participant.stratumKey, study.samplingSeed ?? '');
    }
    let replacement: { id: string; stratumKey: string; drawOrder: number; pseudonym: string } | null = null;
    if (next) {
      const [row] = await tx
        .insert(studyParticipants)
        .values({
          studyId: study.id,
          orgId: participant.orgId,
          personId: next.personId,
          stratumKey: next.stratumKey,
          drawOrder: next.drawOrder,
          replacesId: participant.id,
        })
        .returning({ id: studyParticipants.id });
      const [person] = await tx
        .select({ pseudonym: people.pseudonym })
        .from(people)
        .where(eq(people.id, next.personId));
      replacement = { id: row.id, stratumKey: next.stratumKey, drawOrder: next.drawOrder, pseudonym: person.pseudonym };
    }
    await recordAudit(
      ctx,
      {
        action: 'study.participant_replaced',
        entityType: 'study',
        entityId: study.id,
        details: { participantId: participant.id, replacementId: replacement?.id ?? null },
      },
      tx,
    );
    return { replacedId: participant.id, replacement };
  });
}
