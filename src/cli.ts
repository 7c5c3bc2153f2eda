import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/lockfile.js';
import { createLogger } from './platform/logging/logger.js';
import { listen, startServices, stopServices } from './server.js';

const usage = `Usage: frontline <command> [options]

Commands:
  start                      Migrate, seed the demo on first start (embedded mode), serve HTTP and run job workers
  worker                     Run job workers only (no HTTP), for separate worker processes on PostgreSQL
  migrate                    Apply database migrations and exit
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { values } = parseArgs({ args: rest, options: {}, allowPositionals: true, strict: false });
  void values;
  switch (command) {
    case 'start': {
      const services = await startServices(config, log);
      await services.jobs.start({ work: config.runWorkers });
      const server = await listen(services);
      const mode = services.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
      process.stdout.write(`\nFrontline is running at ${config.baseUrl} (${mode})\n`);
      const shutdown = async () => {
        await server.close();
        await stopServices(services);
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      return -1;
    }
    case 'migrate': {
      const services = await startServices(config, log);
      await stopServices(services);
      process.stdout.write('Migrations applied.\n');
      return 0;
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
    process.stderr.write(`\nFrontline could not start: ${error instanceof Error ? error.message : error}\n`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
    process.exit(1);
  },
);
