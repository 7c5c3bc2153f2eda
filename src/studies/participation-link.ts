/**
 * The personal link a participant gets by mail. Only its SHA-256 is stored; the link alone identifies the
 * participant, so every use checks that it is known, not expired, and that the study's status allows the step.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { studies, studyParticipants } from './studies.schema.js';
import { assertChange, type ChangeKind, type StudyStatus } from './study-status.model.js';

export const LINK_TTL_DAYS = 120;

export const hashLink = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh link token (256 bits, URL-safe) and what is stored of it. */
export function newLink(now = new Date()): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLink(token), expiresAt: new Date(now.getTime() + LINK_TTL_DAYS * 86_400_000) };
}

/**
 * A key derived from the link for an anonymous self-assessment: it lets the same link resume its answers, while the
 * database alone (which holds only the link's plain hash) cannot tie the answers to the participant.
 */
export const resumeKey = (token: string) => createHash('sha256').update(`survey-resume:${token}`).digest('hex');

export type ParticipantRow = typeof studyParticipants.$inferSelect;
export type StudyRow = typeof studies.$inferSelect;

/** Tokens are base64url of 32 bytes; anything else is refused before the database is asked. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function findByLink(
  db: DbOrTx,
  token: string,
  options: { forUpdate?: boolean; now?: Date } = {},
): Promise<{ participant: ParticipantRow; study: StudyRow }> {
  if (!TOKEN_PATTERN.test(token)) throw new Problem(404, 'link_invalid');
  const query = db
    .select({ participant: studyParticipants, study: studies })
    .from(studyParticipants)
    .innerJoin(studies, eq(studies.id, studyParticipants.studyId))
    .where(eq(studyParticipants.linkHash, hashLink(token)));
  const [row] = options.forUpdate ? await query.for('update', { of: studyParticipants }) : await query;
  if (!row) throw new Problem(404, 'link_invalid');
  const now = options.now ?? new Date();
  if (row.participant.linkExpiresAt && row.participant.linkExpiresAt < now) throw new Problem(410, 'link_expired');
  if (row.participant.status === 'withdrawn') throw new Problem(410, 'link_withdrawn');
  return row;
}

/** The participant may take this step now: consent given (when needed) and the study's status allows it. */
export function requireStep(
  ctx: AppContext,
  found: { participant: ParticipantRow; study: StudyRow },
  change: ChangeKind,
  options: { needsConsent?: boolean } = { needsConsent: true },
): void {
  if (assertChange(found.study.status as StudyStatus, change)) {
    throw new Problem(409, 'participation_closed', { status: ctx.t(`studies.statuses.${found.study.status}`) });
  }
  if (found.participant.status === 'declined') throw new Problem(409, 'participation_declined');
  if (options.needsConsent !== false && !found.participant.consentAt) throw new Problem(409, 'consent_required');
}
