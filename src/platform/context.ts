import type { TFunction } from 'i18next';
import type { Role } from './accounts/accounts.model.js';
import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import type { Locale } from './i18n/i18n.js';
import { translator } from './i18n/i18n.js';
import type { Jobs } from './jobs/jobs.js';
import type { Logger } from './logging/logger.js';
import type { Mailer } from './mail/mailer.js';

/** What a process has once: built at start-up by the composition root (server.ts / cli.ts). */
export interface Services {
  config: Config;
  database: Database;
  jobs: Jobs;
  mail: Mailer;
  log: Logger;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isPlatformAdmin: boolean;
}

export interface Tenant {
  orgId: string;
  role: Role;
}

/**
 * The plain context every use case receives: `(ctx, input) => result`. The tenant comes from the session or API
 * token, never from a request body.
 */
export interface AppContext extends Services {
  db: Db;
  user: CurrentUser | null;
  tenant: Tenant | null;
  auth: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string } | null;
  locale: Locale;
  t: TFunction;
  ip: string | null;
  requestId: string;
}

/** A context for work outside a request (CLI, jobs, demo seeding). */
export function systemContext(
  services: Services,
  options: { user?: CurrentUser | null; tenant?: Tenant | null; locale?: Locale } = {},
): AppContext {
  const locale = options.locale ?? 'da';
  return {
    ...services,
    db: services.database.db,
    user: options.user ?? null,
    tenant: options.tenant ?? null,
    auth: null,
    locale,
    t: translator(locale),
    ip: null,
    requestId: 'system',
  };
}

/** The tenant of a context that a route has already required; throws if a service is misused without one. */
export function requireTenant(ctx: AppContext): Tenant {
  if (!ctx.tenant) throw new Error('This use case needs an active organisation in the context');
  return ctx.tenant;
}

export function requireUser(ctx: AppContext): CurrentUser {
  if (!ctx.user) throw new Error('This use case needs a signed-in user in the context');
  return ctx.user;
}
