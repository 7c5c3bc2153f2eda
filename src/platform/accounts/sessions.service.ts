import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { type AuditEvent, recordAudit } from '../audit/audit.service.js';
import type { AppContext, CurrentUser, Tenant } from '../context.js';
import type { Db, DbOrTx } from '../db/client.js';
import { Problem } from '../http/problem.js';
import { isLocale, type Locale, translator } from '../i18n/i18n.js';
import { sendMail } from '../mail/mail.service.js';
import {
  LOGIN_WINDOW_MS,
  loginLockout,
  MIN_PASSWORD_LENGTH,
  normaliseEmail,
  RESET_TTL_MS,
  type Role,
  SESSION_TTL_MS,
} from './accounts.model.js';
import {
  apiTokens,
  loginAttempts,
  memberships,
  organisations,
  passwordResets,
  sessions,
  users,
} from './accounts.schema.js';
import { hashPassword, newSecret, sha256, verifyPassword } from './secrets.js';

export interface ResolvedAuth {
  user: CurrentUser;
  tenant: Tenant | null;
  auth: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string };
}

function toCurrentUser(u: typeof users.$inferSelect): CurrentUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: isLocale(u.locale) ? u.locale : 'da',
    isPlatformAdmin: u.isPlatformAdmin,
  };
}

async function membershipRole(db: Db, userId: string, orgId: string | null): Promise<Role | null> {
  if (!orgId) return null;
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return (m?.role as Role | undefined) ?? null;
}

/** Looks up a session cookie; null when unknown or expired. Extends the session while it is used. */
export async function resolveSession(db: Db, token: string): Promise<ResolvedAuth | null> {
  const now = new Date();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  if (!row) return null;
  // Touch at most once a minute to keep writes down on busy sessions.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
      .where(eq(sessions.id, row.session.id));
  }
  const role = await membershipRole(db, row.user.id, row.session.activeOrgId);
  return {
    user: toCurrentUser(row.user),
    tenant: role && row.session.activeOrgId ? { orgId: row.session.activeOrgId, role } : null,
    auth: { kind: 'session', sessionId: row.session.id, csrfToken: row.session.csrfToken },
  };
}

/** Looks up a Bearer API token; its role is the user's current role in the token's organisation. */
export async function resolveApiToken(db: Db, token: string): Promise<ResolvedAuth | null> {
  const now = new Date();
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row) return null;
  const role = await membershipRole(db, row.user.id, row.token.orgId);
  if (!role) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return {
    user: toCurrentUser(row.user),
    tenant: { orgId: row.token.orgId, role },
    auth: { kind: 'token', tokenId: row.token.id },
  };
}

async function lockoutMinutes(db: Db, emailKey: string, ip: string | null): Promise<number> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const rows = await db
    .select({ success: loginAttempts.success, at: loginAttempts.at, emailKey: loginAttempts.emailKey })
    .from(loginAttempts)
    .where(
      and(
        gt(loginAttempts.at, since),
        ip ? or(eq(loginAttempts.emailKey, emailKey), eq(loginAttempts.ip, ip)) : eq(loginAttempts.emailKey, emailKey),
      ),
    );
  const now = new Date();
  // Per e-mail: 5 failures. Per IP across e-mails: 20 (password spraying).
  const byEmail = loginLockout(
    rows.filter((r) => r.emailKey === emailKey),
    now,
  );
  const byIp = ip ? loginLockout(rows, now, 20) : 0;
  return Math.max(byEmail, byIp);
}

export interface SignInResult {
  sessionToken: string;
  csrfToken: string;
  user: CurrentUser;
}

async function createSession(db: DbOrTx, ctx: AppContext, userId: string): Promise<{ token: string; csrf: string }> {
  const [first] = await db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name))
    .limit(1);
  const token = newSecret();
  const csrf = newSecret();
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    activeOrgId: first?.orgId ?? null,
    csrfToken: csrf,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ip: ctx.ip,
    userAgent: null,
  });
  return { token, csrf };
}

/**
 * Records a sign-in event once for every organisation the user belongs to, so each organisation's admins see their
 * members' sign-ins in their own audit log; a user without organisations gets one platform-level entry.
 */
async function recordSignInEvent(ctx: AppContext, userId: string, event: Omit<AuditEvent, 'orgId'>) {
  const orgIds = (
    await ctx.db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId))
  ).map((m) => m.orgId);
  for (const orgId of orgIds.length ? orgIds : [null]) await recordAudit(ctx, { ...event, orgId });
}

export async function signIn(ctx: AppContext, input: { email: string; password: string }): Promise<SignInResult> {
  const emailKey = normaliseEmail(input.email);
  const wait = await lockoutMinutes(ctx.db, emailKey, ctx.ip);
  if (wait > 0) {
    await recordAudit(ctx, { action: 'auth.sign_in_blocked', orgId: null, details: { email: emailKey } });
    throw new Problem(429, 'too_many_attempts', { minutes: wait }, undefined, { 'Retry-After': String(wait * 60) });
  }
  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${emailKey}`);
  const ok = await verifyPassword(user && !user.disabledAt ? user.passwordHash : null, input.password);
  await ctx.db.insert(loginAttempts).values({ emailKey, ip: ctx.ip, success: ok });
  if (!ok || !user) {
    const event = {
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: user?.id,
      details: { email: emailKey },
    };
    if (user) await recordSignInEvent(ctx, user.id, event);
    else await recordAudit(ctx, { ...event, entityType: undefined, orgId: null });
    throw new Problem(401, 'invalid_credentials');
  }
  const current = toCurrentUser(user);
  const { token, csrf } = await createSession(ctx.db, ctx, user.id);
  await recordSignInEvent({ ...ctx, user: current }, user.id, {
    action: 'auth.sign_in',
    entityType: 'user',
    entityId: user.id,
  });
  return { sessionToken: token, csrfToken: csrf, user: current };
}

export async function signOut(ctx: AppContext): Promise<void> {
  if (ctx.auth?.kind !== 'session') return;
  await ctx.db.delete(sessions).where(eq(sessions.id, ctx.auth.sessionId));
  await recordSignInEvent(ctx, ctx.user!.id, { action: 'auth.sign_out', entityType: 'user', entityId: ctx.user!.id });
}

export interface SessionInfo {
  user: CurrentUser;
  activeOrganisation: { id: string; name: string; kind: string; role: Role } | null;
  organisations: { id: string; name: string; kind: string; role: Role }[];
  csrfToken: string | null;
  authKind: 'session' | 'token';
}

export async function getSessionInfo(ctx: AppContext, csrfToken: string | null): Promise<SessionInfo> {
  const user = ctx.user!;
  const orgs = await ctx.db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organisations.name));
  const list = orgs.map((o) => ({ ...o, role: o.role as Role }));
  return {
    user,
    activeOrganisation: list.find((o) => o.id === ctx.tenant?.orgId) ?? null,
    organisations: list,
    csrfToken,
    authKind: ctx.auth?.kind === 'token' ? 'token' : 'session',
  };
}

/** Switches the session's active organisation; the user must be a member of it. */
export async function switchOrganisation(ctx: AppContext, orgId: string): Promise<void> {
  if (ctx.auth?.kind !== 'session') throw new Problem(403, 'forbidden');
  const role = await membershipRole(ctx.db, ctx.user!.id, orgId);
  if (!role) throw new Problem(404, 'not_member');
  await ctx.db.update(sessions).set({ activeOrgId: orgId }).where(eq(sessions.id, ctx.auth.sessionId));
}

export async function updateProfile(ctx: AppContext, input: { name?: string; locale?: Locale }): Promise<CurrentUser> {
  const [row] = await ctx.db
    .update(users)
    .set({
      ...(input.name ? { name: input.name.normalize('NFC').trim() } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
    })
    .where(eq(users.id, ctx.user!.id))
    .returning();
  return toCurrentUser(row);
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Problem(400, 'weak_password', {}, [{ path: 'password', message: 'weak_password' }]);
  }
}

export async function changePassword(ctx: AppContext, input: { currentPassword: string; newPassword: string }) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.user!.id));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new Problem(400, 'invalid_credentials');
  checkPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    // Other sessions end: a changed password should lock out whoever else had it.
    if (ctx.auth?.kind === 'session') {
      await tx.delete(sessions).where(and(eq(sessions.userId, user.id), sql`${sessions.id} <> ${ctx.auth.sessionId}`));
    }
    await recordAudit(ctx, { action: 'user.password_changed', orgId: null, entityType: 'user', entityId: user.id }, tx);
  });
}

/** Always succeeds from the caller's view, so the answer does not reveal which e-mails have accounts. */
export async function requestPasswordReset(ctx: AppContext, input: { email: string }): Promise<void> {
  const emailKey = normaliseEmail(input.email);
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${emailKey}`, isNull(users.disabledAt)));
  if (!user) return;
  const token = newSecret();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(passwordResets)
      .values({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) });
    await recordAudit(
      ctx,
      { action: 'auth.password_reset_requested', orgId: null, entityType: 'user', entityId: user.id },
      tx,
    );
  });
  const t = translator(isLocale(user.locale) ? user.locale : 'da');
  const link = `${ctx.config.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await sendMail(ctx, {
    to: user.email,
    kind: 'password_reset',
    orgId: null,
    subject: t('mail.reset.subject'),
    text: `${t('mail.greeting', { name: user.name })}\n\n${t('mail.reset.body', { link })}\n\n${t('mail.signature')}`,
  });
}

export async function resetPassword(ctx: AppContext, input: { token: string; password: string }): Promise<void> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    // Marking the token used in the same statement that checks it makes reuse impossible, even concurrently.
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!reset) throw new Problem(400, 'token_invalid');
    await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    await recordAudit(
      ctx,
      { action: 'auth.password_reset', orgId: null, entityType: 'user', entityId: reset.userId },
      tx,
    );
  });
}

export { checkPassword, createSession as createSessionForUser };
