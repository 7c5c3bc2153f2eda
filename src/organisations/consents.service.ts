/**
 * Consent records of the organisation's people: purpose, when and how it was given, when withdrawn. Only people of
 * the active organisation; every read and change is audit-logged against the person (so the person's access
 * export lists it and erasure scrubs it).
 */
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { consents, people } from './organisations.schema.js';
import type { ConsentMethod } from './people.model.js';

export interface ConsentDto {
  id: string;
  personId: string;
  purpose: string;
  method: ConsentMethod;
  givenAt: string;
  withdrawnAt: string | null;
  note: string | null;
  createdAt: string;
}

type ConsentRow = typeof consents.$inferSelect;

function toDto(row: ConsentRow): ConsentDto {
  return {
    id: row.id,
    personId: row.personId,
    purpose: row.purpose,
    method: row.method as ConsentMethod,
    givenAt: row.givenAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

async function requirePerson(ctx: AppContext, personId: string, db: DbOrTx = ctx.db): Promise<void> {
  const { orgId } = requireTenant(ctx);
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.orgId, orgId)));
  if (!row) throw new Problem(404, 'not_found');
}

/** The person's consents, newest first, without an audit entry: for callers that log the read themselves. */
export async function listConsentRows(ctx: AppContext, personId: string, db: DbOrTx = ctx.db): Promise<ConsentDto[]> {
  const { orgId } = requireTenant(ctx);
  const rows = await db
    .select()
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.personId, personId)))
    .orderBy(desc(consents.givenAt), desc(consents.createdAt));
  return rows.map(toDto);
}

export async function listConsents(ctx: AppContext, personId: string): Promise<ConsentDto[]> {
  await requirePerson(ctx, personId);
  const list = await listConsentRows(ctx, personId);
  await recordAudit(ctx, { action: 'person.consents_read', entityType: 'person', entityId: personId });
  return list;
}

export interface NewConsent {
  purpose: string;
  method: ConsentMethod;
  givenAt: Date;
  note?: string | null;
}

export async function recordConsent(ctx: AppContext, personId: string, input: NewConsent): Promise<ConsentDto> {
  const { orgId } = requireTenant(ctx);
  return ctx.db.transaction(async (tx) => {
    await requirePerson(ctx, personId, tx);
    const [row] = await tx
      .insert(consents)
      .values({
        orgId,
        personId,
        purpose: input.purpose.normalize('NFC'),
        method: input.method,
        givenAt: input.givenAt,
        note: input.note ? input.note.normalize('NFC') : null,
        recordedBy: ctx.user?.id ?? null,
      })
      .returning();
    await recordAudit(
      ctx,
      {
        action: 'consent.recorded',
        entityType: 'person',
        entityId: personId,
        details: { consentId: row.id, method: row.method },
      },
      tx,
    );
    return toDto(row);
  });
}

/** Marks a consent withdrawn now; 409 when it already is. */
export async function withdrawConsent(ctx: AppContext, consentId: string): Promise<ConsentDto> {
  const { orgId } = requireTenant(ctx);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.orgId, orgId)))
      .for('update');
    if (!current) throw new Problem(404, 'not_found');
    if (current.withdrawnAt) throw new Problem(409, 'consent_already_withdrawn');
    const [row] = await tx
      .update(consents)
      .set({ withdrawnAt: new Date() })
      .where(eq(consents.id, consentId))
      .returning();
    await recordAudit(
      ctx,
      { action: 'consent.withdrawn', entityType: 'person', entityId: row.personId, details: { consentId: row.id } },
      tx,
    );
    return toDto(row);
  });
}
