import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../platform/accounts/accounts.schema.js';
import type { LevelDescriptor, ScaleLevel } from './frameworks.model.js';

/** Null for national frameworks and profiles (read by everyone, edited by platform admins). */
const ownerOrgId = () => uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const createdBy = () => uuid('created_by').references(() => users.id, { onDelete: 'set null' });

/**
 * A competency framework. `identifier` is its CASE CFDocument identifier, the same in every version and export; an
 * organisation may hold its own copy of another's framework under the same identifier, so it is unique per owner.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: ownerOrgId(),
    identifier: uuid('identifier').notNull(),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    uniqueIndex('frameworks_org_identifier').on(t.orgId, t.identifier).where(sql`org_id is not null`),
    uniqueIndex('frameworks_national_identifier').on(t.identifier).where(sql`org_id is null`),
    index('frameworks_org').on(t.orgId),
  ],
);

/** One version of a framework: a draft is edited in place; a published version never changes again. */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    titleDa: text('title_da').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionDa: text('description_da').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    publisher: text('publisher').notNull().default(''),
    scale: jsonb('scale').$type<ScaleLevel[]>().notNull(),
    changeNote: text('change_note'),
    createdAt: createdAt(),
    createdBy: createdBy(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('framework_versions_number').on(t.frameworkId, t.number),
    uniqueIndex('framework_versions_one_draft').on(t.frameworkId).where(sql`status = 'draft'`),
    check('framework_versions_status', sql`${t.status} in ('draft', 'published')`),
    check('framework_versions_published_fields', sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
  ],
);

/**
 * The items of one version. `identifier` follows an item across versions; the parent is named by identifier within
 * the same version, so deleting an item deletes its subtree.
 */
export const frameworkItems = pgTable(
  'framework_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    identifier: uuid('identifier').notNull(),
    parentIdentifier: uuid('parent_identifier'),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull().default(''),
    titleDa: text('title_da').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionDa: text('description_da').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    keywordsDa: text('keywords_da').array().notNull().default(sql`'{}'::text[]`),
    keywordsEn: text('keywords_en').array().notNull().default(sql`'{}'::text[]`),
    levels: jsonb('levels').$type<LevelDescriptor[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [
    unique('framework_items_version_identifier').on(t.versionId, t.identifier),
    foreignKey({
      name: 'framework_items_parent',
      columns: [t.versionId, t.parentIdentifier],
      foreignColumns: [t.versionId, t.identifier],
    }).onDelete('cascade'),
    index('framework_items_version_parent').on(t.versionId, t.parentIdentifier, t.position),
    check('framework_items_kind', sql`${t.kind} in ('domain', 'competency', 'indicator')`),
  ],
);

/** A target level per competency for a role in an area, pinned to one published framework version. */
export const roleProfiles = pgTable(
  'role_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: ownerOrgId(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    nameDa: text('name_da').notNull(),
    nameEn: text('name_en').notNull(),
    area: text('area'),
    descriptionDa: text('description_da').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    createdAt: createdAt(),
    createdBy: createdBy(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('role_profiles_org').on(t.orgId), index('role_profiles_version').on(t.versionId)],
);

export const roleProfileTargets = pgTable(
  'role_profile_targets',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => roleProfiles.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => frameworkItems.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    rationaleDa: text('rationale_da').notNull().default(''),
    rationaleEn: text('rationale_en').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.itemId] }), index('role_profile_targets_item').on(t.itemId)],
);
