/**
 * The `orgchart-apply` job's work: the file read and validated again (the people may have changed since the
 * preview), then units, people, pseudonyms, leader suggestions, the remembered mapping and the import's status
 * written in ONE transaction, so a failure leaves the organisation exactly as it was. Rows go in batches as one JSON
 * parameter per statement, the same SQL on PGlite and PostgreSQL, 50,000 people in seconds.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { organisations } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { claimForApply, findImport, type ImportResult, importFileBytes, storeUpload } from './import.service.js';
import {
  analyseFile,
  compareWithCurrent,
  type ImportPreview,
  leaderColumns,
  leaderColumnsChanged,
  type StoredPerson,
} from './import-analysis.js';
import { createPseudonymGenerator, type MatchedPerson, secureRandom } from './import-diff.model.js';
import { loadStoredPeople, type Progress, previewImport } from './import-preview.service.js';
import type { LeaderSuggestion } from './leaders.model.js';
import { issuedPseudonyms, orgchartImports, orgchartMappings, orgUnits } from './organisations.schema.js';
import type { OrgChartPerson, OrgChartUnit } from './orgchart.model.js';

/**
 * People per statement: 500 make ~100 KB of JSON, which V8 and PGlite handle as ordinary short-lived data, and 50,000
 * people take 100 statements.
 */
export const APPLY_BATCH = 500;

/**
 * Writes `items` in batches, each made into rows only when its turn comes: 50,000 people are never held a second
 * time as rows, nor as one big JSON text (on PGlite, whose memory is this process's, that doubled an apply's peak).
 */
async function inBatches<T>(
  items: readonly T[],
  toRow: (item: T) => unknown,
  write: (json: string) => Promise<unknown>,
  size = APPLY_BATCH,
) {
  for (let i = 0; i < items.length; i += size) {
    const batch: unknown[] = [];
    for (let j = i; j < Math.min(i + size, items.length); j++) batch.push(toRow(items[j]));
    const json = JSON.stringify(batch);
    await write(json);
  }
}

const same = <T>(item: T) => item;

/** Upserts the file's units by key (parents first), deactivates the others; returns key → id. */
async function writeUnits(tx: DbOrTx, orgId: string, units: readonly OrgChartUnit[]) {
  const existing = await tx
    .select({
      id: orgUnits.id,
      key: orgUnits.key,
      name: orgUnits.name,
      parentId: orgUnits.parentId,
      active: orgUnits.active,
    })
    .from(orgUnits)
    .where(eq(orgUnits.orgId, orgId));
  const byKey = new Map(existing.map((u) => [u.key, u]));
  const ids = new Map<string, string>();
  for (const u of units) ids.set(u.key, byKey.get(u.key)?.id ?? randomUUID());
  const rows: { id: string; key: string; name: string; parent_id: string | null }[] = [];
  let added = 0;
  for (const u of units) {
    const before = byKey.get(u.key);
    const parentId = u.parentKey === null ? null : ids.get(u.parentKey)!;
    if (!before) added++;
    else if (before.name === u.name && before.parentId === parentId && before.active === 1) continue;
    rows.push({ id: ids.get(u.key)!, key: u.key, name: u.name, parent_id: parentId });
  }
  // Units come parents first, and foreign keys are checked at the end of each statement.
  await inBatches(rows, same, (json) =>
    tx.execute(sql`
      insert into org_units (id, org_id, key, name, parent_id, active)
      select r.id, ${orgId}, r.key, r.name, r.parent_id, 1
      from jsonb_to_recordset(${json}::jsonb) as r(id uuid, key text, name text, parent_id uuid)
      on conflict (org_id, key) do update set name = excluded.name, parent_id = excluded.parent_id, active = 1`),
  );
  // Units no longer in the file stay (people's history points at them) but are no longer part of the chart.
  const gone = existing.filter((u) => u.active === 1 && !ids.has(u.key)).map((u) => u.id);
  await inBatches(gone, same, (json) =>
    tx.execute(sql`
      update org_units set active = 0
      where org_id = ${orgId} and id in (select value::uuid from jsonb_array_elements_text(${json}::jsonb))`),
  );
  return { ids, added, deactivated: gone.length };
}

type PersonRow = ReturnType<typeof personRow>;

/**
 * A person as one row of a batch: an array in the order `personRecords` reads it, so the batch's JSON carries no
 * column names (half the text, and half of PGlite's copies of it), made without a spread copy or a UUID per person
 * (new people get their id from the database's default).
 */
function personRow(
  p: OrgChartPerson,
  keys: { id: string | null; pseudonym: string | null },
  unitIds: Map<string, string>,
  suggestion: LeaderSuggestion | undefined,
) {
  const leader = leaderColumns(suggestion);
  return [
    keys.id,
    p.employeeId,
    keys.pseudonym,
    p.name,
    p.email,
    p.jobTitle,
    unitIds.get(p.unitKey) ?? null,
    p.managerEmployeeId,
    p.leaderSince,
    leader.leaderSuggestion,
    leader.leaderConfidence,
    leader.leaderScore,
    leader.leaderReasons,
  ];
}

/** The columns of a batch of person rows: `r` from `${personRecords(json)} as r`. */
const personRecords = (json: string) => sql`(
  select (e->>0)::uuid as id, e->>1 as employee_id, e->>2 as pseudonym, e->>3 as name, e->>4 as email,
    e->>5 as job_title, (e->>6)::uuid as unit_id, e->>7 as manager_employee_id, (e->>8)::date as leader_since,
    e->>9 as leader_suggestion, e->>10 as leader_confidence, (e->>11)::real as leader_score,
    nullif(e->12, 'null'::jsonb) as leader_reasons
  from jsonb_array_elements(${json}::jsonb) as e)`;

/** New people and their pseudonyms, which are recorded as issued in the same statement. */
async function insertPeople<T>(tx: DbOrTx, orgId: string, people: readonly T[], toRow: (person: T) => PersonRow) {
  await inBatches(people, toRow, (json) =>
    tx.execute(sql`
      with added as (
        insert into people (org_id, employee_id, pseudonym, name, email, job_title, unit_id, manager_employee_id,
          leader_since, leader_suggestion, leader_confidence, leader_score, leader_reasons)
        select ${orgId}, r.employee_id, r.pseudonym, r.name, r.email, r.job_title, r.unit_id,
          r.manager_employee_id, r.leader_since, r.leader_suggestion, r.leader_confidence, r.leader_score,
          r.leader_reasons
        from ${personRecords(json)} as r
        returning pseudonym
      )
      insert into issued_pseudonyms (org_id, code) select ${orgId}, pseudonym from added`),
  );
}

/** Everything the file says about matched people; HR's decision columns are not touched. */
async function updatePeople<T>(tx: DbOrTx, orgId: string, people: readonly T[], toRow: (person: T) => PersonRow) {
  await inBatches(people, toRow, (json) =>
    tx.execute(sql`
      update people p set name = r.name, email = r.email, job_title = r.job_title, unit_id = r.unit_id,
        manager_employee_id = r.manager_employee_id, leader_since = r.leader_since, status = 'active', left_at = null,
        leader_suggestion = r.leader_suggestion, leader_confidence = r.leader_confidence,
        leader_score = r.leader_score, leader_reasons = r.leader_reasons, updated_at = now()
      from ${personRecords(json)} as r
      where p.id = r.id and p.org_id = ${orgId}`),
  );
}

async function markLeft(tx: DbOrTx, orgId: string, ids: string[]) {
  await inBatches(ids, same, (json) =>
    tx.execute(sql`
      update people set status = 'left', left_at = now(), updated_at = now()
      where org_id = ${orgId} and status = 'active'
        and id in (select value::uuid from jsonb_array_elements_text(${json}::jsonb))`),
  );
}

export async function applyImport(ctx: AppContext, importId: string, progress: Progress = async () => {}) {
  const { orgId } = requireTenant(ctx);
  const row = await findImport(ctx.db, orgId, importId);
  if (row.status !== 'applying') throw new Error(`The import is ${row.status}, not waiting to be applied`);
  const preview = row.preview as ImportPreview;
  await progress(5, ctx.t('organisations.progress.reading', { name: row.fileName }));
  const file = await importFileBytes(ctx.db, orgId, row.fileId);
  if (!file) throw new Error('The uploaded file has expired or was removed; upload it again');
  // Parsing happens before the transaction: on PGlite a transaction holds the only connection.
  const analysed = await analyseFile(file.bytes, row.fileName, { chosen: preview.mapping });
  await progress(40, ctx.t('organisations.progress.writing', { count: analysed.validation.people.length }));

  const result = await ctx.db.transaction(async (tx) => {
    // One apply per organisation at a time, across processes: the second waits, then diffs against the first.
    await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).for('update');
    const [locked] = await tx
      .select({ status: orgchartImports.status })
      .from(orgchartImports)
      .where(and(eq(orgchartImports.id, importId), eq(orgchartImports.orgId, orgId)))
      .for('update');
    if (locked?.status !== 'applying') throw new Error('The import is no longer waiting to be applied');

    const current = await loadStoredPeople(tx, orgId);
    const comparison = compareWithCurrent(analysed, current);
    if (!comparison.canApply) {
      const codes = [...new Set(comparison.problems.filter((p) => p.severity !== 'warning').map((p) => p.code))];
      throw new Error(`The file no longer passes validation (${codes.join(', ')}); preview it again`);
    }
    const { diff, suggestions } = comparison;
    const units = await writeUnits(tx, orgId, analysed.validation.units);
    const suggestionOf = new Map(suggestions.map((s) => [s.employeeId, s]));

    const issued = await tx
      .select({ code: issuedPseudonyms.code })
      .from(issuedPseudonyms)
      .where(eq(issuedPseudonyms.orgId, orgId));
    const nextPseudonym = createPseudonymGenerator(
      issued.map((r) => r.code),
      secureRandom,
    );
    await insertPeople(tx, orgId, diff.added, (p) =>
      personRow(p, { id: null, pseudonym: nextPseudonym() }, units.ids, suggestionOf.get(p.employeeId)),
    );
    const updates: MatchedPerson<OrgChartPerson>[] = [];
    for (const list of [diff.changed, diff.returned, diff.unchanged]) {
      for (const match of list) {
        const stored = match.before as StoredPerson;
        const leader = leaderColumns(suggestionOf.get(stored.employeeId));
        if (match.changes.length > 0 || stored.status === 'left' || leaderColumnsChanged(stored, leader))
          updates.push(match);
      }
    }
    await updatePeople(tx, orgId, updates, (match) =>
      personRow(
        match.after,
        { id: (match.before as StoredPerson).id, pseudonym: null },
        units.ids,
        suggestionOf.get(match.after.employeeId),
      ),
    );
    await markLeft(
      tx,
      orgId,
      diff.left.map((p) => (p as StoredPerson).id),
    );

    await tx
      .insert(orgchartMappings)
      .values({ orgId, mapping: preview.mapping as Record<string, string> })
      .onConflictDoUpdate({
        target: orgchartMappings.orgId,
        set: { mapping: preview.mapping as Record<string, string>, updatedAt: new Date() },
      });
    const result: ImportResult = {
      added: diff.added.length,
      changed: diff.changed.length,
      left: diff.left.length,
      returned: diff.returned.length,
      leadersSuggested: suggestions.length,
      unitsAdded: units.added,
      unitsDeactivated: units.deactivated,
    };
    await tx
      .update(orgchartImports)
      .set({ status: 'applied', result, appliedAt: new Date() })
      .where(eq(orgchartImports.id, importId));
    // Counts only: who was added or left is in the people table, not in the log.
    await recordAudit(
      ctx,
      { action: 'orgchart.applied', entityType: 'orgchart_import', entityId: importId, details: { ...result } },
      tx,
    );
    return result;
  });
  await progress(100, ctx.t('organisations.progress.applied', { ...result }));
  return result;
}

/** After a failed apply: the transaction rolled back; the import says so. */
export async function markApplyFailed(ctx: AppContext, importId: string): Promise<void> {
  const { orgId } = requireTenant(ctx);
  await ctx.db
    .update(orgchartImports)
    .set({ status: 'failed' })
    .where(
      and(eq(orgchartImports.id, importId), eq(orgchartImports.orgId, orgId), eq(orgchartImports.status, 'applying')),
    );
}

/**
 * Upload, preview and apply in one go, without jobs: for demo data and the command line, through the same code as
 * the UI. Returns the preview's problems when the file cannot be imported.
 */
export async function importOrgChartNow(
  ctx: AppContext,
  file: { name: string; contentType?: string; bytes: Uint8Array },
): Promise<{ importId: string; result: ImportResult | null; preview: ImportPreview }> {
  const { orgId } = requireTenant(ctx);
  const row = await storeUpload(ctx, { contentType: 'application/octet-stream', ...file });
  await previewImport(ctx, row.id);
  const previewed = await findImport(ctx.db, orgId, row.id);
  const preview = previewed.preview as ImportPreview;
  if (previewed.status !== 'previewed') return { importId: row.id, result: null, preview };
  await claimForApply(ctx, row.id);
  try {
    return { importId: row.id, result: await applyImport(ctx, row.id), preview };
  } catch (error) {
    await markApplyFailed(ctx, row.id);
    throw error;
  }
}
