/**
 * The org-chart view, one level at a time: the UI expands a unit by asking for its children, so the first screen
 * of a 50,000-person chart is one query over the unit tree, never the whole chart in the browser.
 */
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import { Problem } from '../platform/http/problem.js';
import { orgUnits } from './organisations.schema.js';
import { countedLeaderSql, danishSortKey, rowsOf, unitAreasCte } from './people.sql.js';

export interface TreeLeader {
  id: string;
  pseudonym: string;
  name: string;
  decision: 'confirmed' | 'rejected' | null;
}

export interface TreeUnit {
  id: string;
  name: string;
  areaName: string | null;
  areaSource: 'own' | 'inherited' | 'none';
  /** Active child units. */
  childCount: number;
  /** Active people in this unit and every unit below it. */
  peopleCount: number;
  /** First-line leaders (confirmed, or suggested and not rejected) in this unit and below. */
  leaderCount: number;
  /** This unit's own first-line leaders. */
  leaders: TreeLeader[];
}

interface LevelRow {
  id: string;
  name: string;
  area_name: string | null;
  area_source: 'own' | 'inherited' | 'none' | null;
  child_count: number;
  people_count: number;
  leader_count: number;
}

/** The roots (no `parentId`) or the children of a unit of the active organisation; 404 for another's unit. */
export async function treeLevel(ctx: AppContext, parentId?: string): Promise<TreeUnit[]> {
  const { orgId } = requireTenant(ctx);
  if (parentId) {
    const [parent] = await ctx.db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, parentId), eq(orgUnits.orgId, orgId)));
    if (!parent) throw new Problem(404, 'not_found');
  }
  const atLevel = parentId ? sql`u.parent_id = ${parentId}` : sql`u.parent_id is null`;
  // `sub(top, id)` pairs each unit of the level with every unit of its subtree, so one join with people counts
  // whole subtrees; UNION keeps even a cyclic tree finite.
  const levels = await rowsOf<LevelRow>(
    ctx.db,
    sql`with recursive
      level as (select u.id, u.name from org_units u where u.org_id = ${orgId} and u.active = 1 and ${atLevel}),
      sub(top, id) as (
        select id, id from level
        union
        select s.top, c.id from org_units c join sub s on c.parent_id = s.id where c.org_id = ${orgId}
      ),
      counts as (
        select s.top, count(*)::int as people, (count(*) filter (where ${countedLeaderSql}))::int as leaders
        from sub s join people p on p.unit_id = s.id and p.org_id = ${orgId} and p.status = 'active'
        group by s.top
      ),
      children as (
        select c.parent_id, count(*)::int as n from org_units c
        where c.org_id = ${orgId} and c.active = 1 and c.parent_id in (select id from level)
        group by c.parent_id
      ),
      ${unitAreasCte(orgId)}
    select l.id, l.name, a.name as area_name, ua.area_source,
      coalesce(ch.n, 0) as child_count, coalesce(c.people, 0) as people_count, coalesce(c.leaders, 0) as leader_count
    from level l
    left join counts c on c.top = l.id
    left join children ch on ch.parent_id = l.id
    left join unit_areas ua on ua.id = l.id
    left join org_areas a on a.id = ua.area_id
    order by ${danishSortKey(sql`l.name`)}, l.id`,
  );
  const ids = levels.map((l) => l.id);
  const leaders =
    ids.length === 0
      ? []
      : await rowsOf<TreeLeader & { unit_id: string }>(
          ctx.db,
          sql`select p.unit_id, p.id, p.pseudonym, p.name, p.leader_decision as decision
            from people p
            where p.org_id = ${orgId} and p.status = 'active' and ${countedLeaderSql}
              and p.unit_id in (${sql.join(
                ids.map((id) => sql`${id}`),
                sql`, `,
              )})
            order by ${danishSortKey(sql`p.name`)}, p.id`,
        );
  const byUnit = new Map<string, TreeLeader[]>();
  for (const { unit_id, ...leader } of leaders) {
    const list = byUnit.get(unit_id) ?? [];
    list.push({ id: leader.id, pseudonym: leader.pseudonym, name: leader.name, decision: leader.decision ?? null });
    byUnit.set(unit_id, list);
  }
  await recordAudit(ctx, {
    action: 'orgchart.tree_read',
    entityType: 'org_unit',
    entityId: parentId,
    details: { units: levels.length },
  });
  return levels.map((l) => ({
    id: l.id,
    name: l.name,
    areaName: l.area_name,
    areaSource: l.area_source ?? 'none',
    childCount: Number(l.child_count),
    peopleCount: Number(l.people_count),
    leaderCount: Number(l.leader_count),
    leaders: byUnit.get(l.id) ?? [],
  }));
}
