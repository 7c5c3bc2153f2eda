import path from 'node:path';

/** Every setting Frontline reads from the environment; documented in README.md ("Configuration"). */
export interface Config {
  port: number;
  host: string;
  /** Public URL used in mail links and as the trusted Origin for cookie-authenticated writes. */
  baseUrl: string;
  /** PostgreSQL connection string; when unset Frontline runs on embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** SMTP connection URL for nodemailer; when unset mail goes to the outbox table. */
  smtpUrl?: string;
  mailFrom: string;
  /** Run pg-boss workers inside the web process (default) or only in `frontline worker`. */
  runWorkers: boolean;
  /** Load the demo data set on first start (embedded mode default). */
  seedDemo: boolean;
  /** Secure cookies (on when baseUrl is https). */
  secureCookies: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number;
  /** Largest accepted file upload (multipart/form-data) in bytes. */
  uploadMaxBytes: number;
  /** Trust X-Forwarded-For for the client address (only behind a proxy that sets it). */
  trustProxy: boolean;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const host = env.HOST ?? '127.0.0.1';
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const databaseUrl = env.DATABASE_URL || undefined;
  const level = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  return {
    port,
    host,
    baseUrl,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Frontline <noreply@frontline.local>',
    runWorkers: bool(env.RUN_WORKERS, true),
    seedDemo: bool(env.SEED_DEMO, !databaseUrl),
    secureCookies: bool(env.SECURE_COOKIES, baseUrl.startsWith('https://')),
    logLevel: ['debug', 'info', 'warn', 'error', 'silent'].includes(level) ? level : 'info',
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1_048_576),
    uploadMaxBytes: Number(env.UPLOAD_MAX_BYTES ?? 52_428_800),
    trustProxy: bool(env.TRUST_PROXY, false),
  };
}
