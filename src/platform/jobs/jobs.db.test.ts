import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, organisations } from '../accounts/accounts.schema.js';
import { createUser } from '../accounts/users.service.js';
import { type ApiClient, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';

const PASSWORD = 'jobs-test-password';
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let orgA: string;
let analystA: { id: string; client: ApiClient };
let coordinatorA: ApiClient;
let adminB: ApiClient;
/** The flaky job fails while this is above zero. */
let failuresLeft = 1;
let runs = 0;

async function member(orgId: string, email: string, role: Role) {
  const user = await createUser(services.ctx(), { email, name: email.split('@')[0], password: PASSWORD });
  await services.database.db.insert(memberships).values({ userId: user.id, orgId, role });
  return { id: user.id, client: await signedInClient(app, email, PASSWORD) };
}

async function waitForState(client: ApiClient, jobId: string, states: string[]) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await client.get(`/api/v1/jobs/${jobId}`);
    expect(res.status).toBe(200);
    if (states.includes(res.json.state)) return res.json;
    if (Date.now() > deadline) throw new Error(`job stayed ${res.json.state}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  services.jobs.define<{ label: string }>(
    'test-flaky',
    async (run) => {
      runs++;
      await run.progress(40, `working on ${run.data.label}`);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('Mailserveren svarede ikke');
      }
      return { done: run.data.label };
    },
    { retryLimit: 0 },
  );
  await services.jobs.start({ work: true });
  const db = services.database.db;
  [{ id: orgA }] = await db
    .insert(organisations)
    .values({ name: 'Alfa', kind: 'other' })
    .returning({ id: organisations.id });
  const [{ id: orgB }] = await db
    .insert(organisations)
    .values({ name: 'Beta', kind: 'other' })
    .returning({ id: organisations.id });
  analystA = await member(orgA, 'analyst@alfa.test', 'analyst');
  coordinatorA = (await member(orgA, 'coordinator@alfa.test', 'coordinator')).client;
  adminB = (await member(orgB, 'admin@beta.test', 'admin')).client;
});
afterAll(() => services?.close());

describe('jobs API', () => {
  let jobId: string;

  it('shows a failed job as failed with its error', async () => {
    jobId = await services.jobs.enqueue('test-flaky', { label: 'x' }, { orgId: orgA, userId: analystA.id });
    const failed = await waitForState(analystA.client, jobId, ['failed', 'completed']);
    expect(failed).toMatchObject({
      id: jobId,
      queue: 'test-flaky',
      state: 'failed',
      error: 'Mailserveren svarede ikke',
      message: 'working on x',
      result: null,
    });
    expect(failed.percent).toBe(40);
    expect(runs).toBe(1);
  });

  it('hides the job from another organisation, for reading and retrying', async () => {
    const read = await adminB.get(`/api/v1/jobs/${jobId}`);
    expect(read.status).toBe(404);
    expect(read.text).not.toContain('Mailserveren');
    expect((await adminB.post(`/api/v1/jobs/${jobId}/retry`)).status).toBe(404);
    expect(runs).toBe(1);
  });

  it("hides a member's job from colleagues who are not admins", async () => {
    expect((await coordinatorA.get(`/api/v1/jobs/${jobId}`)).status).toBe(404);
    expect((await coordinatorA.post(`/api/v1/jobs/${jobId}/retry`)).status).toBe(404);
    expect(runs).toBe(1);
  });

  it('lets the member who started a failed job retry it, and it then completes', async () => {
    const res = await analystA.client.post(`/api/v1/jobs/${jobId}/retry`);
    expect(res.status).toBe(200);
    expect(res.json.error).toBeNull();
    expect(['retry', 'created', 'active', 'completed']).toContain(res.json.state);
    const done = await waitForState(analystA.client, jobId, ['completed', 'failed']);
    expect(done).toMatchObject({ state: 'completed', percent: 100, result: { done: 'x' }, error: null });
    expect(runs).toBe(2);
  });

  it('refuses to retry a job that has not failed with 409 job_not_failed', async () => {
    const res = await analystA.client.post(`/api/v1/jobs/${jobId}/retry`);
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ code: 'job_not_failed', detail: 'Kun mislykkede job kan køres igen.' });
    expect(runs).toBe(2);
  });

  it('registers the nightly clean-up of expired files as a schedule in Copenhagen time', async () => {
    const rows = await services.database.query<{ name: string; cron: string; timezone: string }>(
      "select name, cron, timezone from pgboss.schedule where name = 'files-cleanup'",
    );
    expect(rows).toEqual([{ name: 'files-cleanup', cron: '17 3 * * *', timezone: 'Europe/Copenhagen' }]);
  });

  it('answers 404 for an unknown job and 400 for an id that is not a uuid', async () => {
    expect((await analystA.client.get('/api/v1/jobs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await analystA.client.get('/api/v1/jobs/nope')).status).toBe(400);
  });
});
