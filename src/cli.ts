import { parseArgs } from 'node:util';
import { demoLoginsText, isDemoSeeded, seedDemo } from '../demo/seed.js';
import { createCliCommands } from './cli.commands.js';
import { loadConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/lockfile.js';
import { Problem } from './platform/http/problem.js';
import { translator } from './platform/i18n/i18n.js';
import { createLogger } from './platform/logging/logger.js';
import { listen, startServices, stopServices } from './server.js';

const usage = `Usage: frontline <command> [options]

Commands:
  start          Migrate, load the demo data on first start (embedded mode or SEED_DEMO=true),
                 serve HTTP on PORT and run job workers (RUN_WORKERS=false to serve only)
  worker         Run job workers only, no HTTP (separate worker processes on PostgreSQL)
  migrate        Apply database migrations and exit
  seed-demo      Load the demo data set (organisations and logins marked as demo)
  create-admin   --email E --name N [--password P]   Create a platform admin (or promote an existing user).
                 Without --password it is read from FRONTLINE_ADMIN_PASSWORD.
  create-token   --email E --org "Organisation name or id" [--name N] [--days D]
                 Create a personal API token for a member of an organisation; prints the token once.

Configuration is read from the environment; see README.md.
`;

function onShutdown(close: () => Promise<void>) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      org: { type: 'string' },
      days: { type: 'string' },
    },
    allowPositionals: false,
    strict: true,
  });
  switch (command) {
    case 'start': {
      const services = await startServices(config, log);
      if (config.seedDemo && (await seedDemo(services))) log.info('demo data loaded');
      await services.jobs.start({ work: config.runWorkers });
      const server = await listen(services);
      const mode = services.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
      const demo = (await isDemoSeeded(services)) ? `\n${demoLoginsText()}` : '';
      process.stdout.write(`\nFrontline is running at ${config.baseUrl} (${mode})\n${demo}\n`);
      onShutdown(async () => {
        await server.close();
        await stopServices(services);
      });
      return -1;
    }
    case 'worker': {
      const services = await startServices(config, log);
      await services.jobs.start({ work: true });
      process.stdout.write('Frontline worker is running.\n');
      onShutdown(() => stopServices(services));
      return -1;
    }
    case 'migrate': {
      const services = await startServices(config, log);
      await stopServices(services);
      process.stdout.write('Migrations applied.\n');
      return 0;
    }
    case 'seed-demo':
    case 'create-admin':
    case 'create-token': {
      const services = await startServices(config, log);
      try {
        const commands = createCliCommands(services);
        if (command === 'seed-demo') {
          const loaded = await seedDemo(services);
          process.stdout.write(loaded ? `Demo data loaded.\n${demoLoginsText()}` : 'Demo data was already loaded.\n');
          return 0;
        }
        if (command === 'create-admin') return await commands.createAdmin(values);
        return await commands.createToken(values);
      } finally {
        await stopServices(services);
      }
    }
    default:
      process.stdout.write(usage);
      return command && command !== 'help' && command !== '--help' ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error) => {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`\n${error.message}\n`);
      process.exit(3);
    }
    if (error instanceof Problem) {
      const t = translator('en');
      process.stderr.write(`${t(`errors.${error.code}`, error.params)}\n`);
      for (const e of error.errors ?? []) process.stderr.write(`  ${e.path}: ${e.message}\n`);
      process.exit(2);
    }
    if (error instanceof Error && 'cli' in error) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    process.stderr.write(`\nFrontline could not start: ${error instanceof Error ? error.message : error}\n`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
    process.exit(1);
  },
);
