import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { safeEqual } from '../accounts/secrets.js';
import { resolveApiToken, resolveSession } from '../accounts/sessions.service.js';
import type { AppContext, Services } from '../context.js';
import { ping } from '../db/client.js';
import { isMigrated } from '../db/migrate.js';
import { localeFromHeader, translator } from '../i18n/i18n.js';
import { webDistFolder } from '../paths.js';
import { swaggerPage } from './docs.js';
import { type AppEnv, createRouter, type Router } from './env.js';
import { Problem, problemBody } from './problem.js';

export const SESSION_COOKIE = 'fl_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The client's address, for the audit log and the per-IP login limit. X-Forwarded-For is anyone's to forge, so it
 * counts only with TRUST_PROXY=true, and then its last entry: the one the trusted proxy appended.
 */
function clientIp(c: Context, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for') : undefined;
  if (forwarded) return forwarded.split(',').at(-1)!.trim();
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? null;
}

function renderProblem(c: Context<AppEnv>, problem: Problem) {
  const ctx = c.get('ctx');
  const t = ctx?.t ?? translator(localeFromHeader(c.req.header('accept-language')));
  const body = problemBody(problem, (key, params) => t(key, params) as string, {
    requestId: ctx?.requestId,
  });
  for (const [name, value] of Object.entries(problem.headers ?? {})) c.header(name, value);
  return c.body(JSON.stringify(body), problem.status as 400, { 'content-type': 'application/problem+json' });
}

export interface ApiModule {
  /** Mounted under /api/v1. */
  routes: Router;
  /** Routes whose request body may exceed MAX_BODY_BYTES (e.g. a file posted as JSON); full path. */
  bodyLimits?: { method: string; path: string; maxBytes: number }[];
}

/**
 * Builds the Hono app: request context (user, tenant, language) for every API call, CSRF check for
 * cookie-authenticated writes, problem+json errors, OpenAPI document and docs, health probes and the SPA.
 */
export function createApp(services: Services, modules: ApiModule[], options: { serveWeb?: boolean } = {}): Router {
  const app = createRouter();
  const { config, database, log } = services;

  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const reachable = await ping(database);
    const migrated = reachable && (await isMigrated(database));
    return c.json({ status: migrated ? 'ready' : 'not_ready', database: reachable, migrated }, migrated ? 200 : 503);
  });

  app.use('/api/*', async (c, next) => {
    const requestId = randomUUID();
    const headerLocale = localeFromHeader(c.req.header('accept-language'));
    const ctx: AppContext = {
      ...services,
      db: database.db,
      user: null,
      tenant: null,
      auth: null,
      locale: headerLocale,
      t: translator(headerLocale),
      ip: clientIp(c, config.trustProxy),
      requestId,
    };
    c.set('ctx', ctx);
    c.set('csrfToken', null);
    c.header('x-request-id', requestId);

    const authorization = c.req.header('authorization');
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      const resolved = scheme?.toLowerCase() === 'bearer' && token ? await resolveApiToken(database.db, token) : null;
      if (!resolved) throw new Problem(401, 'invalid_api_token');
      Object.assign(ctx, { user: resolved.user, tenant: resolved.tenant, auth: resolved.auth });
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      const resolved = cookie ? await resolveSession(database.db, cookie) : null;
      if (resolved && resolved.auth.kind === 'session') {
        Object.assign(ctx, {
          user: resolved.user,
          tenant: resolved.tenant,
          auth: { kind: 'session', sessionId: resolved.auth.sessionId },
        });
        c.set('csrfToken', resolved.auth.csrfToken);
        // Cookie-authenticated writes must carry the session's CSRF token (the SPA reads it from /session).
        if (!SAFE_METHODS.has(c.req.method)) {
          const sent = c.req.header('x-csrf-token') ?? '';
          if (!safeEqual(sent, resolved.auth.csrfToken)) throw new Problem(403, 'csrf');
        }
      }
    }
    if (ctx.user) {
      ctx.locale = ctx.user.locale;
      ctx.t = translator(ctx.locale);
    }
    await next();
  });

  // File uploads (multipart/form-data) may be as large as UPLOAD_MAX_BYTES; every other body MAX_BODY_BYTES.
  const limitFor = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        const limit =
          maxSize >= 1_048_576 ? `${Math.round(maxSize / 1_048_576)} MB` : `${Math.round(maxSize / 1024)} KB`;
        throw new Problem(413, 'body_too_large', { limit });
      },
    });
  const jsonLimit = limitFor(config.maxBodyBytes);
  const uploadLimit = limitFor(config.uploadMaxBytes);
  const routeLimits = modules.flatMap((m) => m.bodyLimits ?? []).map((l) => ({ ...l, check: limitFor(l.maxBytes) }));
  app.use('/api/*', (c, next) => {
    const own = routeLimits.find((l) => l.method === c.req.method && l.path === c.req.path);
    if (own) return own.check(c, next);
    return (c.req.header('content-type') ?? '').startsWith('multipart/form-data')
      ? uploadLimit(c, next)
      : jsonLimit(c, next);
  });

  for (const module of modules) app.route('/api/v1', module.routes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Browser session; writes also need the `x-csrf-token` header from GET /api/v1/session.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Personal API token (Profil → API-nøgler, or `frontline create-token`).',
  });
  const openapi = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Frontline API',
        version: '1',
        description:
          'Competency-gap analysis for public-sector first-line leaders. Errors are RFC 9457 problem+json; ' +
          "every operation acts in the caller's active organisation (session) or the token's organisation.",
      },
      servers: [{ url: config.baseUrl }],
    });
  app.get('/api/openapi.json', (c) => c.json(openapi()));
  app.get('/api/docs', (c) => c.html(swaggerPage('/api/openapi.json')));
  app.get(
    '/api/docs/assets/:file{.+}',
    serveStatic({
      root: path.relative(process.cwd(), swaggerRoot()),
      rewriteRequestPath: (p) => p.replace('/api/docs/assets', ''),
    }),
  );

  app.all('/api/*', (c) => {
    throw new Problem(404, 'route_not_found', { path: c.req.path });
  });

  if (options.serveWeb !== false && fs.existsSync(webDistFolder)) {
    const root = path.relative(process.cwd(), webDistFolder);
    app.use('/assets/*', serveStatic({ root }));
    app.use('/favicon.svg', serveStatic({ root }));
    const index = () => fs.readFileSync(path.join(webDistFolder, 'index.html'), 'utf8');
    app.get('*', (c) => c.html(index()));
  }

  app.onError((error, c) => {
    if (error instanceof Problem) return renderProblem(c, error);
    if (error instanceof HTTPException) {
      const codes: Record<number, string> = {
        400: 'malformed_json',
        413: 'body_too_large',
        // hono's JSON validator refuses a body that is not declared as JSON.
        415: 'unsupported_media_type',
      };
      const code = codes[error.status] ?? 'not_found';
      return renderProblem(
        c,
        new Problem(error.status, code, { limit: `${Math.round(config.maxBodyBytes / 1024)} KB` }),
      );
    }
    if (error instanceof SyntaxError) return renderProblem(c, new Problem(400, 'malformed_json'));
    const requestId = c.get('ctx')?.requestId ?? randomUUID();
    log.error('unhandled error', { error, path: c.req.path, requestId });
    return renderProblem(c, new Problem(500, 'internal', { requestId }));
  });

  return app;
}

function swaggerRoot(): string {
  return path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}
