/**
 * Erasure (GDPR art. 17): every row about a person in every table, in one transaction. The pseudonym stays in
 * issued_pseudonyms (with no link to anyone) so it is never given to someone else, and the erasure itself is logged
 * without personal data. Besides the person and their consents that covers: their reports' manager link, audit
 * entries about them or naming them, mail copies to or about them, invitations to their e-mail, import previews
 * and uploaded org charts, stored export files, job progress and pg-boss job payloads (its v10 tables).
 * Domains after this one register their own steps with `registerErasureStep`; a test scans every table of the
 * database afterwards, so a new table that keeps a person's data fails it.
 *
 * Not touched: a user account linked to the person (`people.user_id`). It belongs to the person, may be a member
 * of other organisations, and is removed through the accounts, not by an organisation's HR.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { ERASED, type ErasureNeedles, erasureNeedles, likePatterns, mentions, scrubJson } from './erasure.model.js';
import { issuedPseudonyms, people } from './organisations.schema.js';
import { rowsOf } from './people.sql.js';

export interface ErasedPerson {
  id: string;
  orgId: string;
  employeeId: string;
  name: string;
  email: string | null;
  pseudonym: string;
  needles: ErasureNeedles;
}

/** A later domain's part of erasure: removes or scrubs its rows about the person; returns how many it touched. */
export type ErasureStep = (tx: DbOrTx, person: ErasedPerson) => Promise<number>;

const extraSteps = new Map<string, ErasureStep>();

/** Called by domains after organisations (studies, coding, …) when their module loads; returns an unregister. */
export function registerErasureStep(name: string, step: ErasureStep): () => void {
  extraSteps.set(name, step);
  return () => extraSteps.delete(name);
}

const anyLike = (column: SQL, patterns: string[]) =>
  patterns.length === 0
    ? sql`false`
    : sql`(${sql.join(
        patterns.map((p) => sql`${column} ilike ${p}`),
        sql` or `,
      )})`;

/** Scrubs the JSON column of every row the pre-filter finds; returns how many rows changed. */
async function scrubJsonColumn(
  tx: DbOrTx,
  table: string,
  keyColumn: string,
  column: string,
  scope: SQL,
  person: ErasedPerson,
): Promise<number> {
  const t = sql.join(
    table.split('.').map((part) => sql.identifier(part)),
    sql`.`,
  );
  const key = sql.identifier(keyColumn);
  const col = sql.identifier(column);
  const exact = person.needles.exact.map((e) => `%${JSON.stringify(e).replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await rowsOf<{ key: string; value: unknown }>(
    tx,
    sql`select ${key}::text as key, ${col} as value from ${t}
      where ${scope} and ${col} is not null
        and (${anyLike(sql`${col}::text`, likePatterns(person.needles))} or ${anyLike(sql`${col}::text`, exact)})`,
  );
  let changed = 0;
  for (const row of rows) {
    const value = typeof row.value === 'string' ? JSON.parse(row.value) : row.value;
    const scrubbed = scrubJson(value, person.needles);
    if (JSON.stringify(scrubbed) === JSON.stringify(value)) continue;
    await tx.execute(sql`update ${t} set ${col} = ${JSON.stringify(scrubbed)}::jsonb where ${key}::text = ${row.key}`);
    changed++;
  }
  return changed;
}

async function count(tx: DbOrTx, query: SQL): Promise<number> {
  const rows = await rowsOf<{ id: unknown }>(tx, query);
  return rows.length;
}

/**
 * Ids of candidate rows (found with a broad ILIKE) whose `text` really names the person as a whole word, so that
 * erasing "Anne Hansen" leaves mail about "Marianne Hansen" alone; rows with `force` go regardless.
 */
async function namingRows(tx: DbOrTx, query: SQL, person: ErasedPerson): Promise<string[]> {
  const rows = await rowsOf<{ id: string; text: string | null; force?: boolean }>(tx, query);
  return rows.filter((r) => r.force === true || mentions(r.text ?? '', person.needles)).map((r) => r.id);
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** The built-in steps, in order; each returns how many rows it removed or changed. */
const steps: [string, ErasureStep][] = [
  [
    'consents',
    (tx, p) => count(tx, sql`delete from consents where org_id = ${p.orgId} and person_id = ${p.id} returning id`),
  ],
  // Their reports' manager link names them by employee id.
  [
    'managerLinks',
    (tx, p) =>
      count(
        tx,
        sql`update people set manager_employee_id = null, updated_at = now()
          where org_id = ${p.orgId} and manager_employee_id = ${p.employeeId} and id <> ${p.id} returning id`,
      ),
  ],
  // Entries about them keep what happened and when, not to whom.
  [
    'auditEntries',
    (tx, p) =>
      count(
        tx,
        sql`update audit_log set entity_id = ${ERASED}, details = null
          where org_id = ${p.orgId} and entity_id = ${p.id} returning id`,
      ),
  ],
  ['auditDetails', (tx, p) => scrubJsonColumn(tx, 'audit_log', 'id', 'details', sql`org_id = ${p.orgId}`, p)],
  // Mail copies to them or about them.
  [
    'outbox',
    async (tx, p) => {
      const text = sql`(subject || ' ' || text || ' ' || coalesce(html, ''))`;
      const toThem = p.email ? sql`lower("to") = lower(${p.email})` : sql`false`;
      const ids = await namingRows(
        tx,
        sql`select id::text as id, ${text} as text, ${toThem} as force
          from outbox_messages where org_id = ${p.orgId}
            and (${toThem} or ${anyLike(text, likePatterns(p.needles))})`,
        p,
      );
      if (ids.length === 0) return 0;
      return count(tx, sql`delete from outbox_messages where id in (${idList(ids)}) returning id`);
    },
  ],
  [
    'invitations',
    (tx, p) =>
      p.email
        ? count(
            tx,
            sql`delete from invitations where org_id = ${p.orgId} and lower(email) = lower(${p.email}) returning id`,
          )
        : Promise.resolve(0),
  ],
  // Import previews list people by name and employee id.
  ['importPreviews', (tx, p) => scrubJsonColumn(tx, 'orgchart_imports', 'id', 'preview', sql`org_id = ${p.orgId}`, p)],
  ['importResults', (tx, p) => scrubJsonColumn(tx, 'orgchart_imports', 'id', 'result', sql`org_id = ${p.orgId}`, p)],
  // Stored files cannot be edited: uploaded org charts and people exports (XLSX is zipped, so its bytes show no
  // names) go whole, and so does any other file whose text names the person (CSV exports of the audit log, say).
  [
    'files',
    async (tx, p) => {
      const inBytes = p.needles.contained.map((n) => sql`position(convert_to(${n}, 'UTF8') in f.bytes) > 0`);
      const candidates = await rowsOf<{ id: string; bytes: Uint8Array | string; whole: boolean }>(
        tx,
        sql`select f.id::text as id, f.bytes, (
              f.id in (select file_id from orgchart_imports where org_id = ${p.orgId} and file_id is not null)
              or f.id::text in (select result->>'fileId' from job_progress
                where org_id = ${p.orgId} and queue = 'people-export' and result->>'fileId' is not null)
            ) as whole
          from stored_files f where f.org_id = ${p.orgId} and (
            f.id in (select file_id from orgchart_imports where org_id = ${p.orgId} and file_id is not null)
            or f.id::text in (select result->>'fileId' from job_progress
              where org_id = ${p.orgId} and queue = 'people-export' and result->>'fileId' is not null)
            ${inBytes.length ? sql`or ${sql.join(inBytes, sql` or `)}` : sql``})`,
      );
      const ids = candidates
        .filter((f) => f.whole || mentions(Buffer.from(bytesOf(f.bytes)).toString('utf8'), p.needles))
        .map((f) => f.id);
      if (ids.length === 0) return 0;
      return count(tx, sql`delete from stored_files where id in (${idList(ids)}) returning id`);
    },
  ],
  ['jobResults', (tx, p) => scrubJsonColumn(tx, 'job_progress', 'job_id', 'result', sql`org_id = ${p.orgId}`, p)],
  // Job payloads in pg-boss's own tables (v10: job and archive), e.g. an export filtered by the person's name.
  [
    'jobPayloads',
    async (tx, p) => {
      let changed = 0;
      for (const table of ['pgboss.job', 'pgboss.archive']) {
        const [exists] = await rowsOf<{ found: boolean }>(tx, sql`select to_regclass(${table}) is not null as found`);
        if (!exists?.found) continue;
        const scope = sql`data->>'orgId' = ${p.orgId}`;
        changed += await scrubJsonColumn(tx, table, 'id', 'data', scope, p);
        changed += await scrubJsonColumn(tx, table, 'id', 'output', scope, p);
      }
      return changed;
    },
  ],
  // Progress messages are plain text: cleared where they name the person.
  [
    'jobMessages',
    async (tx, p) => {
      const ids = await namingRows(
        tx,
        sql`select job_id::text as id, message as text from job_progress
          where org_id = ${p.orgId} and ${anyLike(sql`message`, likePatterns(p.needles))}`,
        p,
      );
      if (ids.length === 0) return 0;
      return count(tx, sql`update job_progress set message = null where job_id in (${idList(ids)}) returning job_id`);
    },
  ],
];

/** bytea from a raw query: a Uint8Array, or the `\\x…` hex text from a driver without a bytea parser. */
function bytesOf(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? Buffer.from(value.replace(/^\\x/, ''), 'hex') : value;
}

/** Erases the person of the active organisation; 404 when there is none with that id. */
export async function erasePerson(ctx: AppContext, id: string): Promise<Record<string, number>> {
  const { orgId } = requireTenant(ctx);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(people)
      .where(and(eq(people.id, id), eq(people.orgId, orgId)))
      .for('update');
    if (!row) throw new Problem(404, 'not_found');
    const person: ErasedPerson = {
      id: row.id,
      orgId,
      employeeId: row.employeeId,
      name: row.name,
      email: row.email,
      pseudonym: row.pseudonym,
      needles: erasureNeedles(row),
    };
    const counts: Record<string, number> = {};
    for (const [name, step] of [...steps, ...extraSteps]) counts[name] = await step(tx, person);

    await tx.insert(issuedPseudonyms).values({ orgId, code: row.pseudonym }).onConflictDoNothing();
    await tx.delete(people).where(and(eq(people.id, id), eq(people.orgId, orgId)));
    await recordAudit(ctx, { action: 'person.erased', entityType: 'person', entityId: ERASED, details: counts }, tx);
    return counts;
  });
}
