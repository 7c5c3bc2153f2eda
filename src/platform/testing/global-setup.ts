import type { TestProject } from 'vitest/node';
import { buildPgliteTemplate, buildPostgresTemplate } from './template.js';

/**
 * Vitest global setup: one migrated template per run, copied by every database test. It runs in the main process,
 * where the project's `env` (TEST_DB) is not applied: the project tells which database it is for.
 */
export default async function setup(project: TestProject): Promise<void> {
  if ((project.config.env?.TEST_DB ?? process.env.TEST_DB) === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    await buildPostgresTemplate(url);
  } else {
    await buildPgliteTemplate();
  }
}
