/**
 * Fixtures for the tenancy walk (src/tenancy.db.test.ts): for every API operation, how organisation B calls it
 * against organisation A's data. Add an entry when you add an operation with path parameters or a required body.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import { apiTokens, invitations, memberships } from './platform/accounts/accounts.schema.js';
import type { AppContext } from './platform/context.js';
import type { TestServices } from './platform/testing/test-app.js';
import type { buildApp } from './server.js';

export interface TenantSeed {
  orgId: string;
  orgName: string;
  adminId: string;
  adminEmail: string;
  invitationId: string;
  invitationEmail: string;
  tokenId: string;
  tokenName: string;
  tokenSecret: string;
}

export interface TenantData extends TenantSeed {
  /** Strings that must never appear in a response to organisation B. */
  markers: string[];
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Must the call be refused (403/404)? Defaults to true when the path has parameters. */
  expectDenied?: boolean;
}

const calls: Record<string, (a: TenantData) => Call> = {
  // Session and profile: B acts on B's own account; bodies that name A must be refused.
  'POST /api/v1/auth/sign-in': () => ({ body: { email: 'nobody@beta.test', password: 'wrong-password' } }),
  'POST /api/v1/auth/password-reset': (a) => ({ body: { email: a.adminEmail } }),
  'POST /api/v1/auth/password-reset/confirm': () => ({
    body: { token: 'not-a-real-token-123', password: 'x'.repeat(12) },
  }),
  'PUT /api/v1/session/organisation': (a) => ({ body: { organisationId: a.orgId }, expectDenied: true }),
  'PATCH /api/v1/me': () => ({ body: { name: 'Beta Admin' } }),
  'POST /api/v1/me/password': () => ({ body: { currentPassword: 'wrong-password', newPassword: 'y'.repeat(12) } }),
  // Organisations and members: B's admin creates in B, and cannot touch A's members or invitations.
  'POST /api/v1/organisations': () => ({ body: { kind: 'school', name: 'Beta Skole' } }),
  'PATCH /api/v1/members/{userId}': (a) => ({ params: { userId: a.adminId }, body: { role: 'hr' } }),
  'DELETE /api/v1/members/{userId}': (a) => ({ params: { userId: a.adminId } }),
  'POST /api/v1/invitations': () => ({ body: { email: 'beta-invitee@beta.test', role: 'analyst' } }),
  'DELETE /api/v1/invitations/{id}': (a) => ({ params: { id: a.invitationId } }),
  'GET /api/v1/invitations/lookup': () => ({ query: { token: 'not-a-real-token-123' } }),
  'POST /api/v1/invitations/accept': () => ({
    body: { token: 'not-a-real-token-123', name: 'X', password: 'z'.repeat(12) },
  }),
  'POST /api/v1/tokens': () => ({ body: { name: 'beta-second-token' } }),
  'DELETE /api/v1/tokens/{id}': (a) => ({ params: { id: a.tokenId } }),
};

async function prepare(_services: TestServices, _asAdmin: AppContext, seed: TenantSeed): Promise<TenantData> {
  return {
    ...seed,
    markers: [
      seed.orgId,
      seed.orgName,
      seed.adminId,
      seed.adminEmail,
      seed.invitationId,
      seed.invitationEmail,
      seed.tokenId,
      seed.tokenName,
      seed.tokenSecret,
      'tenancy.alfa_marker',
      'alfa-entity-id',
    ],
  };
}

/** After the walk: A's admin, invitation and token are exactly as before. */
async function verifyUntouched(services: TestServices, _app: ReturnType<typeof buildApp>, a: TenantData) {
  const db = services.database.db;
  const [member] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, a.orgId), eq(memberships.userId, a.adminId)));
  expect(member?.role).toBe('admin');
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, a.invitationId), isNull(invitations.revokedAt)));
  expect(invitation).toBeDefined();
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, a.tokenId), isNull(apiTokens.revokedAt)));
  expect(token).toBeDefined();
}

export const tenancyFixtures = { calls, prepare, verifyUntouched };
