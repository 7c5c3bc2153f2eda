import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { frameworkVersions } from '../frameworks/frameworks.schema.js';
import { consents, people } from '../organisations/organisations.schema.js';
import { organisations, users } from '../platform/accounts/accounts.schema.js';
import type { Candidate } from './sampling.model.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A needs study (behovsanalyse), run by one organisation (`org_id`, typically a school or VEU centre) across the
 * organisations that accept to take part. It pins one published framework version.
 */
export const studies = pgTable(
  'studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    purpose: text('purpose').notNull().default(''),
    status: text('status').notNull().default('draft'),
    frameworkVersionId: uuid('framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id),
    /** 'identified': answers are linked to the participant; 'anonymous': only to their stratum. */
    answerMode: text('answer_mode').notNull().default('identified'),
    /** How long collected data is kept after the study closes, told to participants before they consent. */
    retentionMonths: integer('retention_months').notNull().default(24),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    byArea: boolean('by_area').notNull().default(true),
    byTenure: boolean('by_tenure').notNull().default(true),
    /** The seed of the last draw, recorded so the sample can be reproduced. */
    samplingSeed: text('sampling_seed'),
    /**
     * The candidates as they were at the draw (ids, area keys, tenure): replacements continue the same reserve order
     * even after the org charts change. No names: people are referred to by id only.
     */
    samplingFrame: jsonb('sampling_frame').$type<Candidate[]>(),
    createdAt: createdAt(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('studies_org').on(t.orgId),
    unique('studies_id_org').on(t.id, t.orgId),
    check('studies_status', sql`${t.status} in ('draft','recruiting','collecting','analysing','closed')`),
    check('studies_answer_mode', sql`${t.answerMode} in ('identified','anonymous')`),
    check('studies_retention', sql`${t.retentionMonths} between 1 and 120`),
  ],
);

/** The organisations taking part; each one's admin or HR accepts the invitation. */
export const studyOrganisations = pgTable(
  'study_organisations',
  {
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('invited'),
    invitedAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedBy: uuid('responded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.studyId, t.orgId] }),
    index('study_organisations_org').on(t.orgId),
    check('study_organisations_status', sql`${t.status} in ('invited','accepted','declined')`),
  ],
);

/** The running organisation's members who work on the study. */
export const studyTeam = pgTable(
  'study_team',
  {
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('analyst'),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.studyId, t.userId] }),
    check('study_team_role', sql`${t.role} in ('lead','analyst','interviewer')`),
  ],
);

/** Sampling strata (organisation × area × tenure band) with their size at the last count and their target. */
export const studyStrata = pgTable(
  'study_strata',
  {
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    area: text('area'),
    band: text('band').notNull(),
    size: integer('size').notNull(),
    target: integer('target').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.key] })],
);

/**
 * A sampled leader. The person belongs to a participating organisation (`org_id`); deleting (erasing) the person
 * deletes the participant and, through it, their bookings and identified answers. The personal link is stored only
 * as a hash.
 */
export const studyParticipants = pgTable(
  'study_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id').notNull(),
    personId: uuid('person_id').notNull(),
    stratumKey: text('stratum_key').notNull(),
    drawOrder: integer('draw_order').notNull(),
    status: text('status').notNull().default('drawn'),
    replacesId: uuid('replaces_id'),
    linkHash: text('link_hash'),
    linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentVersion: text('consent_version'),
    /** The consent record on the person (organisations' consents), withdrawn when the participant withdraws. */
    consentId: uuid('consent_id').references(() => consents.id, { onDelete: 'set null' }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('study_participants_person').on(t.studyId, t.personId),
    uniqueIndex('study_participants_link').on(t.linkHash),
    index('study_participants_org').on(t.orgId),
    foreignKey({ columns: [t.personId, t.orgId], foreignColumns: [people.id, people.orgId] }).onDelete('cascade'),
    foreignKey({ columns: [t.replacesId], foreignColumns: [t.id] }).onDelete('set null'),
    check(
      'study_participants_status',
      sql`${t.status} in ('drawn','invited','booked','interviewed','surveyed','declined','withdrawn','no_show')`,
    ),
  ],
);

/** The study's interview guide: sections of questions tied to competencies (see interview-guide.model.ts). */
export const studyGuides = pgTable('study_guides', {
  studyId: uuid('study_id')
    .primaryKey()
    .references(() => studies.id, { onDelete: 'cascade' }),
  sections: jsonb('sections').notNull(),
  updatedAt: updatedAt(),
});

/** An interviewer's availability for one study (weekly hours, exceptions, slot length, buffer, place). */
export const interviewerAvailability = pgTable(
  'interviewer_availability',
  {
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    availability: jsonb('availability').notNull(),
    mode: text('mode').notNull().default('video'),
    location: text('location').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.studyId, t.userId] }),
    check('interviewer_availability_mode', sql`${t.mode} in ('place','video','phone')`),
  ],
);

/**
 * An interview booking. A slot is booked at most once: the partial unique index on (interviewer, start) among active
 * bookings is the last word when requests race. `uid` is the calendar UID for good; `sequence` counts changes.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => studyParticipants.id, { onDelete: 'cascade' }),
    interviewerId: uuid('interviewer_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: text('mode').notNull(),
    location: text('location').notNull().default(''),
    status: text('status').notNull().default('booked'),
    uid: uuid('uid').notNull().defaultRandom(),
    sequence: integer('sequence').notNull().default(0),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('bookings_slot_taken').on(t.interviewerId, t.startsAt).where(sql`status = 'booked'`),
    uniqueIndex('bookings_one_active').on(t.participantId).where(sql`status = 'booked'`),
    index('bookings_study_start').on(t.studyId, t.startsAt),
    check('bookings_status', sql`${t.status} in ('booked','cancelled','done','no_show')`),
    check('bookings_mode', sql`${t.mode} in ('place','video','phone')`),
    check('bookings_times', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A self-assessment. Identified: linked to the participant. Anonymous: linked to nobody; only its stratum is kept,
 * and `resume_hash` (derived from the personal link, which the server does not store) lets the link resume it.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => studyParticipants.id, { onDelete: 'cascade' }),
    resumeHash: text('resume_hash'),
    orgId: uuid('org_id').notNull(),
    area: text('area'),
    band: text('band').notNull(),
    startedAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_responses_participant').on(t.participantId),
    uniqueIndex('survey_responses_resume').on(t.resumeHash),
    index('survey_responses_study').on(t.studyId),
    check('survey_responses_link', sql`(${t.participantId} is null) <> (${t.resumeHash} is null)`),
  ],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    itemIdentifier: uuid('item_identifier').notNull(),
    currentLevel: integer('current_level'),
    neededLevel: integer('needed_level'),
    importance: integer('importance'),
    comment: text('comment').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.itemIdentifier] }),
    check('survey_answers_importance', sql`${t.importance} is null or ${t.importance} between 1 and 5`),
  ],
);
