/**
 * Shared set-up for the accounts database tests: people, organisations and memberships made through the services,
 * signed-in API clients, and readers for the outbox and the audit log.
 */
import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildApp } from '../../server.js';
import { auditLog } from '../audit/audit.schema.js';
import { outboxMessages } from '../mail/mail.schema.js';
import { type ApiClient, type ApiResponse, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import type { OrganisationKind, Role } from './accounts.model.js';
import { addMembership } from './members.service.js';
import { createOrganisation } from './organisations.service.js';
import { createUser } from './users.service.js';

export const PASSWORD = 'correct horse battery';

export type App = ReturnType<typeof buildApp>;

export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<{ services: TestServices; app: App }> {
  const services = await createTestServices(env);
  return { services, app: buildApp(services, { serveWeb: false }) };
}

export function newUser(
  services: TestServices,
  email: string,
  options: { name?: string; isPlatformAdmin?: boolean; locale?: 'da' | 'en'; password?: string } = {},
) {
  return createUser(services.ctx(), {
    email,
    name: options.name ?? email.split('@')[0],
    password: options.password ?? PASSWORD,
    isPlatformAdmin: options.isPlatformAdmin,
    locale: options.locale,
  });
}

export function newOrg(services: TestServices, name: string, kind: OrganisationKind = 'school') {
  return createOrganisation(services.ctx(), { name, kind });
}

export function join(services: TestServices, userId: string, orgId: string, role: Role) {
  return addMembership(services.ctx(), services.database.db, userId, orgId, role);
}

/** A new user with `role` in `orgId`, signed in through the API. */
export async function memberClient(
  services: TestServices,
  app: App,
  email: string,
  orgId: string,
  role: Role,
): Promise<{ user: { id: string; email: string }; client: ApiClient }> {
  const user = await newUser(services, email);
  await join(services, user.id, orgId, role);
  return { user, client: await signedInClient(app, email, PASSWORD) };
}

export function outboxFor(services: TestServices, to: string) {
  return services.database.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.to, to))
    .orderBy(desc(outboxMessages.createdAt));
}

/** The token in the last link of the given path (`/reset-password`, `/invitation`) mailed to `to`. */
export async function mailedToken(services: TestServices, to: string, linkPath: string): Promise<string> {
  const [mail] = await outboxFor(services, to);
  expect(mail, `no mail to ${to}`).toBeDefined();
  const match = new RegExp(`https?://[^\\s]+${linkPath}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  expect(match, `no ${linkPath} link in: ${mail.text}`).not.toBeNull();
  return decodeURIComponent(match![1]);
}

export function auditRows(services: TestServices, action: string, actorUserId?: string) {
  return services.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), actorUserId ? eq(auditLog.actorUserId, actorUserId) : undefined));
}

/** A problem+json answer with the status and code, and nothing that looks like a stack trace. */
export function expectProblem(res: ApiResponse, status: number, code: string) {
  expect({ status: res.status, code: res.json?.code }, res.text).toEqual({ status, code });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.json.detail).toEqual(expect.any(String));
  expect(res.json.detail).not.toMatch(/^errors\./);
  expectNoStackTrace(res.text);
}

export function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\bat\s+\S+\s+\(|\bat\s+[^\s]+:\d+:\d+|\n\s+at /);
  expect(text).not.toMatch(/[A-Za-z]*Error:/);
}

/** Reads a raw `app.request` answer into the same shape the API client returns. */
export async function read(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
