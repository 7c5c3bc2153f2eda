import { buildPgliteTemplate, buildPostgresTemplate } from './template.js';

/** Vitest global setup: one migrated template per run, copied by every database test. */
export default async function setup(): Promise<void> {
  if (process.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    await buildPostgresTemplate(url);
  } else {
    await buildPgliteTemplate();
  }
}
