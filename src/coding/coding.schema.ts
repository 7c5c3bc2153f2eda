import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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
import { studies, studyParticipants } from '../studies/studies.schema.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const studyId = () =>
  uuid('study_id')
    .notNull()
    .references(() => studies.id, { onDelete: 'cascade' });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Participant attributes that travel with a transcript (snapshot at upload, or the case variables of an import). */
export interface TranscriptAttributes {
  organisation: string | null;
  area: string | null;
  band: string | null;
  role: string | null;
}

/** What pseudonymisation replaced: pseudonyms and counts only, never the original names. */
export interface PseudonymisationEntry {
  pseudonym: string;
  kind: string;
  count: number;
}

/**
 * Who codes: a team member (one row per user and study), the machine, or a coder named in an imported project.
 * Codings belong to a coder, so each coder's work is kept apart.
 */
export const coders = pgTable(
  'coding_coders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    studyId: studyId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('coding_coders_user').on(t.studyId, t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('coding_coders_machine').on(t.studyId).where(sql`${t.kind} = 'machine'`),
    check('coding_coders_kind', sql`${t.kind} in ('human','machine','imported')`),
  ],
);

/**
 * A pseudonymised interview transcript. Deleting (erasing) the participant deletes it with everything coded on it.
 * Imported transcripts whose case matches no participant keep the case name and attributes instead.
 */
export const transcripts = pgTable(
  'transcripts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    studyId: studyId(),
    participantId: uuid('participant_id').references(() => studyParticipants.id, { onDelete: 'cascade' }),
    caseName: text('case_name'),
    title: text('title').notNull(),
    format: text('format').notNull(),
    text: text('text').notNull(),
    attributes: jsonb('attributes').$type<TranscriptAttributes>().notNull(),
    pseudonymisation: jsonb('pseudonymisation').$type<PseudonymisationEntry[]>().notNull().default([]),
    wordCount: integer('word_count').notNull(),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('transcripts_study').on(t.studyId), index('transcripts_participant').on(t.participantId)],
);

/** Speaker turns: the unit of agreement, suggestions and search (a `danish` full-text vector per turn). */
export const transcriptSegments = pgTable(
  'transcript_segments',
  {
    transcriptId: uuid('transcript_id')
      .notNull()
      .references(() => transcripts.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    studyId: studyId(),
    speaker: text('speaker'),
    role: text('role'),
    start: integer('start_offset').notNull(),
    end: integer('end_offset').notNull(),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    text: text('text').notNull(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('danish', text)`),
  },
  (t) => [
    primaryKey({ columns: [t.transcriptId, t.ordinal] }),
    index('transcript_segments_study').on(t.studyId),
    index('transcript_segments_search').using('gin', t.search),
  ],
);

/** The study's codebook: codes tied to framework competencies (with a polarity) and emergent codes, in a tree. */
export const codes = pgTable(
  'codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    studyId: studyId(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    colour: text('colour').notNull(),
    polarity: text('polarity').notNull().default('neutral'),
    /** The framework item identifier (stable across versions) of the competency the code is about. */
    competencyId: uuid('competency_id'),
    ordinal: integer('ordinal').notNull().default(0),
    shortcut: text('shortcut'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('codes_study').on(t.studyId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }).onDelete('restrict'),
    uniqueIndex('codes_shortcut').on(t.studyId, t.shortcut).where(sql`${t.shortcut} is not null`),
    check('codes_polarity', sql`${t.polarity} in ('need','strength','neutral')`),
    check('codes_colour', sql`${t.colour} ~ '^#[0-9a-f]{6}$'`),
  ],
);

/** A code applied by one coder to a span [start, end) of a transcript, in Unicode code points. */
export const codings = pgTable(
  'codings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    studyId: studyId(),
    transcriptId: uuid('transcript_id')
      .notNull()
      .references(() => transcripts.id, { onDelete: 'cascade' }),
    codeId: uuid('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'restrict' }),
    coderId: uuid('coder_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'cascade' }),
    start: integer('start_offset').notNull(),
    end: integer('end_offset').notNull(),
    origin: text('origin').notNull().default('human'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('codings_once').on(t.transcriptId, t.codeId, t.coderId, t.start, t.end),
    index('codings_code').on(t.codeId),
    index('codings_study').on(t.studyId),
    check('codings_span', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
    check('codings_origin', sql`${t.origin} in ('human','machine','import')`),
  ],
);

/** The team's decision on one disagreement (a turn × code that some coders applied and others did not). */
export const codingResolutions = pgTable(
  'coding_resolutions',
  {
    transcriptId: uuid('transcript_id')
      .notNull()
      .references(() => transcripts.id, { onDelete: 'cascade' }),
    segmentOrdinal: integer('segment_ordinal').notNull(),
    codeId: uuid('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    studyId: studyId(),
    decision: text('decision').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.transcriptId, t.segmentOrdinal, t.codeId] }),
    check('coding_resolutions_decision', sql`${t.decision} in ('include','exclude')`),
  ],
);

/**
 * The consensus layer the analysis reads: one row per turn × code, recomputed for a transcript whenever its
 * codings or resolutions change (consensus.model.ts decides). The span is the coded words to quote.
 */
export const consensusUnits = pgTable(
  'consensus_units',
  {
    transcriptId: uuid('transcript_id')
      .notNull()
      .references(() => transcripts.id, { onDelete: 'cascade' }),
    segmentOrdinal: integer('segment_ordinal').notNull(),
    codeId: uuid('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    studyId: studyId(),
    participantId: uuid('participant_id'),
    source: text('source').notNull(),
    start: integer('start_offset').notNull(),
    end: integer('end_offset').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.transcriptId, t.segmentOrdinal, t.codeId] }),
    index('consensus_units_study_code').on(t.studyId, t.codeId),
  ],
);

/** Memos on the study, a transcript, a code or a coding (a passage). */
export const codingMemos = pgTable(
  'coding_memos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    studyId: studyId(),
    target: text('target').notNull(),
    transcriptId: uuid('transcript_id').references(() => transcripts.id, { onDelete: 'cascade' }),
    codeId: uuid('code_id').references(() => codes.id, { onDelete: 'cascade' }),
    codingId: uuid('coding_id').references(() => codings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('coding_memos_study').on(t.studyId),
    check('coding_memos_target', sql`${t.target} in ('study','transcript','code','coding')`),
  ],
);

/** The study's trained suggestion model and its held-out agreement with the humans. */
export const codingModels = pgTable('coding_models', {
  studyId: uuid('study_id')
    .primaryKey()
    .references(() => studies.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  status: text('status').notNull(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  passages: integer('passages').notNull(),
  evaluation: jsonb('evaluation').$type<{ codeId: string; kappa: number | null; heldOut: number }[]>().notNull(),
  model: jsonb('model').notNull(),
});

/** Machine suggestions waiting for a human: they count for nothing until accepted (then they are codings). */
export const codeSuggestions = pgTable(
  'code_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: studyId(),
    transcriptId: uuid('transcript_id')
      .notNull()
      .references(() => transcripts.id, { onDelete: 'cascade' }),
    segmentOrdinal: integer('segment_ordinal').notNull(),
    codeId: uuid('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    start: integer('start_offset').notNull(),
    end: integer('end_offset').notNull(),
    score: real('score').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('code_suggestions_once').on(t.transcriptId, t.segmentOrdinal, t.codeId),
    check('code_suggestions_status', sql`${t.status} in ('open','accepted','rejected')`),
  ],
);
