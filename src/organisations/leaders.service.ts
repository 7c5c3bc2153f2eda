/**
 * First-line leaders for HR: the suggestions detection made at the last import, HR's bulk decisions (which later
 * imports never undo), and counts by area and unit.
 */
import { and, asc, count, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditLog } from '../platform/audit/audit.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import { resolveUnitAreas } from './areas.service.js';
import { type Confidence, leaderTenure, type TenureBand } from './leaders.model.js';
import { orgAreas, orgUnits, people } from './organisations.schema.js';

export type LeaderStatusFilter = 'suggested' | 'confirmed' | 'rejected' | 'all';
export type Decision = 'confirmed' | 'rejected';

export interface LeaderQuery {
  status: LeaderStatusFilter;
  areaId?: string;
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface LeaderItem {
  personId: string;
  pseudonym: string;
  name: string;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  areaName: string | null;
  reportCount: number;
  confidence: Confidence | null;
  reasons: { code: string; params?: Record<string, unknown> }[];
  decision: Decision | null;
  leaderSince: string | null;
  tenureYears: number | null;
  tenureBand: TenureBand | null;
}

/** Today's date in Copenhagen, yyyy-mm-dd: tenure turns over at Danish midnight. */
export function copenhagenToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

const statusCondition: Record<LeaderStatusFilter, SQL> = {
  suggested: and(isNotNull(people.leaderSuggestion), isNull(people.leaderDecision))!,
  confirmed: eq(people.leaderDecision, 'confirmed'),
  rejected: eq(people.leaderDecision, 'rejected'),
  all: or(isNotNull(people.leaderSuggestion), isNotNull(people.leaderDecision))!,
};

const idsIn = (column: AnyPgColumn, ids: readonly string[]) =>
  sql`${column} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** A unit and every unit below it. */
function subtree(units: readonly { id: string; parentId: string | null }[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const found = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return [...found];
}

// Written out: drizzle leaves columns unqualified in a one-table select, which inside a subquery would bind to it.
const reportCount = sql<number>`(select count(*)::int from people r where r.org_id = people.org_id
  and r.manager_employee_id = people.employee_id and r.status = 'active')`;

export async function listLeaders(
  ctx: AppContext,
  query: LeaderQuery,
): Promise<{ items: LeaderItem[]; total: number }> {
  const { orgId } = requireTenant(ctx);
  const areas = await resolveUnitAreas(ctx.db, orgId);
  const where: SQL[] = [eq(people.orgId, orgId), eq(people.status, 'active'), statusCondition[query.status]];
  if (query.areaId) {
    const units = [...areas].filter(([, a]) => a.areaId === query.areaId).map(([id]) => id);
    where.push(idsIn(people.unitId, units));
  }
  if (query.unitId) {
    const units = await ctx.db
      .select({ id: orgUnits.id, parentId: orgUnits.parentId })
      .from(orgUnits)
      .where(eq(orgUnits.orgId, orgId));
    where.push(idsIn(people.unitId, units.some((u) => u.id === query.unitId) ? subtree(units, query.unitId) : []));
  }
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(
      or(
        ilike(people.name, like),
        ilike(people.pseudonym, like),
        ilike(people.employeeId, like),
        ilike(people.jobTitle, like),
      )!,
    );
  }
  const condition = and(...where);
  const [{ total }] = await ctx.db.select({ total: count() }).from(people).where(condition);
  const rows = await ctx.db
    .select({
      personId: people.id,
      pseudonym: people.pseudonym,
      name: people.name,
      jobTitle: people.jobTitle,
      unitId: people.unitId,
      unitName: orgUnits.name,
      reportCount,
      confidence: people.leaderConfidence,
      reasons: people.leaderReasons,
      decision: people.leaderDecision,
      leaderSince: people.leaderSince,
    })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(condition)
    .orderBy(asc(orgUnits.name), asc(people.name), asc(people.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const today = copenhagenToday();
  const items = rows.map((r): LeaderItem => {
    const tenure = leaderTenure(r.leaderSince, today);
    return {
      ...r,
      reportCount: Number(r.reportCount),
      areaName: r.unitId ? (areas.get(r.unitId)?.areaName ?? null) : null,
      confidence: (r.confidence as Confidence | null) ?? null,
      reasons: r.reasons ?? [],
      decision: (r.decision as Decision | null) ?? null,
      tenureYears: tenure?.years ?? null,
      tenureBand: tenure?.band ?? null,
    };
  });
  // Names of people: a read of personal data.
  await recordAudit(ctx, {
    action: 'leaders.list_read',
    entityType: 'people',
    details: {
      status: query.status,
      areaId: query.areaId ?? null,
      unitId: query.unitId ?? null,
      // Whether a search was made, not what for: the text may be someone's name.
      searched: Boolean(query.q),
      page: query.page,
      returned: items.length,
      total: Number(total),
    },
  });
  return { items, total: Number(total) };
}

/**
 * HR's decision for many people at once. Ids that are not people of the active organisation are ignored and
 * counted as notFound. Each person's decision is its own audit entry (naming only their id, so erasure can scrub it).
 */
export async function decideLeaders(
  ctx: AppContext,
  input: { personIds: string[]; decision: Decision | null },
): Promise<{ updated: number; notFound: number }> {
  const { orgId } = requireTenant(ctx);
  const ids = [...new Set(input.personIds)];
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(people)
      .set({
        leaderDecision: input.decision,
        leaderDecidedBy: input.decision ? (ctx.user?.id ?? null) : null,
        leaderDecidedAt: input.decision ? new Date() : null,
        updatedAt: new Date(),
      })
      .where(and(eq(people.orgId, orgId), idsIn(people.id, ids)))
      .returning({ id: people.id });
    for (let i = 0; i < updated.length; i += 1000) {
      await tx.insert(auditLog).values(
        updated.slice(i, i + 1000).map((p) => ({
          orgId,
          actorUserId: ctx.user?.id ?? null,
          actorEmail: ctx.user?.email ?? null,
          action: 'leader.decided',
          entityType: 'person',
          entityId: p.id,
          ip: ctx.ip,
          details: { decision: input.decision },
        })),
      );
    }
    return { updated: updated.length, notFound: ids.length - updated.length };
  });
}

export interface LeaderSummary {
  byArea: {
    areaId: string | null;
    areaName: string | null;
    people: number;
    leaders: number;
    confirmed: number;
    suggested: number;
  }[];
  byUnit: {
    unitId: string;
    unitName: string;
    parentId: string | null;
    people: number;
    leaders: number;
    confirmed: number;
    peopleInTree: number;
    leadersInTree: number;
    confirmedInTree: number;
  }[];
}

/** Active people per unit and area; leaders = confirmed + suggested without a decision (rejected ones are not). */
export async function leaderSummary(ctx: AppContext): Promise<LeaderSummary> {
  const { orgId } = requireTenant(ctx);
  const [areas, areaList, units, counts] = await Promise.all([
    resolveUnitAreas(ctx.db, orgId),
    ctx.db
      .select({ id: orgAreas.id, name: orgAreas.name })
      .from(orgAreas)
      .where(eq(orgAreas.orgId, orgId))
      .orderBy(asc(orgAreas.sortOrder), asc(orgAreas.name)),
    ctx.db
      .select({ id: orgUnits.id, name: orgUnits.name, parentId: orgUnits.parentId, active: orgUnits.active })
      .from(orgUnits)
      .where(eq(orgUnits.orgId, orgId))
      .orderBy(asc(orgUnits.name)),
    ctx.db
      .select({
        unitId: people.unitId,
        people: sql<number>`count(*)::int`,
        confirmed: sql<number>`(count(*) filter (where ${people.leaderDecision} = 'confirmed'))::int`,
        suggested: sql<number>`(count(*) filter (where ${people.leaderSuggestion} is not null
          and ${people.leaderDecision} is null))::int`,
      })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.status, 'active')))
      .groupBy(people.unitId),
  ]);
  const own = new Map(counts.map((c) => [c.unitId, c]));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const tree = new Map<string, { people: number; leaders: number; confirmed: number }>();
  const byArea = new Map<string | null, LeaderSummary['byArea'][number]>();
  for (const a of areaList)
    byArea.set(a.id, { areaId: a.id, areaName: a.name, people: 0, leaders: 0, confirmed: 0, suggested: 0 });
  for (const c of counts) {
    const n = { people: Number(c.people), confirmed: Number(c.confirmed), suggested: Number(c.suggested) };
    const area = c.unitId ? areas.get(c.unitId) : undefined;
    const areaId = area?.areaId ?? null;
    const entry = byArea.get(areaId) ?? {
      areaId,
      areaName: area?.areaName ?? null,
      people: 0,
      leaders: 0,
      confirmed: 0,
      suggested: 0,
    };
    entry.people += n.people;
    entry.confirmed += n.confirmed;
    entry.suggested += n.suggested;
    entry.leaders += n.confirmed + n.suggested;
    byArea.set(areaId, entry);
    // Up the tree; the visited set guards against a cycle someone made by hand.
    const seen = new Set<string>();
    for (let id = c.unitId; id && !seen.has(id); id = parentOf.get(id) ?? null) {
      seen.add(id);
      const t = tree.get(id) ?? { people: 0, leaders: 0, confirmed: 0 };
      t.people += n.people;
      t.leaders += n.confirmed + n.suggested;
      t.confirmed += n.confirmed;
      tree.set(id, t);
    }
  }
  return {
    byArea: [...byArea.values()],
    byUnit: units
      .filter((u) => u.active === 1 || own.has(u.id))
      .map((u) => {
        const c = own.get(u.id);
        const t = tree.get(u.id);
        return {
          unitId: u.id,
          unitName: u.name,
          parentId: u.parentId,
          people: Number(c?.people ?? 0),
          leaders: Number(c?.confirmed ?? 0) + Number(c?.suggested ?? 0),
          confirmed: Number(c?.confirmed ?? 0),
          peopleInTree: t?.people ?? 0,
          leadersInTree: t?.leaders ?? 0,
          confirmedInTree: t?.confirmed ?? 0,
        };
      }),
  };
}
