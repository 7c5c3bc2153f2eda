import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../http/app.js';
import { type AppEnv, commonErrors, createRouter, defineRoute, jsonBody, jsonResponse } from '../http/env.js';
import { roles, SESSION_TTL_MS } from './accounts.model.js';
import * as sessionsService from './sessions.service.js';

const role = z.enum(roles);
const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(['da', 'en']),
    isPlatformAdmin: z.boolean(),
  })
  .openapi('User');
const orgRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string(), role });
export const sessionSchema = z
  .object({
    user: userSchema,
    activeOrganisation: orgRef.nullable(),
    organisations: z.array(orgRef),
    csrfToken: z.string().nullable(),
    authKind: z.enum(['session', 'token']),
  })
  .openapi('Session');

const email = z.email().max(320);
const password = z.string().min(1).max(1024);

export const sessionsRoutes = createRouter();

/** The session cookie, the same wherever a session starts (sign-in, accepting an invitation). */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  const ctx = c.get('ctx');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: ctx.config.secureCookies,
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

sessionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/auth/sign-in',
    tags: ['Session'],
    summary: 'Sign in with e-mail and password',
    access: 'public',
    request: jsonBody(z.object({ email, password })),
    responses: { 200: jsonResponse(sessionSchema), ...commonErrors, 429: commonErrors[401] },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const result = await sessionsService.signIn(ctx, c.req.valid('json'));
    setSessionCookie(c, result.sessionToken);
    const resolved = await sessionsService.resolveSession(ctx.db, result.sessionToken);
    const signedIn = { ...ctx, user: resolved!.user, tenant: resolved!.tenant };
    return c.json(await sessionsService.getSessionInfo(signedIn, result.csrfToken), 200);
  },
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/auth/sign-out',
    tags: ['Session'],
    summary: 'Sign out (ends the session)',
    access: 'user',
    responses: { 204: { description: 'Signed out' }, ...commonErrors },
  }),
  async (c) => {
    await sessionsService.signOut(c.get('ctx'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  },
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'get',
    path: '/session',
    tags: ['Session'],
    summary: 'The signed-in user, their organisations, the active one and the CSRF token',
    access: 'user',
    responses: { 200: jsonResponse(sessionSchema), ...commonErrors },
  }),
  async (c) => c.json(await sessionsService.getSessionInfo(c.get('ctx'), c.get('csrfToken')), 200),
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'put',
    path: '/session/organisation',
    tags: ['Session'],
    summary: 'Switch the active organisation',
    access: 'user',
    request: jsonBody(z.object({ organisationId: z.uuid() })),
    responses: { 200: jsonResponse(sessionSchema), ...commonErrors },
  }),
  async (c) => {
    const ctx = c.get('ctx');
    const { organisationId } = c.req.valid('json');
    await sessionsService.switchOrganisation(ctx, organisationId);
    const info = await sessionsService.getSessionInfo(ctx, c.get('csrfToken'));
    const active = info.organisations.find((o) => o.id === organisationId) ?? null;
    return c.json({ ...info, activeOrganisation: active }, 200);
  },
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'patch',
    path: '/me',
    tags: ['Session'],
    summary: 'Change own name or language',
    access: 'user',
    request: jsonBody(
      z.object({ name: z.string().trim().min(1).max(200).optional(), locale: z.enum(['da', 'en']).optional() }),
    ),
    responses: { 200: jsonResponse(userSchema), ...commonErrors },
  }),
  async (c) => c.json(await sessionsService.updateProfile(c.get('ctx'), c.req.valid('json')), 200),
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/me/password',
    tags: ['Session'],
    summary: 'Change own password (other sessions end)',
    access: 'user',
    request: jsonBody(z.object({ currentPassword: password, newPassword: password })),
    responses: { 204: { description: 'Changed' }, ...commonErrors },
  }),
  async (c) => {
    await sessionsService.changePassword(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 204);
  },
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/auth/password-reset',
    tags: ['Session'],
    summary: 'Mail a password-reset link (answers the same whether or not the e-mail has an account)',
    access: 'public',
    request: jsonBody(z.object({ email })),
    responses: { 202: { description: 'Accepted' }, ...commonErrors },
  }),
  async (c) => {
    await sessionsService.requestPasswordReset(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 202);
  },
);

sessionsRoutes.openapi(
  defineRoute({
    method: 'post',
    path: '/auth/password-reset/confirm',
    tags: ['Session'],
    summary: 'Set a new password with the link from the reset mail (single use, one hour)',
    access: 'public',
    request: jsonBody(z.object({ token: z.string().min(10).max(200), password })),
    responses: { 204: { description: 'Password changed; sign in again' }, ...commonErrors },
  }),
  async (c) => {
    await sessionsService.resetPassword(c.get('ctx'), c.req.valid('json'));
    return c.body(null, 204);
  },
);
