import { defineConfig } from 'vitest/config';

const pglite = {
  extends: true as const,
  test: {
    name: 'pglite',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'demo/**/*.test.ts', 'scripts/**/*.test.ts'],
    env: { TEST_DB: 'pglite' },
    globalSetup: ['src/platform/testing/global-setup.ts'],
  },
};

// Services and routes also run against real PostgreSQL when TEST_DATABASE_URL is set (CI does).
const postgres = {
  extends: true as const,
  test: {
    name: 'postgres',
    include: ['src/**/*.db.test.ts', 'demo/**/*.db.test.ts'],
    env: { TEST_DB: 'postgres' },
    globalSetup: ['src/platform/testing/global-setup.ts'],
  },
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: process.env.TEST_DATABASE_URL ? [pglite, postgres] : [pglite],
  },
});
