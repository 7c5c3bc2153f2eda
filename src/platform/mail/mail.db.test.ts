import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, organisations } from '../accounts/accounts.schema.js';
import { createUser } from '../accounts/users.service.js';
import { auditLog } from '../audit/audit.schema.js';
import type { Services } from '../context.js';
import { createLogger } from '../logging/logger.js';
import { type ApiClient, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import { outboxMessages } from './mail.schema.js';
import { defineMailJobs } from './mail.service.js';
import { type Mailer, smtpMailer } from './mailer.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-test-server.js';

const PASSWORD = 'mail-test-password';
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let smtpApp: ReturnType<typeof buildApp>;
let smtp: TestSmtpServer;
let orgA: string;
let orgB: string;
let adminA: ApiClient;
let englishAdminA: ApiClient;
let platformAdmin: ApiClient;
let hrA: ApiClient;
let adminB: ApiClient;
const ids: Record<string, string> = {};

/** The SMTP mailer of the "SMTP_URL is set" app; the test points it at a live or a dead server. */
let smtpTarget: Mailer;
const switchableSmtp: Mailer = { transport: 'smtp', send: (db, message) => smtpTarget.send(db, message) };
const sender = 'Frontline <noreply@frontline.local>';

async function member(
  orgId: string,
  email: string,
  role: Role,
  extra: { locale?: 'en'; isPlatformAdmin?: boolean } = {},
) {
  const user = await createUser(services.ctx(), {
    email,
    name: `Navn ${email.split('@')[0]}`,
    password: PASSWORD,
    ...extra,
  });
  await services.database.db.insert(memberships).values({ userId: user.id, orgId, role });
  return signedInClient(app, email, PASSWORD);
}

async function mail(values: Partial<typeof outboxMessages.$inferInsert> & { to: string; createdAt: Date }) {
  const [row] = await services.database.db
    .insert(outboxMessages)
    .values({ subject: 'Emne', text: 'Tekst', kind: 'invitation', ...values })
    .returning({ id: outboxMessages.id });
  return row.id;
}

async function waitForJob(client: ApiClient, jobId: string, states: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${jobId}`);
    expect(res.status).toBe(200);
    if (states.includes(res.json.state)) return res.json;
    if (Date.now() > deadline) throw new Error(`job stayed ${res.json.state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  services = await createTestServices();
  smtp = await startTestSmtpServer();
  smtpTarget = smtpMailer(smtp.url, sender, createLogger('silent'));
  const smtpServices: Services = { ...services, mail: switchableSmtp };
  app = buildApp(services, { serveWeb: false });
  smtpApp = buildApp(smtpServices, { serveWeb: false });
  defineMailJobs(services.jobs, smtpServices);
  await services.jobs.start({ work: true });

  const db = services.database.db;
  [{ id: orgA }, { id: orgB }] = await db
    .insert(organisations)
    .values([
      { name: 'Alfa', kind: 'other' },
      { name: 'Beta', kind: 'other' },
    ])
    .returning({ id: organisations.id });
  adminA = await member(orgA, 'admin@alfa.test', 'admin');
  englishAdminA = await member(orgA, 'english@alfa.test', 'admin', { locale: 'en' });
  platformAdmin = await member(orgA, 'platform@alfa.test', 'admin', { isPlatformAdmin: true });
  hrA = await member(orgA, 'hr@alfa.test', 'hr');
  adminB = await member(orgB, 'admin@beta.test', 'admin');

  ids.oldA = await mail({ orgId: orgA, to: 'Leder.Et@alfa.test', createdAt: new Date('2026-01-01T08:00:00Z') });
  ids.newA = await mail({
    orgId: orgA,
    to: 'leder.to@alfa.test',
    kind: 'interview_invitation',
    subject: 'Invitation til interview',
    text: 'Vælg en tid',
    html: '<p>Vælg en tid</p>',
    attachments: [
      { filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: 'BEGIN:VCALENDAR' },
    ],
    createdAt: new Date('2026-02-01T08:00:00Z'),
  });
  ids.b = await mail({ orgId: orgB, to: 'secret@beta.test', createdAt: new Date('2026-01-15T08:00:00Z') });
  // A real password reset: platform mail without an organisation.
  const reset = await adminB.post('/api/v1/auth/password-reset', { email: 'admin@alfa.test' });
  expect(reset.status).toBe(202);
  const [platformMail] = await db.select().from(outboxMessages).where(isNull(outboxMessages.orgId));
  ids.platform = platformMail.id;
});
afterAll(async () => {
  await services?.close();
  await smtp?.close();
});

const listIds = (res: { json: { messages: { id: string }[] } }) => res.json.messages.map((m) => m.id);

describe('GET /outbox', () => {
  it("lists the active organisation's mail, newest first, without other organisations' or platform mail", async () => {
    const res = await adminA.get('/api/v1/outbox');
    expect(res.status).toBe(200);
    expect(listIds(res)).toEqual([ids.newA, ids.oldA]);
    expect(res.json.messages[0]).toEqual({
      id: ids.newA,
      to: 'leder.to@alfa.test',
      subject: 'Invitation til interview',
      kind: 'interview_invitation',
      createdAt: '2026-02-01T08:00:00.000Z',
    });
    expect(res.text).not.toContain('secret@beta.test');
    expect(listIds(await adminB.get('/api/v1/outbox'))).toEqual([ids.b]);
  });

  it('filters by part of the recipient (case-insensitive) and by kind', async () => {
    expect(listIds(await adminA.get('/api/v1/outbox?to=LEDER.ET'))).toEqual([ids.oldA]);
    expect(listIds(await adminA.get('/api/v1/outbox?kind=interview_invitation'))).toEqual([ids.newA]);
    expect(listIds(await adminA.get('/api/v1/outbox?to=nobody'))).toEqual([]);
  });

  it('shows platform admins the platform mail (password resets) as well', async () => {
    const res = await platformAdmin.get('/api/v1/outbox');
    expect(listIds(res)).toEqual([ids.platform, ids.newA, ids.oldA]);
    expect(res.json.messages[0]).toMatchObject({ to: 'admin@alfa.test', kind: 'password_reset' });
  });

  it('is audit-logged as a read of personal data', async () => {
    const entries = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.listed'), eq(auditLog.actorEmail, 'admin@alfa.test')));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.every((e) => e.orgId === orgA)).toBe(true);
    expect(entries.map((e) => e.details)).toContainEqual({ to: 'LEDER.ET', kind: null, count: 1 });
  });

  it('is for administrators only', async () => {
    expect((await hrA.get('/api/v1/outbox')).status).toBe(403);
    expect((await hrA.get(`/api/v1/outbox/${ids.newA}`)).status).toBe(403);
  });
});

describe('GET /outbox/{id}', () => {
  it('gives the whole message with attachment names but not their content, and audit-logs the read', async () => {
    const res = await adminA.get(`/api/v1/outbox/${ids.newA}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      id: ids.newA,
      to: 'leder.to@alfa.test',
      subject: 'Invitation til interview',
      text: 'Vælg en tid',
      html: '<p>Vælg en tid</p>',
      attachments: [{ filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST' }],
      kind: 'interview_invitation',
      createdAt: '2026-02-01T08:00:00.000Z',
    });
    const [entry] = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.read'), eq(auditLog.entityId, ids.newA)));
    expect(entry).toMatchObject({ orgId: orgA, actorEmail: 'admin@alfa.test', entityType: 'outbox_message' });
  });

  it("answers 404 for another organisation's mail and for platform mail unless the caller is a platform admin", async () => {
    const other = await adminA.get(`/api/v1/outbox/${ids.b}`);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain('secret@beta.test');
    expect((await adminB.get(`/api/v1/outbox/${ids.newA}`)).status).toBe(404);
    expect((await adminA.get(`/api/v1/outbox/${ids.platform}`)).status).toBe(404);
    const reset = await platformAdmin.get(`/api/v1/outbox/${ids.platform}`);
    expect(reset.status).toBe(200);
    expect(reset.json.text).toContain('/reset-password?token=');
    const [entry] = await services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.read'), eq(auditLog.entityId, ids.platform)));
    expect(entry).toMatchObject({ orgId: null, actorEmail: 'platform@alfa.test' });
  });
});

describe('POST /mail/test', () => {
  it("without SMTP writes a test mail in the admin's language to the outbox", async () => {
    const res = await adminA.post('/api/v1/mail/test');
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ transport: 'outbox', jobId: null });
    const english = await englishAdminA.post('/api/v1/mail/test');
    expect(english.status).toBe(202);
    const rows = await services.database.db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'test'));
    const byRecipient = Object.fromEntries(rows.map((r) => [r.to, r]));
    expect(byRecipient['admin@alfa.test']).toMatchObject({ orgId: orgA, subject: 'Testmail fra Frontline' });
    expect(byRecipient['admin@alfa.test'].text).toContain('Kære Navn admin');
    expect(byRecipient['english@alfa.test']).toMatchObject({ subject: 'Test mail from Frontline' });
    expect(smtp.received).toHaveLength(0);
  });

  it('with SMTP queues a mail-send job that delivers the mail; nothing goes to the outbox', async () => {
    const before = (await services.database.db.select().from(outboxMessages)).length;
    const client = await signedInClient(smtpApp, 'admin@alfa.test', PASSWORD);
    const res = await client.post('/api/v1/mail/test');
    expect(res.status).toBe(202);
    expect(res.json.transport).toBe('smtp');
    const done = await waitForJob(client, res.json.jobId, ['completed', 'failed']);
    expect(done).toMatchObject({ queue: 'mail-send', state: 'completed' });
    const delivered = await smtp.next();
    expect(delivered.subject).toBe('Testmail fra Frontline');
    expect(delivered.text).toContain('virker afsendelse af mail');
    expect((await services.database.db.select().from(outboxMessages)).length).toBe(before);
  });

  it('with SMTP down answers at once and retries the mail until the server is back', async () => {
    smtpTarget = smtpMailer('smtp://127.0.0.1:1', sender, createLogger('silent'));
    const client = await signedInClient(smtpApp, 'english@alfa.test', PASSWORD);
    const started = Date.now();
    const res = await client.post('/api/v1/mail/test');
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(2000);
    const waiting = await waitForJob(client, res.json.jobId, ['retry', 'failed', 'completed']);
    expect(waiting.state).toBe('retry');
    expect(waiting.error).toMatch(/ECONNREFUSED|connect/i);
    smtpTarget = smtpMailer(smtp.url, sender, createLogger('silent'));
    const done = await waitForJob(client, res.json.jobId, ['completed', 'failed'], 40_000);
    expect(done.state).toBe('completed');
    const delivered = await smtp.next();
    expect(delivered.subject).toBe('Test mail from Frontline');
  }, 60_000);
});
