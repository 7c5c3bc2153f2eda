/**
 * The organisation's areas (sektor/forvaltning) and which unit has which: the editable list starts from
 * DEFAULT_AREAS on first use; an area set on a unit is inherited by every unit below it unless overridden.
 */
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { pgErrorCode } from '../platform/db/errors.js';
import { Problem } from '../platform/http/problem.js';
import { DEFAULT_AREAS, type ResolvedArea, resolveAreas } from './areas.model.js';
import { orgAreas, orgUnits } from './organisations.schema.js';

export interface AreaDto {
  id: string;
  key: string;
  name: string;
  sortOrder: number;
  unitCount: number;
}

/**
 * Creates the default areas for an organisation that has none. Two requests racing both try; the unique key makes
 * the second insert nothing.
 */
export async function ensureDefaultAreas(db: DbOrTx, orgId: string): Promise<void> {
  const defaults = JSON.stringify(DEFAULT_AREAS.map((a, i) => ({ key: a.key, name: a.name, sort_order: i + 1 })));
  await db.execute(sql`
    insert into org_areas (org_id, key, name, sort_order)
    select ${orgId}, r.key, r.name, r.sort_order
    from jsonb_to_recordset(${defaults}::jsonb) as r(key text, name text, sort_order integer)
    where not exists (select 1 from org_areas where org_id = ${orgId})
    on conflict (org_id, key) do nothing`);
}

// Written out: drizzle leaves columns unqualified in a one-table select, which inside a subquery would bind to it.
const unitCount = sql<number>`(select count(*)::int from org_units u
  where u.org_id = org_areas.org_id and u.area_id = org_areas.id)`;

async function areaRows(db: DbOrTx, orgId: string, id?: string): Promise<AreaDto[]> {
  const rows = await db
    .select({ id: orgAreas.id, key: orgAreas.key, name: orgAreas.name, sortOrder: orgAreas.sortOrder, unitCount })
    .from(orgAreas)
    .where(and(eq(orgAreas.orgId, orgId), id ? eq(orgAreas.id, id) : undefined))
    .orderBy(asc(orgAreas.sortOrder), asc(orgAreas.name));
  return rows.map((r) => ({ ...r, unitCount: Number(r.unitCount) }));
}

async function findArea(db: DbOrTx, orgId: string, id: string): Promise<AreaDto> {
  const [area] = await areaRows(db, orgId, id);
  if (!area) throw new Problem(404, 'not_found');
  return area;
}

export async function listAreas(ctx: AppContext): Promise<AreaDto[]> {
  const { orgId } = requireTenant(ctx);
  await ensureDefaultAreas(ctx.db, orgId);
  return areaRows(ctx.db, orgId);
}

const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** "Børn og Unge" → "boern-og-unge", the way DEFAULT_AREAS spell their keys. */
export function areaKeyOf(name: string): string {
  const key = name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return key || 'area';
}

async function assertNameFree(db: DbOrTx, orgId: string, name: string, except?: string) {
  const [taken] = await db
    .select({ id: orgAreas.id })
    .from(orgAreas)
    .where(and(eq(orgAreas.orgId, orgId), sql`lower(${orgAreas.name}) = lower(${name})`));
  if (taken && taken.id !== except) throw new Problem(409, 'area_name_taken', { name });
}

export async function createArea(ctx: AppContext, input: { name: string }): Promise<AreaDto> {
  const { orgId } = requireTenant(ctx);
  const name = cleanName(input.name);
  // Seed first: an organisation whose first act is adding an area still gets the defaults.
  await ensureDefaultAreas(ctx.db, orgId);
  await assertNameFree(ctx.db, orgId, name);
  const [{ last }] = await ctx.db
    .select({ last: max(orgAreas.sortOrder) })
    .from(orgAreas)
    .where(eq(orgAreas.orgId, orgId));
  const base = areaKeyOf(name);
  for (let attempt = 1; attempt <= 20; attempt++) {
    const key = attempt === 1 ? base : `${base}-${attempt}`;
    const [row] = await ctx.db
      .insert(orgAreas)
      .values({ orgId, key, name, sortOrder: (last ?? 0) + 1 })
      .onConflictDoNothing()
      .returning({ id: orgAreas.id });
    if (row) {
      await recordAudit(ctx, { action: 'area.created', entityType: 'area', entityId: row.id, details: { name } });
      return findArea(ctx.db, orgId, row.id);
    }
  }
  throw new Problem(409, 'area_name_taken', { name });
}

export async function updateArea(ctx: AppContext, id: string, input: { name?: string; sortOrder?: number }) {
  const { orgId } = requireTenant(ctx);
  const before = await findArea(ctx.db, orgId, id);
  const name = input.name === undefined ? undefined : cleanName(input.name);
  if (name !== undefined && name.toLowerCase() !== before.name.toLowerCase())
    await assertNameFree(ctx.db, orgId, name, id);
  if (name !== undefined || input.sortOrder !== undefined) {
    await ctx.db
      .update(orgAreas)
      .set({
        ...(name !== undefined ? { name } : {}),
        ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
      })
      .where(and(eq(orgAreas.id, id), eq(orgAreas.orgId, orgId)));
    await recordAudit(ctx, {
      action: 'area.updated',
      entityType: 'area',
      entityId: id,
      details: { from: { name: before.name, sortOrder: before.sortOrder }, to: { name, sortOrder: input.sortOrder } },
    });
  }
  return findArea(ctx.db, orgId, id);
}

export async function deleteArea(ctx: AppContext, id: string): Promise<void> {
  const { orgId } = requireTenant(ctx);
  const area = await findArea(ctx.db, orgId, id);
  if (area.unitCount > 0) throw new Problem(409, 'area_in_use', { count: area.unitCount });
  try {
    await ctx.db.delete(orgAreas).where(and(eq(orgAreas.id, id), eq(orgAreas.orgId, orgId)));
  } catch (error) {
    // Set on a unit between the check and the delete: the foreign key refuses.
    if (pgErrorCode(error) === '23503') throw new Problem(409, 'area_in_use', { count: 1 });
    throw error;
  }
  await recordAudit(ctx, { action: 'area.deleted', entityType: 'area', entityId: id, details: { name: area.name } });
}

export interface UnitArea {
  areaId: string | null;
  areaName: string | null;
  source: ResolvedArea['source'];
}

/** Every unit's area after inheritance, by unit id. */
export async function resolveUnitAreas(db: DbOrTx, orgId: string): Promise<Map<string, UnitArea>> {
  const [units, areas] = await Promise.all([
    db
      .select({ id: orgUnits.id, parentId: orgUnits.parentId, areaId: orgUnits.areaId, cleared: orgUnits.areaCleared })
      .from(orgUnits)
      .where(eq(orgUnits.orgId, orgId)),
    db.select({ id: orgAreas.id, name: orgAreas.name }).from(orgAreas).where(eq(orgAreas.orgId, orgId)),
  ]);
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const overrides = new Map<string, string | null>();
  for (const u of units) {
    if (u.areaId) overrides.set(u.id, u.areaId);
    else if (u.cleared) overrides.set(u.id, null);
  }
  const resolved = resolveAreas(
    units.map((u) => ({ key: u.id, parentKey: u.parentId })),
    overrides,
  );
  const result = new Map<string, UnitArea>();
  for (const [unitId, r] of resolved)
    result.set(unitId, { areaId: r.area, areaName: r.area ? (names.get(r.area) ?? null) : null, source: r.source });
  return result;
}

export type UnitAreaMode = 'set' | 'clear' | 'inherit';

/** PUT /units/{id}/area: set an area here, say "no area here", or inherit the parent's again. */
export async function setUnitArea(ctx: AppContext, unitId: string, input: { mode: UnitAreaMode; areaId?: string }) {
  const { orgId } = requireTenant(ctx);
  const [unit] = await ctx.db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.orgId, orgId)));
  if (!unit) throw new Problem(404, 'not_found');
  if (input.mode === 'set') {
    if (!input.areaId)
      throw new Problem(400, 'validation', {}, [{ path: 'areaId', message: ctx.t('errors.area_required') }]);
    const [area] = await ctx.db
      .select({ c: count() })
      .from(orgAreas)
      .where(and(eq(orgAreas.id, input.areaId), eq(orgAreas.orgId, orgId)));
    if (!area || Number(area.c) === 0) throw new Problem(404, 'not_found');
  }
  const values =
    input.mode === 'set'
      ? { areaId: input.areaId!, areaCleared: 0 }
      : input.mode === 'clear'
        ? { areaId: null, areaCleared: 1 }
        : { areaId: null, areaCleared: 0 };
  await ctx.db
    .update(orgUnits)
    .set(values)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.orgId, orgId)));
  await recordAudit(ctx, {
    action: 'unit.area_set',
    entityType: 'unit',
    entityId: unitId,
    details: { mode: input.mode, areaId: input.areaId ?? null },
  });
  const resolved = (await resolveUnitAreas(ctx.db, orgId)).get(unitId);
  return { unitId, areaId: resolved?.areaId ?? null, source: resolved?.source ?? 'none' };
}
