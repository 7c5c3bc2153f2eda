/**
 * Importing a REFI-QDA project (.qdpx) or codebook (.qdc) from another tool into a study. The file is read whole and
 * checked first (refi/); then everything is written in one transaction, or nothing. Codes are matched to the study's
 * codes by GUID, then by name under the same parent, else created; users to the study's coders by name, else
 * created as imported coders; cases to participants by pseudonym, else kept on the transcript as a case name with
 * its attributes. Imported texts are stored as they are, so the codings' offsets stay true: they are taken to be
 * pseudonymised already (the import page says so).
 */
import { and, eq } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import type { DbOrTx } from '../platform/db/client.js';
import { Problem } from '../platform/http/problem.js';
import { studyParticipants } from '../studies/studies.schema.js';
import type { StudyRow } from '../studies/study-access.js';
import { studyCompetencies } from './codes.service.js';
import { CODE_COLOURS } from './coding.model.js';
import { coders, codes, codingMemos, codings, type TranscriptAttributes } from './coding.schema.js';
import { codableStudy } from './coding-access.js';
import { recomputeConsensus } from './consensus.service.js';
import { readRefiFile } from './refi/qdpx.js';
import {
  flattenCodes,
  noteTargets,
  type RefiCode,
  RefiError,
  type RefiImport,
  type RefiProject,
} from './refi/refi.model.js';
import { ATTRIBUTE_VARIABLES } from './refi-export.service.js';
import { segmentsOfText } from './transcript-view.model.js';
import { participantFacts, saveTranscript } from './transcripts.service.js';

export interface ImportReport {
  dryRun: boolean;
  codes: number;
  sources: number;
  codings: number;
  notes: number;
  cases: number;
  dropped: { what: string; count: number; reason: string; examples: string[] }[];
}

export async function readImport(bytes: Uint8Array): Promise<RefiImport> {
  try {
    return await readRefiFile(bytes);
  } catch (error) {
    if (error instanceof RefiError)
      throw new Problem(error.code === 'file_too_large' ? 413 : 422, error.code, error.params);
    throw error;
  }
}

export async function importRefi(ctx: AppContext, studyId: string, bytes: Uint8Array, dryRun: boolean) {
  await codableStudy(ctx, studyId); // who may, before reading what was sent
  const { project, dropped } = await readImport(bytes);
  return ctx.db.transaction(async (tx) => {
    const study = await codableStudy(ctx, studyId, tx);
    const extra: ImportReport['dropped'] = [];
    const codeIds = await importCodes(ctx, tx, study, project.codes, extra, dryRun);
    const counts = dryRun ? projectCounts(project) : await importSources(ctx, tx, study, project, codeIds, extra);
    if (!dryRun)
      await recordAudit(
        ctx,
        { action: 'coding.project_imported', entityType: 'study', entityId: studyId, details: { ...counts } },
        tx,
      );
    const report: ImportReport = {
      dryRun,
      codes: flattenCodes(project.codes).length,
      ...counts,
      dropped: [...dropped, ...extra],
    };
    return report;
  });
}

function projectCounts(project: RefiProject) {
  return {
    sources: project.sources.length,
    codings: project.sources.reduce((n, s) => n + s.selections.reduce((m, sel) => m + sel.codings.length, 0), 0),
    notes: project.notes.length,
    cases: project.cases.length,
  };
}

/** Codes by GUID, then name under the same parent; new ones are created (unless a dry run). Returns GUID → id. */
async function importCodes(
  ctx: AppContext,
  tx: DbOrTx,
  study: StudyRow,
  tree: RefiCode[],
  dropped: ImportReport['dropped'],
  dryRun: boolean,
): Promise<Map<string, string>> {
  const existing = await tx.select().from(codes).where(eq(codes.studyId, study.id));
  const competencies = new Set((await studyCompetencies(ctx, study, tx)).map((c) => c.identifier));
  const shortcuts = new Set(existing.flatMap((c) => (c.shortcut ? [c.shortcut] : [])));
  const ids = new Map<string, string>();
  let unknownCompetency = 0;
  let ordinal = existing.length;
  const walk = async (list: RefiCode[], parentId: string | null) => {
    for (const code of list) {
      const match =
        existing.find((c) => c.id === code.guid) ??
        existing.find((c) => c.parentId === parentId && c.name === code.name);
      let id = match?.id;
      if (!id) {
        const ext = code.frontline;
        const competencyId = ext?.competencyId && competencies.has(ext.competencyId) ? ext.competencyId : null;
        if (ext?.competencyId && !competencyId) unknownCompetency++;
        const shortcut = ext?.shortcut && !shortcuts.has(ext.shortcut) ? ext.shortcut : null;
        if (shortcut) shortcuts.add(shortcut);
        id = crypto.randomUUID();
        if (!dryRun)
          await tx.insert(codes).values({
            id,
            orgId: study.orgId,
            studyId: study.id,
            parentId,
            name: code.name.slice(0, 120) || '—',
            description: code.description,
            colour: code.colour ?? CODE_COLOURS[ordinal % CODE_COLOURS.length],
            polarity: ext?.polarity ?? 'neutral',
            competencyId,
            shortcut,
            ordinal: ordinal++,
          });
      }
      ids.set(code.guid, id);
      await walk(code.children, id);
    }
  };
  await walk(tree, null);
  if (unknownCompetency)
    dropped.push({
      what: 'Code competency',
      count: unknownCompetency,
      reason: 'unknown_competency',
      examples: [],
    });
  return ids;
}

async function coderFor(tx: DbOrTx, study: StudyRow, name: string, cache: Map<string, string>): Promise<string> {
  const cached = cache.get(name);
  if (cached) return cached;
  const [found] = await tx
    .select({ id: coders.id })
    .from(coders)
    .where(and(eq(coders.studyId, study.id), eq(coders.name, name)));
  const id =
    found?.id ??
    (
      await tx
        .insert(coders)
        .values({ orgId: study.orgId, studyId: study.id, name, kind: 'imported' })
        .returning({ id: coders.id })
    )[0].id;
  cache.set(name, id);
  return id;
}

async function importSources(
  ctx: AppContext,
  tx: DbOrTx,
  study: StudyRow,
  project: RefiProject,
  codeIds: Map<string, string>,
  dropped: ImportReport['dropped'],
) {
  const userNames = new Map(project.users.map((u) => [u.guid, u.name]));
  const coderCache = new Map<string, string>();
  const unknownCoder = ctx.t('coding.import.unknownCoder');
  const variableKey = new Map(
    project.variables.map((v) => [v.guid, ATTRIBUTE_VARIABLES.find((a) => a.nameDa === v.name)?.key]),
  );
  const caseOf = new Map(project.cases.flatMap((c) => c.sourceGuids.map((g) => [g, c] as const)));
  let otherVariables = 0;
  const sourceIds = new Map<string, string>();
  const codingIds = new Map<string, string>();
  let codingCount = 0;
  for (const source of project.sources) {
    const theCase = caseOf.get(source.guid);
    let participantId: string | null = null;
    let attributes: TranscriptAttributes = { organisation: null, area: null, band: null, role: null };
    if (theCase) {
      const [participant] = await tx
        .select({ id: studyParticipants.id })
        .from(studyParticipants)
        .innerJoin(people, eq(people.id, studyParticipants.personId))
        .where(and(eq(studyParticipants.studyId, study.id), eq(people.pseudonym, theCase.name)));
      if (participant) {
        participantId = participant.id;
        attributes = (await participantFacts(tx, study.id, participant.id)).attributes;
      } else {
        for (const v of theCase.values) {
          const key = variableKey.get(v.variableGuid);
          if (key) attributes = { ...attributes, [key]: String(v.value) };
          else otherVariables++;
        }
      }
    }
    const id = await saveTranscript(tx, study, {
      participantId,
      caseName: participantId ? null : (theCase?.name ?? null),
      title: source.name || source.guid,
      attributes,
      parsed: { text: source.text, segments: segmentsOfText(source.text), format: 'qdpx', warnings: [] },
      pseudonymisation: [],
      createdBy: ctx.user?.id ?? null,
    });
    sourceIds.set(source.guid, id);
    for (const selection of source.selections) {
      for (const coding of selection.codings) {
        const codeId = codeIds.get(coding.codeGuid);
        if (!codeId) continue; // the reader dropped codings of unknown codes already
        const user = coding.creatingUser ?? selection.creatingUser;
        const coderId = await coderFor(tx, study, (user && userNames.get(user)) || unknownCoder, coderCache);
        const [row] = await tx
          .insert(codings)
          .values({
            orgId: study.orgId,
            studyId: study.id,
            transcriptId: id,
            codeId,
            coderId,
            start: selection.start,
            end: selection.end,
            origin: 'import',
          })
          .onConflictDoNothing()
          .returning({ id: codings.id });
        if (row) {
          codingCount++;
          codingIds.set(selection.guid, row.id);
          codingIds.set(coding.guid, row.id);
        }
      }
    }
    await recomputeConsensus(tx, id);
  }
  if (otherVariables)
    dropped.push({ what: 'VariableValue', count: otherVariables, reason: 'not_supported', examples: [] });
  const notes = await importNotes(ctx, tx, study, project, { codeIds, sourceIds, codingIds }, userNames);
  return { sources: project.sources.length, codings: codingCount, notes, cases: project.cases.length };
}

async function importNotes(
  ctx: AppContext,
  tx: DbOrTx,
  study: StudyRow,
  project: RefiProject,
  ids: { codeIds: Map<string, string>; sourceIds: Map<string, string>; codingIds: Map<string, string> },
  userNames: Map<string, string>,
): Promise<number> {
  const targets = noteTargets(project);
  let count = 0;
  for (const note of project.notes) {
    const text = note.text.trim() || note.name.trim();
    if (!text) continue;
    const target = targets.get(note.guid)?.[0] ?? { kind: 'project' as const };
    const author = (note.creatingUser && userNames.get(note.creatingUser)) || ctx.t('coding.import.unknownCoder');
    const base = { orgId: study.orgId, studyId: study.id, text, authorId: null, authorName: author };
    if (target.kind === 'code' && ids.codeIds.has(target.guid))
      await tx.insert(codingMemos).values({ ...base, target: 'code', codeId: ids.codeIds.get(target.guid) });
    else if (target.kind === 'source' && ids.sourceIds.has(target.guid))
      await tx
        .insert(codingMemos)
        .values({ ...base, target: 'transcript', transcriptId: ids.sourceIds.get(target.guid) });
    else if ((target.kind === 'selection' || target.kind === 'coding') && ids.codingIds.has(target.guid)) {
      const codingId = ids.codingIds.get(target.guid) as string;
      const [coding] = await tx
        .select({ transcriptId: codings.transcriptId, codeId: codings.codeId })
        .from(codings)
        .where(eq(codings.id, codingId));
      await tx.insert(codingMemos).values({ ...base, target: 'coding', codingId, ...coding });
    } else await tx.insert(codingMemos).values({ ...base, target: 'study' });
    count++;
  }
  return count;
}
