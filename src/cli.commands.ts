import { and, eq } from 'drizzle-orm';
import { type Role, roles } from './platform/accounts/accounts.model.js';
import { memberships, organisations } from './platform/accounts/accounts.schema.js';
import { createApiToken } from './platform/accounts/tokens.service.js';
import { createUser, findUserByEmail, promoteToPlatformAdmin } from './platform/accounts/users.service.js';
import { type Services, systemContext } from './platform/context.js';

type Flags = { email?: string; name?: string; password?: string; org?: string; days?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message: string): never {
  throw Object.assign(new Error(message), { cli: true });
}

/** The CLI's account commands, as use cases on a system context; they print and return an exit code. */
export function createCliCommands(services: Services) {
  const ctx = systemContext(services);
  const out = (text: string) => process.stdout.write(text);
  return {
    async createAdmin(flags: Flags): Promise<number> {
      const password = flags.password ?? process.env.FRONTLINE_ADMIN_PASSWORD;
      if (!flags.email || !password) fail('create-admin needs --email and --password (or FRONTLINE_ADMIN_PASSWORD)');
      const existing = await findUserByEmail(ctx.db, flags.email);
      if (existing) {
        await promoteToPlatformAdmin(ctx, existing.id, password);
        out(`${existing.email} is now a platform admin; the password was set.\n`);
        return 0;
      }
      const user = await createUser(ctx, {
        email: flags.email,
        name: flags.name ?? flags.email,
        password,
        isPlatformAdmin: true,
      });
      out(`Platform admin ${user.email} created.\n`);
      return 0;
    },

    async createToken(flags: Flags): Promise<number> {
      if (!flags.email || !flags.org) fail('create-token needs --email and --org');
      const user = await findUserByEmail(ctx.db, flags.email);
      if (!user) fail(`No user with e-mail ${flags.email}`);
      // The user's organisations matching the id or the name; two with the same name must be told apart by id.
      const matches = await ctx.db
        .select({ org: organisations, role: memberships.role })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.orgId))
        .where(
          and(
            eq(memberships.userId, user.id),
            UUID.test(flags.org) ? eq(organisations.id, flags.org) : eq(organisations.name, flags.org),
          ),
        );
      if (matches.length === 0) fail(`${user.email} is not a member of an organisation "${flags.org}"`);
      if (matches.length > 1) {
        fail(
          `Several organisations are called "${flags.org}"; use --org with one of: ${matches.map((m) => m.org.id).join(', ')}`,
        );
      }
      const [{ org, role: membershipRole }] = matches;
      const membership = { role: membershipRole };
      const days = flags.days ? Number(flags.days) : undefined;
      if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 730)) fail('--days must be 1–730');
      const role = membership.role as Role;
      if (!roles.includes(role)) fail(`Unknown role ${role}`);
      const asUser = systemContext(services, {
        user: { id: user.id, email: user.email, name: user.name, locale: 'en', isPlatformAdmin: user.isPlatformAdmin },
        tenant: { orgId: org.id, role },
      });
      const token = await createApiToken(asUser, { name: flags.name ?? 'CLI', expiresInDays: days });
      out(`API token for ${user.email} in ${org.name} (role ${role}); it is shown only this once:\n${token.token}\n`);
      return 0;
    },
  };
}
