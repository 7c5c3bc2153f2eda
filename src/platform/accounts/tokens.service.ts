import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import type { AppContext } from '../context.js';
import { requireTenant, requireUser } from '../context.js';
import { Problem } from '../http/problem.js';
import { apiTokens } from './accounts.schema.js';
import { newSecret, sha256 } from './secrets.js';

export const TOKEN_PREFIX = 'flt_';

function view(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** The caller's own live tokens in the active organisation. */
export async function listApiTokens(ctx: AppContext) {
  const { orgId } = requireTenant(ctx);
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, requireUser(ctx).id), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(view);
}

/** Creates a personal token for the active organisation; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  ctx: AppContext,
  input: { name: string; expiresInDays?: number },
  owner: { userId: string; orgId: string } = { userId: requireUser(ctx).id, orgId: requireTenant(ctx).orgId },
) {
  const token = newSecret(TOKEN_PREFIX);
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({
      userId: owner.userId,
      orgId: owner.orgId,
      name: input.name.normalize('NFC').trim(),
      tokenHash: sha256(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    })
    .returning();
  await recordAudit(ctx, {
    action: 'api_token.created',
    orgId: owner.orgId,
    entityType: 'api_token',
    entityId: row.id,
  });
  return { ...view(row), token };
}

export async function revokeApiToken(ctx: AppContext, id: string) {
  const { orgId } = requireTenant(ctx);
  const [row] = await ctx.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(apiTokens.id, id),
        eq(apiTokens.orgId, orgId),
        eq(apiTokens.userId, requireUser(ctx).id),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning();
  if (!row) throw new Problem(404, 'not_found');
  await recordAudit(ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: id });
}
