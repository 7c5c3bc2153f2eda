import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import type { Role } from '../accounts/accounts.model.js';
import { memberships, organisations } from '../accounts/accounts.schema.js';
import { createUser } from '../accounts/users.service.js';
import { type ApiClient, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import { auditLog } from './audit.schema.js';

const PASSWORD = 'audit-test-password';
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let orgA: string;
let orgB: string;
let adminA: ApiClient;
let adminB: ApiClient;
let analystA: ApiClient;

async function member(orgId: string, email: string, role: Role): Promise<ApiClient> {
  const user = await createUser(services.ctx(), { email, name: email.split('@')[0], password: PASSWORD });
  await services.database.db.insert(memberships).values({ userId: user.id, orgId, role });
  return signedInClient(app, email, PASSWORD);
}

type Seed = Partial<typeof auditLog.$inferInsert> & { at: Date; action: string };
const seed = (orgId: string, rows: Seed[]) =>
  services.database.db.insert(auditLog).values(rows.map((r) => ({ orgId, ...r })));

const seededA: Seed[] = [
  { at: new Date('2026-01-10T09:00:00Z'), action: 'study.viewed', actorEmail: 'Anne@viborg.dk', entityType: 'study' },
  { at: new Date('2026-01-20T09:00:00Z'), action: 'study.viewed', actorEmail: 'bo@viborg.dk', entityType: 'study' },
  { at: new Date('2026-02-01T09:00:00Z'), action: 'person.erased', actorEmail: 'anne@viborg.dk', entityType: 'person' },
  // 22:30 UTC on 28 Feb is 1 March in Copenhagen: a date filter on 1 March must include it.
  {
    at: new Date('2026-02-28T23:30:00Z'),
    action: 'transcript.read',
    actorEmail: 'bo@viborg.dk',
    entityType: 'transcript',
  },
  {
    at: new Date('2026-03-02T12:00:00Z'),
    action: 'transcript.read',
    actorEmail: 'cy_x@viborg.dk',
    entityType: 'transcript',
  },
];

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  const db = services.database.db;
  [{ id: orgA }, { id: orgB }] = await db
    .insert(organisations)
    .values([
      { name: 'Alfa Region', kind: 'region' },
      { name: 'Beta Skole', kind: 'school' },
    ])
    .returning({ id: organisations.id });
  adminA = await member(orgA, 'admin@alfa.test', 'admin');
  analystA = await member(orgA, 'analyst@alfa.test', 'analyst');
  adminB = await member(orgB, 'admin@beta.test', 'admin');
  // The sign-ins above are logged too; start from exactly the seeded entries.
  await db.delete(auditLog);
  await seed(orgA, seededA);
  await seed(orgB, [{ at: new Date('2026-01-15T09:00:00Z'), action: 'beta.only', actorEmail: 'x@beta.test' }]);
});
afterAll(() => services?.close());

const actions = (res: { json: { entries: { action: string }[] } }) => res.json.entries.map((e) => e.action);

describe('GET /audit', () => {
  it("lists the organisation's entries newest first with all fields", async () => {
    const res = await adminA.get('/api/v1/audit');
    expect(res.status).toBe(200);
    expect(actions(res)).toEqual([...seededA].reverse().map((s) => s.action));
    expect(res.json.entries[0]).toMatchObject({
      at: '2026-03-02T12:00:00.000Z',
      actorEmail: 'cy_x@viborg.dk',
      entityType: 'transcript',
      entityId: null,
      ip: null,
      details: null,
    });
    expect(res.json.nextCursor).toBeNull();
  });

  it('filters by action, entity type and part of the actor e-mail (case-insensitive, wildcards literal)', async () => {
    expect(actions(await adminA.get('/api/v1/audit?action=study.viewed'))).toEqual(['study.viewed', 'study.viewed']);
    expect(actions(await adminA.get('/api/v1/audit?entityType=person'))).toEqual(['person.erased']);
    const anne = await adminA.get('/api/v1/audit?actor=ANNE@');
    expect(anne.json.entries.map((e: { at: string }) => e.at)).toEqual([
      '2026-02-01T09:00:00.000Z',
      '2026-01-10T09:00:00.000Z',
    ]);
    // `%` and `_` are LIKE wildcards: escaped, they only match themselves.
    expect(actions(await adminA.get('/api/v1/audit?actor=cy%25'))).toEqual([]);
    expect(actions(await adminA.get('/api/v1/audit?actor=c__x'))).toEqual([]);
    expect(actions(await adminA.get('/api/v1/audit?actor=cy_x'))).toEqual(['transcript.read']);
  });

  it('filters by dates as Copenhagen days, `to` exclusive, and by exact date-times', async () => {
    const march = await adminA.get('/api/v1/audit?from=2026-03-01&to=2026-03-02');
    expect(march.json.entries.map((e: { at: string }) => e.at)).toEqual(['2026-02-28T23:30:00.000Z']);
    const toExclusive = await adminA.get(`/api/v1/audit?to=${encodeURIComponent('2026-02-01T09:00:00Z')}`);
    expect(toExclusive.json.entries.map((e: { at: string }) => e.at)).toEqual([
      '2026-01-20T09:00:00.000Z',
      '2026-01-10T09:00:00.000Z',
    ]);
    const fromInclusive = await adminA.get(`/api/v1/audit?from=${encodeURIComponent('2026-02-28T23:30:00Z')}`);
    expect(fromInclusive.json.entries).toHaveLength(2);
  });

  it('answers a bad date, a reversed range, a bad cursor or a too large page with a 400 validation problem', async () => {
    for (const [query, path] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-01&to=2026-02-01', 'to'],
      ['before=not-a-cursor', 'before'],
      ['limit=201', 'limit'],
      ['limit=0', 'limit'],
    ]) {
      const res = await adminA.get(`/api/v1/audit?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.json.code).toBe('validation');
      expect(res.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('pages with an opaque keyset cursor without skipping or repeating rows, also within one microsecond range', async () => {
    const tied = new Date('2026-04-01T08:00:00Z');
    // Rows at the same instant and rows inside one millisecond differ only in id or in microseconds.
    await seed(
      orgA,
      Array.from({ length: 7 }, (_, i) => ({ at: tied, action: 'tie.same_instant', entityId: `tie-${i}` })),
    );
    await services.database.query(
      `insert into audit_log (org_id, at, action, entity_id)
       select $1, '2026-04-02 08:00:00.123000+00'::timestamptz + (n || ' microseconds')::interval, 'tie.micro', 'micro-' || n
       from generate_series(1, 9) n`,
      [orgA],
    );
    const all = await services.database.query<{ id: string }>(
      'select id from audit_log where org_id = $1 order by at desc, id desc',
      [orgA],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<ApiClient['get']>> = await adminA.get(
        `/api/v1/audit?limit=3${cursor ? `&before=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.json.entries.length).toBeLessThanOrEqual(3);
      seen.push(...res.json.entries.map((e: { id: string }) => e.id));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen).toEqual(all.map((r) => r.id));
    expect(pages).toBe(Math.ceil(all.length / 3));
  });

  it('keeps filters while paging', async () => {
    const first = await adminA.get('/api/v1/audit?action=tie.micro&limit=5');
    const second = await adminA.get(`/api/v1/audit?action=tie.micro&limit=5&before=${first.json.nextCursor}`);
    expect(first.json.entries).toHaveLength(5);
    expect(second.json.entries).toHaveLength(4);
    expect(second.json.nextCursor).toBeNull();
    const entityIds = [...first.json.entries, ...second.json.entries].map((e: { entityId: string }) => e.entityId);
    expect(entityIds).toEqual(Array.from({ length: 9 }, (_, i) => `micro-${9 - i}`));
  });

  it("never shows another organisation's entries, also not through a cursor made in that organisation", async () => {
    const b = await adminB.get('/api/v1/audit');
    expect(actions(b)).toEqual(['beta.only']);
    const aPage = await adminA.get('/api/v1/audit?limit=1');
    const bWithACursor = await adminB.get(`/api/v1/audit?before=${aPage.json.nextCursor}`);
    expect(actions(bWithACursor)).toEqual(['beta.only']);
    const a = await adminA.get('/api/v1/audit?limit=200');
    expect(actions(a)).not.toContain('beta.only');
  });

  it('is for administrators only', async () => {
    const res = await analystA.get('/api/v1/audit');
    expect(res.status).toBe(403);
    expect(res.json.code).toBe('forbidden');
  });
});

describe('GET /audit/actions', () => {
  it("lists the distinct actions of the organisation's log, sorted", async () => {
    const a = await adminA.get('/api/v1/audit/actions');
    expect(a.status).toBe(200);
    expect(a.json).toEqual(['person.erased', 'study.viewed', 'tie.micro', 'tie.same_instant', 'transcript.read']);
    expect((await adminB.get('/api/v1/audit/actions')).json).toEqual(['beta.only']);
  });
});
