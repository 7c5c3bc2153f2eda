/**
 * Role profiles: the level a role in an area needs in each competency of a published framework version, with the
 * reason. Gap analysis, learning paths and recruitment read them; upgrading carries the targets into a newer version
 * by the competencies' stable identifiers.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { canEditOwned, findVersion, loadItems, ownerForNew, visibleTo } from './framework-store.js';
import { flattenTree, type ScaleLevel } from './frameworks.model.js';
import { frameworkItems, frameworkVersions, roleProfiles, roleProfileTargets } from './frameworks.schema.js';

export interface RoleProfileSummary {
  id: string;
  scope: 'national' | 'organisation';
  ownerName: string | null;
  nameDa: string;
  nameEn: string;
  area: string | null;
  frameworkId: string;
  versionId: string;
  versionNumber: number;
  targetCount: number;
  canEdit: boolean;
}

export interface ProfileTarget {
  itemIdentifier: string;
  level: number;
  rationaleDa: string;
  rationaleEn: string;
}

export interface ProfileCompetency {
  identifier: string;
  code: string;
  titleDa: string;
  titleEn: string;
  domainTitleDa: string;
  domainTitleEn: string;
}

export interface RoleProfileDetail extends RoleProfileSummary {
  descriptionDa: string;
  descriptionEn: string;
  targets: ProfileTarget[];
  competencies: ProfileCompetency[];
  scale: ScaleLevel[];
}

const targetCount = sql<number>`(select count(*)::int from role_profile_targets t where t.profile_id = role_profiles.id)`;

/** Callers add the where clause, always including visibleTo. */
function summaryQuery(db: DbOrTx) {
  return db
    .select({
      profile: roleProfiles,
      ownerName: organisations.name,
      frameworkId: frameworkVersions.frameworkId,
      versionNumber: frameworkVersions.number,
      targetCount,
    })
    .from(roleProfiles)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, roleProfiles.versionId))
    .leftJoin(organisations, eq(organisations.id, roleProfiles.orgId))
    .$dynamic();
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

function toSummary(ctx: AppContext, row: SummaryRow): RoleProfileSummary {
  return {
    id: row.profile.id,
    scope: row.profile.orgId === null ? 'national' : 'organisation',
    ownerName: row.ownerName,
    nameDa: row.profile.nameDa,
    nameEn: row.profile.nameEn,
    area: row.profile.area,
    frameworkId: row.frameworkId,
    versionId: row.profile.versionId,
    versionNumber: row.versionNumber,
    targetCount: Number(row.targetCount),
    canEdit: canEditOwned(ctx, row.profile.orgId),
  };
}

export async function listRoleProfiles(ctx: AppContext, filter: { frameworkId?: string } = {}) {
  const rows = await summaryQuery(ctx.db)
    .where(
      and(
        visibleTo(ctx, roleProfiles.orgId),
        filter.frameworkId ? eq(frameworkVersions.frameworkId, filter.frameworkId) : undefined,
      ),
    )
    .orderBy(sql`${roleProfiles.orgId} is not null`, asc(roleProfiles.nameDa));
  return rows.map((r) => toSummary(ctx, r));
}

async function findProfile(ctx: AppContext, id: string, db: DbOrTx = ctx.db): Promise<SummaryRow> {
  const [row] = await summaryQuery(db).where(and(eq(roleProfiles.id, id), visibleTo(ctx, roleProfiles.orgId)));
  if (!row) throw new Problem(404, 'not_found');
  return row;
}

/** The competencies of a version in tree order, each with the title of the domain above it. */
async function competenciesOfVersion(db: DbOrTx, versionId: string): Promise<ProfileCompetency[]> {
  const items = await loadItems(db, versionId);
  const byId = new Map(items.map((i) => [i.identifier, i]));
  return flattenTree(items)
    .map(({ item }) => item)
    .filter((item) => item.kind === 'competency')
    .map((item) => {
      let domain = item.parentIdentifier ? byId.get(item.parentIdentifier) : undefined;
      while (domain && domain.kind !== 'domain' && domain.parentIdentifier) domain = byId.get(domain.parentIdentifier);
      return {
        identifier: item.identifier,
        code: item.code,
        titleDa: item.titleDa,
        titleEn: item.titleEn,
        domainTitleDa: domain?.titleDa ?? '',
        domainTitleEn: domain?.titleEn ?? '',
      };
    });
}

export async function getRoleProfile(ctx: AppContext, id: string, db: DbOrTx = ctx.db): Promise<RoleProfileDetail> {
  const row = await findProfile(ctx, id, db);
  const [version] = await db
    .select({ scale: frameworkVersions.scale })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, row.profile.versionId));
  const competencies = await competenciesOfVersion(db, row.profile.versionId);
  const targets = await db
    .select({
      itemIdentifier: frameworkItems.identifier,
      level: roleProfileTargets.level,
      rationaleDa: roleProfileTargets.rationaleDa,
      rationaleEn: roleProfileTargets.rationaleEn,
    })
    .from(roleProfileTargets)
    .innerJoin(frameworkItems, eq(frameworkItems.id, roleProfileTargets.itemId))
    .where(eq(roleProfileTargets.profileId, row.profile.id));
  const order = new Map(competencies.map((c, i) => [c.identifier, i]));
  targets.sort((a, b) => (order.get(a.itemIdentifier) ?? 0) - (order.get(b.itemIdentifier) ?? 0));
  return {
    ...toSummary(ctx, row),
    descriptionDa: row.profile.descriptionDa,
    descriptionEn: row.profile.descriptionEn,
    targets,
    competencies,
    scale: version.scale,
  };
}

export interface ProfileFields {
  nameDa?: string;
  nameEn?: string;
  area?: string | null;
  descriptionDa?: string;
  descriptionEn?: string;
  targets?: { itemIdentifier: string; level: number; rationaleDa?: string; rationaleEn?: string }[];
}

const nfc = (s: string | undefined) => (s === undefined ? undefined : s.normalize('NFC').trim());

/** Replaces a profile's targets; every target must be a competency of the profile's version, on its scale. */
async function writeTargets(
  tx: DbOrTx,
  profileId: string,
  versionId: string,
  scale: ScaleLevel[],
  targets: NonNullable<ProfileFields['targets']>,
): Promise<void> {
  const identifiers = targets.map((t) => t.itemIdentifier.toLowerCase());
  if (new Set(identifiers).size !== identifiers.length) throw new Problem(400, 'target_duplicate');
  const items = identifiers.length
    ? await tx
        .select({ id: frameworkItems.id, identifier: frameworkItems.identifier, kind: frameworkItems.kind })
        .from(frameworkItems)
        .where(and(eq(frameworkItems.versionId, versionId), inArray(frameworkItems.identifier, identifiers)))
    : [];
  const byIdentifier = new Map(items.map((i) => [i.identifier, i]));
  const levels = new Set(scale.map((s) => s.level));
  const rows = targets.map((t, index) => {
    const item = byIdentifier.get(t.itemIdentifier.toLowerCase());
    if (item?.kind !== 'competency') {
      throw new Problem(400, 'target_not_a_competency', { identifier: t.itemIdentifier, index });
    }
    if (!levels.has(t.level)) throw new Problem(400, 'level_not_on_scale', { level: t.level });
    return {
      profileId,
      itemId: item.id,
      level: t.level,
      rationaleDa: nfc(t.rationaleDa) ?? '',
      rationaleEn: nfc(t.rationaleEn) ?? '',
    };
  });
  await tx.delete(roleProfileTargets).where(eq(roleProfileTargets.profileId, profileId));
  if (rows.length > 0) await tx.insert(roleProfileTargets).values(rows);
}

export async function createRoleProfile(
  ctx: AppContext,
  input: ProfileFields & { nameDa: string; nameEn: string; versionId: string; national?: boolean },
): Promise<RoleProfileDetail> {
  const orgId = ownerForNew(ctx, input.national);
  const id = await ctx.db.transaction(async (tx) => {
    const { version } = await findVersion(ctx, input.versionId, { db: tx });
    if (version.status !== 'published') throw new Problem(409, 'profile_needs_published_version');
    const [profile] = await tx
      .insert(roleProfiles)
      .values({
        orgId,
        versionId: version.id,
        nameDa: nfc(input.nameDa) as string,
        nameEn: nfc(input.nameEn) as string,
        area: nfc(input.area ?? undefined) || null,
        descriptionDa: nfc(input.descriptionDa) ?? '',
        descriptionEn: nfc(input.descriptionEn) ?? '',
        createdBy: ctx.user?.id ?? null,
      })
      .returning({ id: roleProfiles.id });
    await writeTargets(tx, profile.id, version.id, version.scale, input.targets ?? []);
    await recordAudit(
      ctx,
      { action: 'role_profile.created', entityType: 'role_profile', entityId: profile.id, orgId },
      tx,
    );
    return profile.id;
  });
  return getRoleProfile(ctx, id);
}

async function findEditableProfile(ctx: AppContext, tx: DbOrTx, id: string) {
  const row = await findProfile(ctx, id, tx);
  if (!canEditOwned(ctx, row.profile.orgId)) throw new Problem(403, 'forbidden');
  await tx.select({ id: roleProfiles.id }).from(roleProfiles).where(eq(roleProfiles.id, id)).for('update');
  return row;
}

export async function updateRoleProfile(ctx: AppContext, id: string, input: ProfileFields): Promise<RoleProfileDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await findEditableProfile(ctx, tx, id);
    await tx
      .update(roleProfiles)
      .set({
        nameDa: nfc(input.nameDa),
        nameEn: nfc(input.nameEn),
        area: input.area === undefined ? undefined : nfc(input.area ?? undefined) || null,
        descriptionDa: nfc(input.descriptionDa),
        descriptionEn: nfc(input.descriptionEn),
        updatedAt: new Date(),
      })
      .where(eq(roleProfiles.id, id));
    if (input.targets) {
      const [version] = await tx
        .select({ scale: frameworkVersions.scale })
        .from(frameworkVersions)
        .where(eq(frameworkVersions.id, row.profile.versionId));
      await writeTargets(tx, id, row.profile.versionId, version.scale, input.targets);
    }
    await recordAudit(
      ctx,
      { action: 'role_profile.updated', entityType: 'role_profile', entityId: id, orgId: row.profile.orgId },
      tx,
    );
  });
  return getRoleProfile(ctx, id);
}

/**
 * Moves a profile to another published version of the same framework. Targets follow their competency by
 * identifier; those whose competency is gone, or whose level is not on the new scale, are dropped and listed.
 */
export async function upgradeRoleProfile(
  ctx: AppContext,
  id: string,
  versionId: string,
): Promise<RoleProfileDetail & { dropped: string[] }> {
  const dropped = await ctx.db.transaction(async (tx) => {
    const row = await findEditableProfile(ctx, tx, id);
    const { version } = await findVersion(ctx, versionId, { db: tx });
    if (version.frameworkId !== row.frameworkId) throw new Problem(400, 'versions_of_different_frameworks');
    if (version.status !== 'published') throw new Problem(409, 'profile_needs_published_version');
    const current = await getRoleProfile(ctx, id, tx);
    const newCompetencies = new Set((await competenciesOfVersion(tx, version.id)).map((c) => c.identifier));
    const levels = new Set(version.scale.map((s) => s.level));
    const kept = current.targets.filter((t) => newCompetencies.has(t.itemIdentifier) && levels.has(t.level));
    const keptIds = new Set(kept.map((t) => t.itemIdentifier));
    await tx.update(roleProfiles).set({ versionId: version.id, updatedAt: new Date() }).where(eq(roleProfiles.id, id));
    await writeTargets(tx, id, version.id, version.scale, kept);
    await recordAudit(
      ctx,
      {
        action: 'role_profile.upgraded',
        entityType: 'role_profile',
        entityId: id,
        orgId: row.profile.orgId,
        details: { from: row.profile.versionId, to: version.id },
      },
      tx,
    );
    return current.targets.filter((t) => !keptIds.has(t.itemIdentifier)).map((t) => t.itemIdentifier);
  });
  return { ...(await getRoleProfile(ctx, id)), dropped };
}

export async function deleteRoleProfile(ctx: AppContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await findEditableProfile(ctx, tx, id);
    await tx.delete(roleProfiles).where(eq(roleProfiles.id, id));
    await recordAudit(
      ctx,
      { action: 'role_profile.deleted', entityType: 'role_profile', entityId: id, orgId: row.profile.orgId },
      tx,
    );
  });
}
