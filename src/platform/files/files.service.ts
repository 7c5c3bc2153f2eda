import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import { type AppContext, requireTenant } from '../context.js';
import type { DbOrTx } from '../db/client.js';
import { Problem } from '../http/problem.js';
import { cleanFileName } from './files.model.js';
import { storedFiles } from './files.schema.js';

export interface NewFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  /** When the file stops being downloadable; null keeps it. */
  expiresAt?: Date | null;
}

export interface StoredFileInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
  expiresAt: string | null;
}

export interface StoredFile extends StoredFileInfo {
  bytes: Uint8Array;
}

/** Stores a file in the context's organisation, created by the context's user. */
export async function saveFile(ctx: AppContext, input: NewFile, db: DbOrTx = ctx.db): Promise<StoredFileInfo> {
  const { orgId } = requireTenant(ctx);
  const [row] = await db
    .insert(storedFiles)
    .values({
      orgId,
      name: cleanFileName(input.name),
      contentType: input.contentType,
      size: input.bytes.byteLength,
      bytes: input.bytes,
      createdBy: ctx.user?.id ?? null,
      expiresAt: input.expiresAt ?? null,
    })
    .returning({
      id: storedFiles.id,
      name: storedFiles.name,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      createdAt: storedFiles.createdAt,
      expiresAt: storedFiles.expiresAt,
    });
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/**
 * A file of the context's organisation with its bytes; 404 when it belongs to another organisation, has expired
 * or does not exist, and for anyone but its creator or an admin. Downloads are audit-logged: exports hold personal data.
 */
export async function readFile(ctx: AppContext, id: string): Promise<StoredFile> {
  const { orgId } = requireTenant(ctx);
  const [row] = await ctx.db
    .select()
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.id, id),
        eq(storedFiles.orgId, orgId),
        or(isNull(storedFiles.expiresAt), gt(storedFiles.expiresAt, new Date())),
      ),
    );
  // Files hold exports of personal data: only the person who made one, or an admin, may fetch it.
  const mayRead = ctx.tenant?.role === 'admin' || (row?.createdBy != null && row.createdBy === ctx.user?.id);
  if (!row || !mayRead) throw new Problem(404, 'not_found');
  await recordAudit(ctx, {
    action: 'file.downloaded',
    entityType: 'file',
    entityId: row.id,
    details: { name: row.name },
  });
  return {
    id: row.id,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** Removes expired files of every organisation (maintenance, not a request): returns how many. */
export async function deleteExpiredFiles(db: DbOrTx, now = new Date()): Promise<number> {
  const gone = await db.delete(storedFiles).where(lte(storedFiles.expiresAt, now)).returning({ id: storedFiles.id });
  return gone.length;
}
