import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server.js';
import { memberships, organisations } from '../accounts/accounts.schema.js';
import { createUser } from '../accounts/users.service.js';
import type { AppContext } from '../context.js';
import { type ApiClient, signedInClient } from '../testing/http-client.js';
import { createTestServices, type TestServices } from '../testing/test-app.js';
import { storedFiles } from './files.schema.js';
import { deleteExpiredFiles, readFile, saveFile } from './files.service.js';

const PASSWORD = 'files-test-password';
let services: TestServices;
let app: ReturnType<typeof buildApp>;
let asA: AppContext;
let asB: AppContext;
let clientA: ApiClient;
let clientB: ApiClient;
const everyByte = new Uint8Array(Array.from({ length: 256 }, (_, i) => i));

async function tenant(name: string, role: 'hr' | 'coordinator') {
  const db = services.database.db;
  const [org] = await db.insert(organisations).values({ name, kind: 'other' }).returning();
  const email = `${role}@${name.toLowerCase()}.test`;
  const user = await createUser(services.ctx(), { email, name, password: PASSWORD });
  await db.insert(memberships).values({ userId: user.id, orgId: org.id, role });
  const ctx = services.ctx({
    user: { id: user.id, email, name, locale: 'da', isPlatformAdmin: false },
    tenant: { orgId: org.id, role },
  });
  return { ctx, client: await signedInClient(app, email, PASSWORD) };
}

beforeAll(async () => {
  services = await createTestServices();
  app = buildApp(services, { serveWeb: false });
  ({ ctx: asA, client: clientA } = await tenant('Alfa', 'hr'));
  ({ ctx: asB, client: clientB } = await tenant('Beta', 'coordinator'));
});
afterAll(() => services?.close());

describe('files', () => {
  it('stores and returns every byte value unchanged, with size and creator', async () => {
    const saved = await saveFile(asA, { name: 'data.bin', contentType: 'application/octet-stream', bytes: everyByte });
    expect(saved.size).toBe(256);
    const [row] = await services.database.db.select().from(storedFiles).where(eq(storedFiles.id, saved.id));
    expect(row).toMatchObject({ orgId: asA.tenant!.orgId, createdBy: asA.user!.id, size: 256 });
    const read = await readFile(asA, saved.id);
    expect([...read.bytes]).toEqual([...everyByte]);
    await expect(readFile(asB, saved.id)).rejects.toMatchObject({ status: 404 });
  });

  it('downloads over HTTP with attachment headers for any role of the organisation, 404 for another', async () => {
    const saved = await saveFile(asA, {
      name: '../Rapport "endelig" æøå.pdf',
      contentType: 'application/pdf',
      bytes: everyByte,
    });
    expect(saved.name).toBe('Rapport "endelig" æøå.pdf');
    const res = await app.request(`/api/v1/files/${saved.id}`, { headers: { cookie: clientA.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Rapport _endelig_ aeoea.pdf"; filename*=UTF-8''Rapport%20%22endelig%22%20%C3%A6%C3%B8%C3%A5.pdf`,
    );
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([...everyByte]);
    const other = await clientB.get(`/api/v1/files/${saved.id}`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect((await clientA.get('/api/v1/files/not-a-uuid')).status).toBe(400);
  });

  it("serves a member's file to its creator and to admins, not to other members", async () => {
    const saved = await saveFile(asA, { name: 'export.csv', contentType: 'text/csv', bytes: everyByte });
    const colleague = (role: 'analyst' | 'admin') =>
      services.ctx({ user: { ...asA.user!, id: crypto.randomUUID() }, tenant: { orgId: asA.tenant!.orgId, role } });
    await expect(readFile(colleague('analyst'), saved.id)).rejects.toMatchObject({ status: 404 });
    expect((await readFile(colleague('admin'), saved.id)).size).toBe(256);
  });

  it('stops serving a file once it has expired, and maintenance removes it', async () => {
    const saved = await saveFile(asA, {
      name: 'old.csv',
      contentType: 'text/csv',
      bytes: everyByte,
      expiresAt: new Date(Date.now() - 1000),
    });
    const kept = await saveFile(asA, {
      name: 'new.csv',
      contentType: 'text/csv',
      bytes: everyByte,
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await clientA.get(`/api/v1/files/${saved.id}`)).status).toBe(404);
    expect(await deleteExpiredFiles(services.database.db)).toBe(1);
    const left = await services.database.db.select({ id: storedFiles.id }).from(storedFiles);
    expect(left.map((r) => r.id)).toContain(kept.id);
    expect(left.map((r) => r.id)).not.toContain(saved.id);
  });
});
