/**
 * The people directory and the person page: personal data of the active organisation, every read audit-logged.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { listConsentRows } from './consents.service.js';
import { type Confidence, leaderTenure, type TenureBand } from './leaders.model.js';
import { orgUnits, people } from './organisations.schema.js';
import {
  copenhagenToday,
  filterDetails,
  type LeaderStatus,
  leaderStatusOf,
  type PeopleFilter,
  type PeopleSort,
} from './people.model.js';
import { type DirectoryRow, directoryCount, directoryPage, unitPlace } from './people.sql.js';

export interface PersonListItem {
  id: string;
  pseudonym: string;
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  areaName: string | null;
  leaderStatus: LeaderStatus;
  leaderSince: string | null;
  tenureYears: number | null;
  status: 'active' | 'left';
}

export function toListItem(row: DirectoryRow, today: string): PersonListItem {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    employeeId: row.employee_id,
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    areaName: row.area_name,
    leaderStatus: leaderStatusOf(row.leader_suggestion, row.leader_decision),
    leaderSince: row.leader_since,
    tenureYears: leaderTenure(row.leader_since, today)?.years ?? null,
    status: row.status,
  };
}

export interface PeopleQuery extends PeopleFilter {
  sort: PeopleSort;
  page: number;
  pageSize: number;
}

/** One page of the directory. A unit or area of another organisation simply matches nobody. */
export async function listPeople(
  ctx: AppContext,
  query: PeopleQuery,
): Promise<{ items: PersonListItem[]; total: number }> {
  const { orgId } = requireTenant(ctx);
  const filter: PeopleFilter = {
    q: query.q,
    unitId: query.unitId,
    areaId: query.areaId,
    leader: query.leader,
    status: query.status ?? 'active',
  };
  const [total, rows] = await Promise.all([
    directoryCount(ctx.db, orgId, filter),
    directoryPage(ctx.db, orgId, filter, query.sort, query.pageSize, (query.page - 1) * query.pageSize),
  ]);
  await recordAudit(ctx, {
    action: 'people.list_read',
    entityType: 'people',
    details: { filter: filterDetails(filter), sort: query.sort, page: query.page, returned: rows.length },
  });
  const today = copenhagenToday();
  return { items: rows.map((row) => toListItem(row, today)), total };
}

/** The person's row, or 404 when it does not exist in the active organisation. */
export async function findPerson(ctx: AppContext, id: string, db: DbOrTx = ctx.db) {
  const { orgId } = requireTenant(ctx);
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), eq(people.orgId, orgId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

export type PersonRow = Awaited<ReturnType<typeof findPerson>>;

export interface PersonLink {
  id: string;
  name: string;
  pseudonym: string;
  jobTitle: string | null;
}

export interface PersonDetail {
  id: string;
  pseudonym: string;
  employeeId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  status: 'active' | 'left';
  leftAt: string | null;
  unit: { id: string; name: string; path: string[] } | null;
  area: { name: string; source: 'own' | 'inherited' } | null;
  manager: PersonLink | null;
  reports: PersonLink[];
  leader: {
    suggestion: string | null;
    confidence: Confidence | null;
    score: number | null;
    reasons: { code: string; params?: Record<string, unknown> }[];
    decision: 'confirmed' | 'rejected' | null;
    decidedAt: string | null;
    status: LeaderStatus;
    leaderSince: string | null;
    tenureYears: number | null;
    tenureBand: TenureBand | null;
  };
  consents: Awaited<ReturnType<typeof listConsentRows>>;
  createdAt: string;
  updatedAt: string;
}

const linkColumns = { id: people.id, name: people.name, pseudonym: people.pseudonym, jobTitle: people.jobTitle };

/** Where the person sits: unit with its path from the root, and the unit's resolved area. */
export async function personPlace(ctx: AppContext, person: PersonRow, db: DbOrTx = ctx.db) {
  const { orgId } = requireTenant(ctx);
  if (!person.unitId) return { unit: null, area: null };
  const [unit] = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, person.unitId), eq(orgUnits.orgId, orgId)));
  if (!unit) return { unit: null, area: null };
  const place = await unitPlace(db, orgId, unit.id);
  const area =
    place?.areaName && place.areaSource !== 'none'
      ? { name: place.areaName, source: place.areaSource as 'own' | 'inherited' }
      : null;
  return { unit: { id: unit.id, name: unit.name, path: place?.path ?? [unit.name] }, area };
}

/** The person's manager (by employee id, as the org chart links them) and their current direct reports. */
export async function personLinks(ctx: AppContext, person: PersonRow, db: DbOrTx = ctx.db) {
  const { orgId } = requireTenant(ctx);
  const [manager] = person.managerEmployeeId
    ? await db
        .select(linkColumns)
        .from(people)
        .where(and(eq(people.orgId, orgId), eq(people.employeeId, person.managerEmployeeId), ne(people.id, person.id)))
    : [];
  const reports = await db
    .select(linkColumns)
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.managerEmployeeId, person.employeeId),
        eq(people.status, 'active'),
        ne(people.id, person.id),
      ),
    )
    .orderBy(asc(people.name));
  return { manager: manager ?? null, reports };
}

export function leaderOf(person: PersonRow, today = copenhagenToday()): PersonDetail['leader'] {
  const tenure = leaderTenure(person.leaderSince, today);
  return {
    suggestion: person.leaderSuggestion,
    confidence: (person.leaderConfidence as Confidence | null) ?? null,
    score: person.leaderScore,
    reasons: person.leaderReasons ?? [],
    decision: (person.leaderDecision as 'confirmed' | 'rejected' | null) ?? null,
    decidedAt: person.leaderDecidedAt?.toISOString() ?? null,
    status: leaderStatusOf(person.leaderSuggestion, person.leaderDecision),
    leaderSince: person.leaderSince,
    tenureYears: tenure?.years ?? null,
    tenureBand: tenure?.band ?? null,
  };
}

/** Everything the person page shows; the read is audit-logged as `person.read`. */
export async function getPerson(ctx: AppContext, id: string): Promise<PersonDetail> {
  const person = await findPerson(ctx, id);
  const [place, links, consents] = await Promise.all([
    personPlace(ctx, person),
    personLinks(ctx, person),
    listConsentRows(ctx, person.id),
  ]);
  await recordAudit(ctx, { action: 'person.read', entityType: 'person', entityId: person.id });
  return {
    id: person.id,
    pseudonym: person.pseudonym,
    employeeId: person.employeeId,
    name: person.name,
    email: person.email,
    jobTitle: person.jobTitle,
    status: person.status as 'active' | 'left',
    leftAt: person.leftAt?.toISOString() ?? null,
    unit: place.unit,
    area: place.area,
    manager: links.manager,
    reports: links.reports,
    leader: leaderOf(person),
    consents,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
