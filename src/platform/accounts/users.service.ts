import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import type { AppContext } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { Problem } from '../http/problem.js';
import type { Locale } from '../i18n/i18n.js';
import { normaliseEmail } from './accounts.model.js';
import { users } from './accounts.schema.js';
import { hashPassword } from './secrets.js';
import { checkPassword } from './sessions.service.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  locale?: Locale;
  isPlatformAdmin?: boolean;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`);
  return user;
}

/** Creates a user with an argon2id password hash; fails with 409 when the e-mail is taken. */
export async function createUser(ctx: AppContext, input: NewUser, db: DbOrTx = ctx.db) {
  checkPassword(input.password);
  if (await findUserByEmail(db, input.email)) throw new Problem(409, 'email_taken');
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      name: input.name.normalize('NFC').trim(),
      passwordHash,
      locale: input.locale ?? 'da',
      isPlatformAdmin: input.isPlatformAdmin ?? false,
    })
    .returning();
  await recordAudit(ctx, { action: 'user.created', orgId: null, entityType: 'user', entityId: user.id }, db);
  return user;
}

/** Makes an existing user a platform admin and sets their password (CLI `create-admin` on an existing e-mail). */
export async function promoteToPlatformAdmin(ctx: AppContext, userId: string, password: string) {
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  const [user] = await ctx.db
    .update(users)
    .set({ isPlatformAdmin: true, passwordHash })
    .where(eq(users.id, userId))
    .returning();
  await recordAudit(ctx, { action: 'user.platform_admin_granted', orgId: null, entityType: 'user', entityId: userId });
  return user;
}
