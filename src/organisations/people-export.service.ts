/**
 * The people directory as a spreadsheet, made in the background: CSV the way Danish Excel opens it, or XLSX with
 * every cell written as text. Either way a cell a spreadsheet would run as a formula (= + - @) is neutralised.
 */
import { PassThrough } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Role } from '../platform/accounts/accounts.model.js';
import { memberships, users } from '../platform/accounts/accounts.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { type AppContext, requireTenant, requireUser, type Services, systemContext } from '../platform/context.js';
import { CSV_BOM, CSV_CONTENT_TYPE, csvRow, formatCopenhagen, neutraliseFormula } from '../platform/files/csv.model.js';
import { EXPORT_TTL_MS } from '../platform/files/files.model.js';
import { saveFile } from '../platform/files/files.service.js';
import { isLocale, type Locale } from '../platform/i18n/i18n.js';
import type { JobRun } from '../platform/jobs/jobs.js';
import {
  copenhagenToday,
  type ExportFormat,
  exportProgress,
  filterDetails,
  PEOPLE_EXPORT_PAGE,
  type PeopleFilter,
  type PeopleSort,
  personExportCells,
} from './people.model.js';
import { toListItem } from './people.service.js';
import { directoryCount, directoryPage } from './people.sql.js';

export const PEOPLE_EXPORT_QUEUE = 'people-export';
const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT_ROLES: readonly Role[] = ['admin', 'hr'];

export interface PeopleExportPayload {
  format: ExportFormat;
  sort: PeopleSort;
  filter: PeopleFilter;
  locale: Locale;
}

/** Queues the export; the request is audit-logged with its filter. */
export async function requestPeopleExport(
  ctx: AppContext,
  input: { format: ExportFormat; sort: PeopleSort; filter: PeopleFilter },
): Promise<{ jobId: string }> {
  const { orgId } = requireTenant(ctx);
  const user = requireUser(ctx);
  const payload: PeopleExportPayload = { ...input, locale: ctx.locale };
  const jobId = await ctx.jobs.enqueue(PEOPLE_EXPORT_QUEUE, payload, { orgId, userId: user.id });
  await recordAudit(ctx, {
    action: 'people.export_requested',
    entityType: 'job',
    entityId: jobId,
    details: { format: input.format, filter: filterDetails(input.filter) },
  });
  return { jobId };
}

/** The requester as they are now: someone no longer admin or HR of the organisation gets no export. */
async function requesterContext(services: Services, run: JobRun<PeopleExportPayload>): Promise<AppContext> {
  if (!run.orgId || !run.userId) throw new Error('A people export needs an organisation and a requester');
  const [row] = await services.database.db
    .select({ user: users, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, run.orgId)))
    .where(eq(users.id, run.userId));
  if (!row || !EXPORT_ROLES.includes(row.role as Role) || row.user.disabledAt) {
    throw new Error('The requester may no longer export people of the organisation');
  }
  const locale = isLocale(run.data.locale) ? run.data.locale : 'da';
  return systemContext(services, {
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      locale,
      isPlatformAdmin: row.user.isPlatformAdmin,
    },
    tenant: { orgId: run.orgId, role: row.role as Role },
    locale,
  });
}

interface SheetWriter {
  add(cells: string[]): void;
  finish(): Promise<Uint8Array>;
}

function csvWriter(): SheetWriter {
  const chunks: string[] = [CSV_BOM];
  return {
    add: (cells) => chunks.push(csvRow(cells)),
    finish: async () => Buffer.from(chunks.join(''), 'utf8'),
  };
}

/** Streams rows into an XLSX in memory (no workbook of 50,000 rows held as objects); every cell a string. */
function xlsxWriter(sheetName: string): SheetWriter {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  return {
    add: (cells) => sheet.addRow(cells.map((cell) => neutraliseFormula(cell.normalize('NFC')))).commit(),
    async finish() {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}

/** The `people-export` job: pages through the filtered directory, writes the file, stores it for 7 days. */
export async function runPeopleExport(
  services: Services,
  run: JobRun<PeopleExportPayload>,
): Promise<{ fileId: string; rows: number }> {
  const ctx = await requesterContext(services, run);
  const { orgId } = requireTenant(ctx);
  const { format, sort, filter } = run.data;
  const total = await directoryCount(ctx.db, orgId, filter);
  await run.progress(0, ctx.t('jobs.progress.people_export', { done: 0, total }));

  const writer = format === 'xlsx' ? xlsxWriter(ctx.t('people_export.sheet')) : csvWriter();
  writer.add(ctx.t('people_export.header').split(';'));
  const labels = (key: string) => ctx.t(`privacy.${key}`);
  const today = copenhagenToday();
  let done = 0;
  for (let offset = 0; ; offset += PEOPLE_EXPORT_PAGE) {
    const rows = await directoryPage(ctx.db, orgId, filter, sort, PEOPLE_EXPORT_PAGE, offset);
    for (const row of rows) writer.add(personExportCells(toListItem(row, today), labels));
    done += rows.length;
    await run.progress(exportProgress(done, total), ctx.t('jobs.progress.people_export', { done, total }));
    if (rows.length < PEOPLE_EXPORT_PAGE) break;
  }
  const bytes = await writer.finish();

  const name = `${ctx.t('people_export.filename', { date: formatCopenhagen(new Date()).slice(0, 10) })}.${format}`;
  const file = await ctx.db.transaction(async (tx) => {
    const saved = await saveFile(
      ctx,
      {
        name,
        contentType: format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
        bytes,
        expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
      },
      tx,
    );
    await recordAudit(
      ctx,
      {
        action: 'people.exported',
        entityType: 'file',
        entityId: saved.id,
        details: { rows: done, format, jobId: run.id, filter: filterDetails(filter) },
      },
      tx,
    );
    return saved;
  });
  await run.progress(100, ctx.t('jobs.progress.people_export_done', { count: done }));
  return { fileId: file.id, rows: done };
}
