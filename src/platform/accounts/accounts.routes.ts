import { z } from '@hono/zod-openapi';
import { commonErrors, createRouter, defineRoute, idParam, jsonBody, jsonResponse } from '../http/env.js';
import { organisationKinds, roles } from './accounts.model.js';
import * as members from './members.service.js';
import * as orgs from './organisations.service.js';
import { sessionSchema, setSessionCookie } from './sessions.routes.js';
import { getSessionInfo, resolveSession, switchOrganisation } from './sessions.service.js';
import * as tokens from './tokens.service.js';

const role = z.enum(roles);
const allRoles = roles;

const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    municipalityCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    isDemo: z.boolean(),
  })
  .openapi('Organisation');
const municipalitySchema = z
  .object({ code: z.string(), name: z.string(), regionCode: z.string(), regionName: z.string() })
  .openapi('Municipality');
const memberSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), role, createdAt: z.string() })
  .openapi('Member');
const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role,
    createdAt: z.string(),
    expiresAt: z.string(),
    invitedByName: z.string().nullable(),
  })
  .openapi('Invitation');
const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .openapi('ApiToken');
const userIdParam = z.object({ userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }) });

export const accountsRoutes = createRouter();

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/municipalities',
    tags: ['Organisations'],
    summary: 'The 98 Danish municipalities with official code and region',
    access: 'user',
    responses: { 200: jsonResponse(z.array(municipalitySchema)), ...commonErrors },
  }),
  async (c) => c.json(await orgs.listMunicipalities(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/organisations',
    tags: ['Organisations'],
    summary: 'Organisations the caller belongs to (all of them for platform admins)',
    access: 'user',
    responses: { 200: jsonResponse(z.array(organisationSchema)), ...commonErrors },
  }),
  async (c) => c.json(await orgs.listOrganisations(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/organisations',
    tags: ['Organisations'],
    summary: 'Create an organisation (platform admins)',
    access: 'platform',
    request: jsonBody(
      z.object({
        name: z.string().trim().min(1).max(200).optional(),
        kind: z.enum(organisationKinds),
        municipalityCode: z
          .string()
          .regex(/^\d{4}$/)
          .optional(),
      }),
    ),
    responses: { 201: jsonResponse(organisationSchema, 'Created'), ...commonErrors, 409: commonErrors[400] },
  }),
  async (c) => c.json(await orgs.createOrganisation(c.get('ctx'), c.req.valid('json')), 201),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/organisation',
    tags: ['Organisations'],
    summary: 'The active organisation',
    access: allRoles,
    responses: { 200: jsonResponse(organisationSchema), ...commonErrors },
  }),
  async (c) => c.json(await orgs.getActiveOrganisation(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/members',
    tags: ['Members'],
    summary: 'Members of the active organisation',
    access: ['admin'],
    responses: { 200: jsonResponse(z.array(memberSchema)), ...commonErrors },
  }),
  async (c) => c.json(await members.listMembers(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/members/{userId}',
    tags: ['Members'],
    summary: "Change a member's role",
    access: ['admin'],
    request: { params: userIdParam, ...jsonBody(z.object({ role })) },
    responses: { 204: { description: 'Changed' }, ...commonErrors, 409: commonErrors[400] },
  }),
  async (c) => {
    await members.changeMemberRole(c.get('ctx'), c.req.valid('param').userId, c.req.valid('json').role);
    return c.body(null, 204);
  },
);

accountsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/members/{userId}',
    tags: ['Members'],
    summary: 'Remove a member from the active organisation',
    access: ['admin'],
    request: { params: userIdParam },
    responses: { 204: { description: 'Removed' }, ...commonErrors, 409: commonErrors[400] },
  }),
  async (c) => {
    await members.removeMember(c.get('ctx'), c.req.valid('param').userId);
    return c.body(null, 204);
  },
);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/invitations',
    tags: ['Members'],
    summary: 'Open invitations of the active organisation',
    access: ['admin'],
    responses: { 200: jsonResponse(z.array(invitationSchema)), ...commonErrors },
  }),
  async (c) => c.json(await members.listInvitations(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/invitations',
    tags: ['Members'],
    summary: 'Invite someone by e-mail into the active organisation with a role',
    access: ['admin'],
    request: jsonBody(z.object({ email: z.email().max(320), role })),
    responses: { 201: jsonResponse(invitationSchema, 'Invited'), ...commonErrors, 409: commonErrors[400] },
  }),
  async (c) => c.json(await members.inviteMember(c.get('ctx'), c.req.valid('json')), 201),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/invitations/{id}',
    tags: ['Members'],
    summary: 'Revoke an open invitation',
    access: ['admin'],
    request: { params: idParam },
    responses: { 204: { description: 'Revoked' }, ...commonErrors },
  }),
  async (c) => {
    await members.revokeInvitation(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

const invitationToken = z.string().min(10).max(200);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/invitations/lookup',
    tags: ['Members'],
    summary: 'What an invitation link is for (organisation, e-mail, role)',
    access: 'public',
    request: { query: z.object({ token: invitationToken }) },
    responses: {
      200: jsonResponse(
        z.object({
          organisationName: z.string(),
          email: z.string(),
          role,
          accountExists: z.boolean(),
          expiresAt: z.string(),
        }),
      ),
      ...commonErrors,
    },
  }),
  async (c) => c.json(await members.lookupInvitation(c.get('ctx'), c.req.valid('query').token), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/invitations/accept',
    tags: ['Members'],
    summary: 'Accept an invitation: creates the account when none exists, else needs the invited user signed in',
    access: 'public',
    request: jsonBody(
      z.object({
        token: invitationToken,
        name: z.string().trim().min(1).max(200).optional(),
        password: z.string().min(1).max(1024).optional(),
      }),
    ),
    responses: { 200: jsonResponse(sessionSchema), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const result = await members.acceptInvitation(ctx, c.req.valid('json'));
    let csrf = c.get('csrfToken');
    let signedIn = ctx;
    if (result.session) {
      setSessionCookie(c, result.session.token);
      const resolved = await resolveSession(ctx.db, result.session.token);
      signedIn = { ...ctx, user: resolved!.user, tenant: resolved!.tenant };
      csrf = result.session.csrf;
    } else if (ctx.auth?.kind === 'session') {
      // The signed-in user just joined this organisation: continue in it.
      await switchOrganisation(ctx, result.orgId);
      signedIn = { ...ctx, tenant: { orgId: result.orgId, role: result.role } };
    }
    const info = await getSessionInfo(signedIn, csrf);
    return c.json(info, 200);
  },
);

accountsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/tokens',
    tags: ['API tokens'],
    summary: "The caller's personal API tokens in the active organisation",
    access: allRoles,
    responses: { 200: jsonResponse(z.array(tokenSchema)), ...commonErrors },
  }),
  async (c) => c.json(await tokens.listApiTokens(c.get('ctx')), 200),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/tokens',
    tags: ['API tokens'],
    summary: 'Create a personal API token (the secret is shown once)',
    access: allRoles,
    request: jsonBody(
      z.object({ name: z.string().trim().min(1).max(100), expiresInDays: z.number().int().min(1).max(730).optional() }),
    ),
    responses: { 201: jsonResponse(tokenSchema.extend({ token: z.string() }), 'Created'), ...commonErrors },
  }),
  async (c) => c.json(await tokens.createApiToken(c.get('ctx'), c.req.valid('json')), 201),
);

accountsRoutes.openapi(
  defineRoute({
    method: 'delete',
    path: '/tokens/{id}',
    tags: ['API tokens'],
    summary: 'Revoke a personal API token',
    access: allRoles,
    request: { params: idParam },
    responses: { 204: { description: 'Revoked' }, ...commonErrors },
  }),
  async (c) => {
    await tokens.revokeApiToken(c.get('ctx'), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
