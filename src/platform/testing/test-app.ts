import { modules } from '../../modules.js';
import { loadConfig } from '../config.js';
import type { AppContext, Services } from '../context.js';
import { systemContext } from '../context.js';
import { Jobs } from '../jobs/jobs.js';
import { createLogger } from '../logging/logger.js';
import { outboxMailer } from '../mail/mailer.js';
import { createTestDatabase } from './test-db.js';

export interface TestServices extends Services {
  ctx(options?: Parameters<typeof systemContext>[1]): AppContext;
  close(): Promise<void>;
}

/**
 * Services on a fresh migrated test database, mail to the outbox, and every module's job queues defined as in
 * production (call `services.jobs.start({ work: true })` in a test that runs jobs).
 */
export async function createTestServices(env: NodeJS.ProcessEnv = {}): Promise<TestServices> {
  const database = await createTestDatabase();
  const log = createLogger('silent');
  const config = loadConfig({ BASE_URL: 'http://localhost:3000', DATA_DIR: '.tmp/unused', ...env });
  const services: Services = { config, database, log, jobs: new Jobs(database, log), mail: outboxMailer() };
  for (const module of modules) module.defineJobs?.(services.jobs, services);
  return {
    ...services,
    ctx: (options) => systemContext(services, options),
    async close() {
      await services.jobs.stop();
      await database.close();
    },
  };
}
