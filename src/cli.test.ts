/**
 * The account commands of the CLI, run as real processes (`node bin/frontline.mjs ...`) against a temporary embedded
 * data directory. Each process start costs seconds, so the set is small and runs in order.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isDemoSeeded, seedDemo } from '../demo/seed.js';
import { createCliCommands } from './cli.commands.js';
import { memberships, organisations, users } from './platform/accounts/accounts.schema.js';
import { loadConfig } from './platform/config.js';
import type { Services } from './platform/context.js';
import { projectRoot } from './platform/paths.js';
import { anonymousClient } from './platform/testing/http-client.js';
import { buildApp, startServices, stopServices } from './server.js';

const tmpRoot = path.join(projectRoot, '.tmp');
let dataDir: string;

beforeAll(() => {
  fs.mkdirSync(tmpRoot, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(tmpRoot, 'cli-test-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    FRONTLINE_ADMIN_PASSWORD: '',
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(projectRoot, 'bin/frontline.mjs'), ...args],
      { cwd: projectRoot, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const ADMIN_PASSWORD = 'et langt admin-kodeord';
let token = '';

describe('frontline CLI', { timeout: 180_000 }, () => {
  it('exits 2 with a readable message on an unknown option or command', async () => {
    const unknownOption = await cli('create-admin', '--email', 'a@b.dk', '--pasword', 'x');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--pasword'");
    expect(unknownOption.stderr).toContain('Usage: frontline');
    expect(unknownOption.stderr).not.toMatch(/\n\s+at /);

    const unknownCommand = await cli('make-coffee');
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stdout).toContain('create-token');
  });

  it('create-admin refuses a weak password (exit 2) and then creates a platform admin', async () => {
    const weak = await cli('create-admin', '--email', 'chef@example.dk', '--password', 'kort');
    expect(weak.code, weak.stderr).toBe(2);
    expect(weak.stderr).toContain('The password must be at least 10 characters.');
    expect(weak.stderr).not.toMatch(/\n\s+at /);

    const created = await cli(
      'create-admin',
      '--email',
      'Chef@Example.dk',
      '--name',
      'Chef',
      '--password',
      ADMIN_PASSWORD,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Platform admin chef@example.dk created.');
  });

  it('seed-demo loads the demo data and create-token prints a flt_ token', async () => {
    const seeded = await cli('seed-demo');
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('Demo data loaded.');
    expect(seeded.stdout).toContain('admin@demo.frontline.dk');

    const missing = await cli('create-token', '--email', 'admin@demo.frontline.dk');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('create-token needs --email and --org');

    const created = await cli(
      'create-token',
      '--email',
      'admin@demo.frontline.dk',
      '--org',
      'Viborg Kommune',
      '--name',
      'CI',
      '--days',
      '30',
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Viborg Kommune (role admin)');
    token = /^(flt_[A-Za-z0-9_-]+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(token).toMatch(/^flt_.{40,}/);
  });

  it('what the commands made works through the API', async () => {
    expect(token, 'needs the token from the previous test').not.toBe('');
    const config = loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
    let services: Services | undefined;
    try {
      services = await startServices(config);
      const app = buildApp(services, { serveWeb: false });

      const signIn = await anonymousClient(app).post('/api/v1/auth/sign-in', {
        email: 'chef@example.dk',
        password: ADMIN_PASSWORD,
      });
      expect(signIn.status).toBe(200);
      expect(signIn.json.user).toMatchObject({ name: 'Chef', isPlatformAdmin: true });

      const session = await anonymousClient(app, token).get('/api/v1/session');
      expect(session.status).toBe(200);
      expect(session.json).toMatchObject({
        authKind: 'token',
        user: { email: 'admin@demo.frontline.dk' },
        activeOrganisation: { name: 'Viborg Kommune', role: 'admin' },
      });
      expect((await anonymousClient(app, token).get('/api/v1/members')).status).toBe(200);

      // The same commands in-process: promoting an existing user, and the refusals of create-token.
      const commands = createCliCommands(services);
      const [foa] = await services.database.db.select().from(users).where(eq(users.email, 'foa@demo.frontline.dk'));
      for (const kind of ['union', 'other'] as const) {
        const [twin] = await services.database.db
          .insert(organisations)
          .values({ name: 'Samme Navn', kind })
          .returning();
        await services.database.db.insert(memberships).values({ userId: foa.id, orgId: twin.id, role: 'admin' });
      }
      const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        expect(await commands.createAdmin({ email: 'HR.Viborg@demo.frontline.dk', password: 'nyt hr-kodeord!' })).toBe(
          0,
        );
        for (const [flags, message] of [
          [{ email: 'nobody@example.dk', org: 'Viborg Kommune' }, 'No user with e-mail'],
          [{ email: 'chef@example.dk', org: 'Viborg Kommune' }, 'is not a member of an organisation "Viborg Kommune"'],
          [{ email: 'admin@demo.frontline.dk', org: 'Ingen Kommune' }, 'is not a member of an organisation'],
          [{ email: 'foa@demo.frontline.dk', org: 'Samme Navn' }, 'Several organisations are called "Samme Navn"'],
          [{ email: 'admin@demo.frontline.dk', org: 'Viborg Kommune', days: '0' }, '--days must be 1–730'],
          [{ email: 'admin@demo.frontline.dk', org: 'Viborg Kommune', days: 'ti' }, '--days must be 1–730'],
        ] as const) {
          await expect(commands.createToken(flags)).rejects.toMatchObject({
            cli: true,
            message: expect.stringContaining(message),
          });
        }
      } finally {
        quiet.mockRestore();
      }
      const promoted = await anonymousClient(app).post('/api/v1/auth/sign-in', {
        email: 'hr.viborg@demo.frontline.dk',
        password: 'nyt hr-kodeord!',
      });
      expect(promoted.json.user).toMatchObject({ isPlatformAdmin: true });
      expect(promoted.json.activeOrganisation).toMatchObject({ name: 'Viborg Kommune', role: 'hr' });

      // The demo set loads once.
      expect(await isDemoSeeded(services)).toBe(true);
      expect(await seedDemo(services)).toBe(false);
    } finally {
      if (services) await stopServices(services);
    }
  });
});
