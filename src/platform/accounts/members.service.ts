import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import type { AppContext } from '../context.js';
import { requireTenant } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { Problem } from '../http/problem.js';
import { isLocale, translator } from '../i18n/i18n.js';
import { sendMail } from '../mail/mail.service.js';
import { INVITATION_TTL_MS, normaliseEmail, type Role } from './accounts.model.js';
import { invitations, memberships, organisations, sessions, users } from './accounts.schema.js';
import { newSecret, sha256 } from './secrets.js';
import { createSessionForUser } from './sessions.service.js';
import { createUser, findUserByEmail } from './users.service.js';

export async function listMembers(ctx: AppContext) {
  const { orgId } = requireTenant(ctx);
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name));
  await recordAudit(ctx, { action: 'member.list_read', entityType: 'membership', details: { count: rows.length } });
  return rows.map((r) => ({ ...r, role: r.role as Role, createdAt: r.createdAt.toISOString() }));
}

/**
 * Locks the organisation's admin rows and returns their user ids. Taken first, in one order, by every change that could
 * remove an admin: on PostgreSQL two admins demoting each other at once would otherwise each still see the other as
 * admin, and locking the target row first could deadlock.
 */
async function lockAdmins(db: DbOrTx, orgId: string): Promise<string[]> {
  const admins = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'admin')))
    .orderBy(asc(memberships.userId))
    .for('update');
  return admins.map((a) => a.userId);
}

const isLastAdmin = (admins: string[], userId: string) => admins.length === 1 && admins[0] === userId;

export async function addMembership(ctx: AppContext, db: DbOrTx, userId: string, orgId: string, role: Role) {
  await db
    .insert(memberships)
    .values({ userId, orgId, role })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.orgId],
      set: { role },
    });
  await recordAudit(
    ctx,
    { action: 'member.added', orgId, entityType: 'user', entityId: userId, details: { role } },
    db,
  );
}

export async function changeMemberRole(ctx: AppContext, userId: string, role: Role) {
  const { orgId } = requireTenant(ctx);
  await ctx.db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, orgId);
    const [current] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .for('update');
    if (!current) throw new Problem(404, 'not_found');
    if (role !== 'admin' && isLastAdmin(admins, userId)) {
      throw new Problem(409, 'last_admin');
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await recordAudit(
      ctx,
      {
        action: 'member.role_changed',
        entityType: 'user',
        entityId: userId,
        details: { from: current.role, to: role },
      },
      tx,
    );
  });
}

export async function removeMember(ctx: AppContext, userId: string) {
  const { orgId } = requireTenant(ctx);
  await ctx.db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, orgId);
    const [current] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .for('update');
    if (!current) throw new Problem(404, 'not_found');
    if (isLastAdmin(admins, userId)) throw new Problem(409, 'last_admin');
    await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await recordAudit(ctx, { action: 'member.removed', entityType: 'user', entityId: userId }, tx);
  });
}

export async function listInvitations(ctx: AppContext) {
  const { orgId } = requireTenant(ctx);
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.orgId, orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitations.createdAt));
  return rows.map((r) => ({
    ...r,
    role: r.role as Role,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  }));
}

/** Invites an e-mail into the active organisation with a role; the mail carries a single-use 7-day link. */
export async function inviteMember(ctx: AppContext, input: { email: string; role: Role }) {
  const { orgId } = requireTenant(ctx);
  const email = normaliseEmail(input.email);
  const existing = await findUserByEmail(ctx.db, email);
  if (existing) {
    const [member] = await ctx.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, existing.id)));
    if (member) throw new Problem(409, 'already_member', { email });
  }
  const token = newSecret();
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, orgId));
  const invitation = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        orgId,
        email,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: ctx.user!.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    await recordAudit(
      ctx,
      {
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: row.id,
        details: { email, role: input.role },
      },
      tx,
    );
    return row;
  });
  const t = translator(existing && isLocale(existing.locale) ? existing.locale : ctx.locale);
  const link = `${ctx.config.baseUrl}/invitation?token=${encodeURIComponent(token)}`;
  const greeting = existing ? `${t('mail.greeting', { name: existing.name })}\n\n` : '';
  await sendMail(ctx, {
    to: email,
    kind: 'invitation',
    orgId,
    subject: t('mail.invitation.subject', { org: org.name }),
    text: `${greeting}${t('mail.invitation.body', { inviter: ctx.user!.name, org: org.name, role: t(`roles.${input.role}`), link })}\n\n${t('mail.signature')}`,
  });
  return {
    id: invitation.id,
    email,
    role: input.role,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    invitedByName: ctx.user!.name,
  };
}

export async function revokeInvitation(ctx: AppContext, id: string) {
  const { orgId } = requireTenant(ctx);
  const [row] = await ctx.db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.id, id),
        eq(invitations.orgId, orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning();
  if (!row) throw new Problem(404, 'not_found');
  await recordAudit(ctx, { action: 'invitation.revoked', entityType: 'invitation', entityId: id });
}

async function findOpenInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, orgName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(
      and(
        eq(invitations.tokenHash, sha256(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return row;
}

export async function lookupInvitation(ctx: AppContext, token: string) {
  const row = await findOpenInvitation(ctx.db, token);
  if (!row) throw new Problem(400, 'token_invalid');
  const account = await findUserByEmail(ctx.db, row.invitation.email);
  return {
    organisationName: row.orgName,
    email: row.invitation.email,
    role: row.invitation.role as Role,
    accountExists: Boolean(account),
    expiresAt: row.invitation.expiresAt.toISOString(),
  };
}

/**
 * Accepts an invitation. A new person creates their account here (and is signed in); someone with an account must be
 * signed in as the invited e-mail. The invitation is consumed in the same transaction, so a link works once.
 */
export async function acceptInvitation(
  ctx: AppContext,
  input: { token: string; name?: string; password?: string },
): Promise<{ userId: string; orgId: string; role: Role; session?: { token: string; csrf: string } }> {
  return ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(invitations.tokenHash, sha256(input.token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!invitation) throw new Problem(400, 'token_invalid');
    const account = await findUserByEmail(tx, invitation.email);
    let userId: string;
    let session: { token: string; csrf: string } | undefined;
    if (account) {
      if (!ctx.user) throw new Problem(401, 'unauthenticated');
      if (ctx.user.id !== account.id) throw new Problem(403, 'forbidden');
      // An older invitation must not overwrite the role of someone who is already a member (it could demote an admin).
      const [member] = await tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, account.id)));
      if (member) throw new Problem(409, 'already_member', { email: invitation.email });
      userId = account.id;
    } else {
      if (!input.name || !input.password) {
        throw new Problem(400, 'validation', {}, [
          ...(!input.name ? [{ path: 'name', message: ctx.t('errors.validation') }] : []),
          ...(!input.password ? [{ path: 'password', message: ctx.t('errors.weak_password') }] : []),
        ]);
      }
      const user = await createUser(
        ctx,
        { email: invitation.email, name: input.name, password: input.password, locale: ctx.locale },
        tx,
      );
      userId = user.id;
    }
    const actor = { ...ctx, tenant: { orgId: invitation.orgId, role: invitation.role as Role } };
    await addMembership(actor, tx, userId, invitation.orgId, invitation.role as Role);
    await recordAudit(actor, { action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id }, tx);
    if (!account) {
      // The browser's cookie is replaced by the new account's session: end the one it replaces, if any.
      if (ctx.auth?.kind === 'session') await tx.delete(sessions).where(eq(sessions.id, ctx.auth.sessionId));
      session = await createSessionForUser(tx, ctx, userId);
    }
    return { userId, orgId: invitation.orgId, role: invitation.role as Role, session };
  });
}
