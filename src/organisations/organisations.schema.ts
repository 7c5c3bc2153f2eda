import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from '../platform/accounts/accounts.schema.js';
import { storedFiles } from '../platform/files/files.schema.js';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The organisation's editable list of areas (sektor/forvaltning); starts from DEFAULT_AREAS. */
export const orgAreas = pgTable(
  'org_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('org_areas_key_unique').on(t.orgId, t.key), unique('org_areas_id_org').on(t.id, t.orgId)],
);

/**
 * Units of the org chart. `key` is the unit path as imported (unitKeyOf), stable across imports of the same tree.
 * `area_id` is the area set on this unit; `area_cleared` marks "no area here" (stops inheritance); neither: inherit.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    areaId: uuid('area_id'),
    areaCleared: integer('area_cleared').notNull().default(0),
    /** Present in the latest import; units no longer in the file are kept (people's history points at them). */
    active: integer('active').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('org_units_key_unique').on(t.orgId, t.key),
    unique('org_units_id_org').on(t.id, t.orgId),
    index('org_units_parent_idx').on(t.orgId, t.parentId),
    // Same-organisation references: a unit's parent and area belong to its own organisation.
    foreignKey({ columns: [t.parentId, t.orgId], foreignColumns: [t.id, t.orgId] }),
    foreignKey({ columns: [t.areaId, t.orgId], foreignColumns: [orgAreas.id, orgAreas.orgId] }),
  ],
);

/** People of the org chart: personal data (GDPR). Analysis shows them only by `pseudonym`. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    employeeId: text('employee_id').notNull(),
    pseudonym: text('pseudonym').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    jobTitle: text('job_title'),
    unitId: uuid('unit_id'),
    managerEmployeeId: text('manager_employee_id'),
    leaderSince: date('leader_since'),
    status: text('status').notNull().default('active'),
    leftAt: timestamp('left_at', { withTimezone: true }),
    /** Detection: 'first_line' suggestion with confidence and reasons (codes + params), or null. */
    leaderSuggestion: text('leader_suggestion'),
    leaderConfidence: text('leader_confidence'),
    leaderScore: real('leader_score'),
    leaderReasons: jsonb('leader_reasons').$type<{ code: string; params?: Record<string, unknown> }[]>(),
    /** HR's decision; survives re-imports. */
    leaderDecision: text('leader_decision'),
    leaderDecidedBy: uuid('leader_decided_by').references(() => users.id, { onDelete: 'set null' }),
    leaderDecidedAt: timestamp('leader_decided_at', { withTimezone: true }),
    /** The organisation user account of this person, when they have one (a leader who signs in). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_employee_unique').on(t.orgId, t.employeeId),
    uniqueIndex('people_pseudonym_unique').on(t.orgId, t.pseudonym),
    unique('people_id_org').on(t.id, t.orgId),
    index('people_unit_idx').on(t.orgId, t.unitId),
    index('people_manager_idx').on(t.orgId, t.managerEmployeeId),
    foreignKey({ columns: [t.unitId, t.orgId], foreignColumns: [orgUnits.id, orgUnits.orgId] }),
    check('people_status_check', sql`${t.status} in ('active','left')`),
    check('people_decision_check', sql`${t.leaderDecision} is null or ${t.leaderDecision} in ('confirmed','rejected')`),
  ],
);

/**
 * Every pseudonym ever issued in an organisation, kept after erasure so a code is never given to someone else
 * (the row holds no link to the person).
 */
export const issuedPseudonyms = pgTable(
  'issued_pseudonyms',
  {
    orgId: orgId(),
    code: text('code').notNull(),
    issuedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.code] })],
);

/** The column mapping HR confirmed, remembered per organisation. */
export const orgchartMappings = pgTable('orgchart_mappings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One upload of an org chart: previewed, then applied (or abandoned). */
export const orgchartImports = pgTable(
  'orgchart_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    fileId: uuid('file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    status: text('status').notNull().default('uploaded'),
    mapping: jsonb('mapping').$type<Record<string, string>>(),
    /** Preview: counts, problems (codes, rows, columns), samples of new/changed/left. */
    preview: jsonb('preview'),
    /** What the apply wrote: counts. */
    result: jsonb('result'),
    jobId: uuid('job_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [
    index('orgchart_imports_org_idx').on(t.orgId, t.createdAt),
    check(
      'orgchart_imports_status_check',
      sql`${t.status} in ('uploaded','previewing','previewed','invalid','applying','applied','failed')`,
    ),
  ],
);

/** Consent records: purpose, given when and how, withdrawn when. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    personId: uuid('person_id').notNull(),
    purpose: text('purpose').notNull(),
    method: text('method').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('consents_person_idx').on(t.orgId, t.personId),
    foreignKey({ columns: [t.personId, t.orgId], foreignColumns: [people.id, people.orgId] }).onDelete('cascade'),
    check('consents_method_check', sql`${t.method} in ('web_form','paper','email','verbal','other')`),
  ],
);
