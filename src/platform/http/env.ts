import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { type Access, hasAccess } from '../accounts/accounts.model.js';
import type { AppContext } from '../context.js';
import { Problem } from './problem.js';

export interface AppEnv {
  Variables: { ctx: AppContext; csrfToken: string | null };
}

export type Router = OpenAPIHono<AppEnv>;

/** Turns zod failures into a 400 problem with one entry per field, in the caller's language. */
export function validationHook(
  result: {
    success: boolean;
    /** What was validated (the zod validator passes it along); the localised message names its type. */
    data?: unknown;
    error?: { issues: { path: PropertyKey[]; message: string; code?: string }[] };
  },
  c: { get(key: 'ctx'): AppContext },
) {
  if (result.success) return;
  const ctx = c.get('ctx');
  const localeError = ctx?.locale === 'en' ? z.locales.en().localeError : z.locales.da().localeError;
  const errors = (result.error?.issues ?? []).map((issue) => {
    let message = issue.message;
    try {
      // zod drops the input from issues, so without it the message would say "received undefined".
      const input = issue.path.reduce<unknown>(
        (value, key) =>
          value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
        result.data,
      );
      const localised = localeError({ ...issue, input } as never);
      message = typeof localised === 'string' ? localised : (localised?.message ?? message);
    } catch {
      // keep zod's own message
    }
    return { path: issue.path.map(String).join('.') || '(body)', message };
  });
  throw new Problem(400, 'validation', {}, errors);
}

export function createRouter(): Router {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });
}

/** Middleware that enforces a route's declared access against the request's user and active organisation. */
export function accessGuard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx');
    const verdict = hasAccess(access, {
      signedIn: ctx.user !== null,
      isPlatformAdmin: ctx.user?.isPlatformAdmin ?? false,
      role: ctx.tenant?.role ?? null,
    });
    if (verdict === 'unauthenticated') throw new Problem(401, 'unauthenticated');
    if (verdict !== 'ok') throw new Problem(403, verdict === 'forbidden' ? 'forbidden' : verdict);
    await next();
  };
}

/**
 * Every operation is declared with this: it requires `access` (who may call it), records it in the OpenAPI
 * document as `x-frontline-access` (the tenancy test reads it), and installs the guard.
 */
export function defineRoute<R extends Omit<RouteConfig, 'middleware'>>(
  config: R & { access: Access },
): R & { middleware: MiddlewareHandler<AppEnv> } {
  const { access, ...rest } = config;
  const declared = access === 'public' || access === 'user' || access === 'platform' ? access : [...access];
  return createRoute({
    ...rest,
    'x-frontline-access': declared,
    ...(access === 'public' ? {} : { security: [{ session: [] }, { bearer: [] }] }),
    middleware: accessGuard(access),
  } as unknown as RouteConfig) as unknown as R & { middleware: MiddlewareHandler<AppEnv> };
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** An OpenAPI response entry for a problem+json answer (409, 413, 422 …) with this description. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The error responses most operations can give; spread into `responses`. */
export const commonErrors = {
  400: problemResponse('Invalid input'),
  401: problemResponse('Not signed in'),
  403: problemResponse('Not allowed'),
  404: problemResponse('Not found or not visible to the caller'),
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
