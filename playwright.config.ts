import { defineConfig, devices } from '@playwright/test';

const port = 3100;
const baseURL = `http://127.0.0.1:${port}`;
const ci = !!process.env.CI;

/**
 * End-to-end tests in real Chromium (Debian's /usr/bin/chromium: nothing is downloaded) against the real app, started
 * by e2e/start-server.sh on a fresh embedded data dir with the demo data. `npm run test:e2e` builds the SPA first.
 */
export default defineConfig({
  testDir: 'e2e',
  // One worker: the specs share one server and its data, and the machines have two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'bash e2e/start-server.sh',
    url: `${baseURL}/readyz`,
    timeout: 120_000,
    // Always a fresh server: a reused one would carry data from an earlier run.
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the app stop its job workers and release the data dir lock.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      BASE_URL: baseURL,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
  },
});
