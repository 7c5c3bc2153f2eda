import { serve } from '@hono/node-server';
import { modules } from './modules.js';
import type { Config } from './platform/config.js';
import type { Services } from './platform/context.js';
import { openDatabase } from './platform/db/client.js';
import { migrate } from './platform/db/migrate.js';
import { createApp } from './platform/http/app.js';
import { Jobs } from './platform/jobs/jobs.js';
import { createLogger, type Logger } from './platform/logging/logger.js';
import { createMailer } from './platform/mail/mailer.js';

/** Opens the database, applies migrations and builds the per-process services. */
export async function startServices(config: Config, log: Logger = createLogger(config.logLevel)): Promise<Services> {
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const jobs = new Jobs(database, log);
    const services: Services = {
      config,
      database,
      jobs,
      log,
      mail: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }),
    };
    for (const module of modules) module.defineJobs?.(jobs, services);
    return services;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export function buildApp(services: Services, options: { serveWeb?: boolean } = {}) {
  return createApp(
    services,
    modules.flatMap((m) => (m.routes ? [{ routes: m.routes, bodyLimits: m.bodyLimits }] : [])),
    options,
  );
}

export async function stopServices(services: Services): Promise<void> {
  await services.jobs.stop().catch((error) => services.log.warn('job queue did not stop cleanly', { error }));
  await services.database.close();
}

/** Starts the HTTP server; resolves once it listens. */
export async function listen(services: Services): Promise<{ close(): Promise<void>; port: number }> {
  const app = buildApp(services);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: services.config.port, hostname: services.config.host }, (info) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
