/**
 * A study as a REFI-QDA project: coders as users, the codebook (with polarity and competency in each code's
 * description), transcripts as text sources with one selection per coding, participant attributes as case variables,
 * memos as notes. The consensus layer is derived from the codings and the team's resolutions; resolutions have no
 * place in REFI-QDA and are not exported.
 */
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { people } from '../organisations/organisations.schema.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import type { AppContext } from '../platform/context.js';
import { studyParticipants } from '../studies/studies.schema.js';
import { coders, codes, codingMemos, codings, type TranscriptAttributes, transcripts } from './coding.schema.js';
import { codingStudy } from './coding-access.js';
import type { RefiCode, RefiProject, RefiSelection, RefiTextSource, RefiVariable } from './refi/refi.model.js';

/** A stable GUID derived from another (a coding's id gives its selection's and its Coding element's). */
export function derivedGuid(kind: string, id: string): string {
  const h = createHash('sha256').update(`${kind}:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The participant attributes as REFI variables, with stable GUIDs per study. */
export const ATTRIBUTE_VARIABLES: { key: keyof TranscriptAttributes; nameDa: string }[] = [
  { key: 'organisation', nameDa: 'Organisation' },
  { key: 'area', nameDa: 'Område' },
  { key: 'band', nameDa: 'Anciennitet' },
  { key: 'role', nameDa: 'Stilling' },
];

export async function studyProject(ctx: AppContext, studyId: string): Promise<RefiProject> {
  const study = await codingStudy(ctx, studyId);
  const coderRows = await ctx.db
    .select()
    .from(coders)
    .where(eq(coders.studyId, studyId))
    .orderBy(asc(coders.createdAt));
  const codeRows = await ctx.db.select().from(codes).where(eq(codes.studyId, studyId)).orderBy(asc(codes.ordinal));
  const memoRows = await ctx.db
    .select()
    .from(codingMemos)
    .where(eq(codingMemos.studyId, studyId))
    .orderBy(asc(codingMemos.createdAt));
  const transcriptRows = await ctx.db
    .select({ transcript: transcripts, pseudonym: people.pseudonym })
    .from(transcripts)
    .leftJoin(studyParticipants, eq(studyParticipants.id, transcripts.participantId))
    .leftJoin(people, eq(people.id, studyParticipants.personId))
    .where(eq(transcripts.studyId, studyId))
    .orderBy(asc(transcripts.title));
  const codingRows = await ctx.db
    .select()
    .from(codings)
    .where(eq(codings.studyId, studyId))
    .orderBy(asc(codings.start), asc(codings.end));

  const memosOn = (pick: (m: (typeof memoRows)[number]) => boolean) => memoRows.filter(pick).map((m) => m.id);
  const userByName = new Map<string, string>();
  const users = coderRows
    .filter((c) => c.kind !== 'machine')
    .map((c) => {
      userByName.set(c.name, c.id);
      return { guid: c.id, name: c.name };
    });

  const children = new Map<string | null, typeof codeRows>();
  for (const c of codeRows) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const tree = (parentId: string | null): RefiCode[] =>
    (children.get(parentId) ?? []).map((c) => ({
      guid: c.id,
      name: c.name,
      description: c.description,
      colour: c.colour,
      isCodable: true,
      children: tree(c.id),
      noteGuids: memosOn((m) => m.target === 'code' && m.codeId === c.id),
      frontline: { polarity: c.polarity as 'need', competencyId: c.competencyId, shortcut: c.shortcut },
    }));

  const variables: RefiVariable[] = ATTRIBUTE_VARIABLES.map((v) => ({
    guid: derivedGuid(`variable:${studyId}`, v.key),
    name: v.nameDa,
    type: 'Text',
    description: '',
  }));
  const codingsOf = new Map<string, typeof codingRows>();
  for (const c of codingRows) codingsOf.set(c.transcriptId, [...(codingsOf.get(c.transcriptId) ?? []), c]);

  const cases = new Map<string, RefiProject['cases'][number]>();
  const sources: RefiTextSource[] = transcriptRows.map(({ transcript: t, pseudonym }) => {
    const caseKey = t.participantId ?? `case:${t.caseName ?? t.id}`;
    const existing = cases.get(caseKey);
    if (existing) existing.sourceGuids.push(t.id);
    else
      cases.set(caseKey, {
        guid: t.participantId ?? derivedGuid('case', `${studyId}:${t.caseName ?? t.id}`),
        name: pseudonym ?? t.caseName ?? t.title,
        description: '',
        values: ATTRIBUTE_VARIABLES.flatMap((v, i) =>
          t.attributes[v.key] ? [{ variableGuid: variables[i].guid, value: t.attributes[v.key] as string }] : [],
        ),
        sourceGuids: [t.id],
      });
    const selections: RefiSelection[] = (codingsOf.get(t.id) ?? []).map((c) => ({
      guid: c.id,
      name: '',
      description: '',
      start: c.start,
      end: c.end,
      creatingUser: c.coderId,
      creationDateTime: c.createdAt.toISOString(),
      codings: [
        {
          guid: derivedGuid('coding', c.id),
          codeGuid: c.codeId,
          creatingUser: c.coderId,
          creationDateTime: c.createdAt.toISOString(),
          noteGuids: [],
        },
      ],
      noteGuids: memosOn((m) => m.target === 'coding' && m.codingId === c.id),
    }));
    return {
      guid: t.id,
      name: t.title,
      description: '',
      text: t.text,
      creatingUser: null,
      creationDateTime: t.createdAt.toISOString(),
      selections,
      noteGuids: memosOn((m) => m.target === 'transcript' && m.transcriptId === t.id),
    };
  });

  await recordAudit(ctx, { action: 'coding.project_exported', entityType: 'study', entityId: studyId });
  return {
    name: study.title,
    origin: 'Frontline',
    description: '',
    creationDateTime: study.createdAt.toISOString(),
    users,
    codes: tree(null),
    variables,
    cases: [...cases.values()],
    sources,
    notes: memoRows.map((m) => ({
      guid: m.id,
      name: m.text.split('\n')[0].slice(0, 60),
      text: m.text,
      creatingUser: userByName.get(m.authorName) ?? null,
      creationDateTime: m.createdAt.toISOString(),
    })),
    noteGuids: memosOn((m) => m.target === 'study'),
  };
}
