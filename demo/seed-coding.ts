/**
 * The demo study's interview analysis: the demo transcripts (demo/transcripts/, written for this project and
 * already pseudonymised) stored for the leaders who were interviewed, the demo codebook, the first demo analyst's
 * codings on all of them and a second demo analyst's on a third, some of their disagreements resolved, a few memos,
 * and a suggestion model trained on it all. Everything goes through the same writes as real work, inside the demo
 * seeding's transaction.
 */
import { eq } from 'drizzle-orm';
import { coders, codes as codesTable, codingMemos, codingResolutions, codings } from '../src/coding/coding.schema.js';
import { myCoder } from '../src/coding/coding-access.js';
import { compareTranscript } from '../src/coding/consensus.model.js';
import { recomputeConsensus, transcriptCodingData } from '../src/coding/consensus.service.js';
import { trainStudyModel } from '../src/coding/suggestions.service.js';
import { participantFacts, saveTranscript } from '../src/coding/transcripts.service.js';
import { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';
import type { CurrentUser } from '../src/platform/context.js';
import type { DbOrTx } from '../src/platform/db/client.js';
import { studies } from '../src/studies/studies.schema.js';
import { DEMO_CODEBOOK } from './coding-codebook.js';
import { type DemoTranscriptPlan, demoTranscripts } from './coding-plan.js';
import type { Cast, Participant } from './seed-study-plan.js';

export interface DemoCodingSummary {
  transcripts: number;
  codings: number;
  doubleCoded: number;
  suggestions: number;
}

/** Interviewed leaders get the transcript of their area, new leaders the new leaders' ones where there are any. */
export function matchTranscripts(
  plans: readonly DemoTranscriptPlan[],
  interviewed: readonly Participant[],
): { plan: DemoTranscriptPlan; participant: Participant }[] {
  const left = [...plans];
  const pairs: { plan: DemoTranscriptPlan; participant: Participant }[] = [];
  for (const participant of interviewed) {
    const sameArea = (p: DemoTranscriptPlan) => p.area === participant.area;
    const i = Math.max(
      left.findIndex((p) => sameArea(p) && p.band === participant.band),
      -1,
    );
    const j = i >= 0 ? i : left.findIndex(sameArea);
    const k = j >= 0 ? j : left.length ? 0 : -1;
    if (k < 0) break;
    pairs.push({ plan: left[k], participant });
    left.splice(k, 1);
  }
  return pairs;
}

export async function seedDemoCoding(
  cast: Cast,
  tx: DbOrTx,
  studyId: string,
  interviewed: readonly Participant[],
  secondCoder: CurrentUser,
): Promise<DemoCodingSummary> {
  const analyst = cast.analyst;
  const [study] = await tx.select().from(studies).where(eq(studies.id, studyId));
  const codeIds = new Map<string, string>();
  for (const [ordinal, code] of DEMO_CODEBOOK.entries()) {
    const [row] = await tx
      .insert(codesTable)
      .values({
        orgId: study.orgId,
        studyId,
        parentId: code.parent ? codeIds.get(code.parent) : null,
        name: code.name,
        description: code.description,
        colour: code.colour,
        polarity: code.polarity,
        competencyId: code.competency ? NATIONAL_COMPETENCY_IDS[code.competency] : null,
        shortcut: code.shortcut ?? null,
        ordinal,
      })
      .returning({ id: codesTable.id });
    codeIds.set(code.key, row.id);
  }
  const first = await myCoder(analyst, study, tx);
  const [second] = await tx
    .insert(coders)
    .values({ orgId: study.orgId, studyId, userId: secondCoder.id, name: secondCoder.name, kind: 'human' })
    .returning({ id: coders.id });
  const coderOf = { first, second: second.id };

  let codingCount = 0;
  let doubleCoded = 0;
  const transcriptIds: { id: string; double: boolean }[] = [];
  for (const { plan, participant } of matchTranscripts(demoTranscripts(), interviewed)) {
    const facts = await participantFacts(tx, studyId, participant.id);
    const id = await saveTranscript(tx, study, {
      participantId: participant.id,
      caseName: null,
      title: plan.title,
      attributes: { ...facts.attributes, role: plan.role },
      parsed: {
        text: plan.text,
        format: 'txt',
        warnings: [],
        segments: plan.turns.map((t, ordinal) => ({
          ordinal,
          speaker: t.speaker,
          role: t.speaker === 'I' ? 'interviewer' : 'participant',
          start: t.start,
          end: t.end,
          startMs: null,
          endMs: null,
        })),
      },
      pseudonymisation: plan.pseudonyms,
      createdBy: analyst.user?.id ?? null,
      demo: true,
    });
    const rows = plan.codings.map((c) => ({
      orgId: study.orgId,
      studyId,
      transcriptId: id,
      codeId: codeIds.get(c.codeKey) as string,
      coderId: coderOf[c.coder],
      start: c.start,
      end: c.end,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insert(codings)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing();
    codingCount += rows.length;
    const double = plan.codings.some((c) => c.coder === 'second');
    if (double) doubleCoded++;
    transcriptIds.push({ id, double });
  }

  // The team has gone through the disagreements of the first half of the double-coded interviews: the first
  // analyst's reading wins where only they coded, the second's additions are dropped. The rest are still open.
  const doubles = transcriptIds.filter((t) => t.double);
  for (const [n, t] of doubles.entries()) {
    if (n < Math.ceil(doubles.length / 2)) {
      const data = await transcriptCodingData(tx, t.id);
      const byCoder = new Map(data.coderIds.map((c) => [c, data.codings.filter((x) => x.coderId === c)]));
      for (const d of compareTranscript(data.segments, byCoder, []).disagreements) {
        await tx.insert(codingResolutions).values({
          transcriptId: t.id,
          segmentOrdinal: d.segmentOrdinal,
          codeId: d.codeId,
          studyId,
          decision: d.appliedBy.includes(first) ? 'include' : 'exclude',
          decidedBy: analyst.user?.id ?? null,
        });
      }
    }
  }
  for (const t of transcriptIds) await recomputeConsensus(tx, t.id);

  const memo = (target: 'study' | 'transcript', text: string, transcriptId?: string) =>
    tx.insert(codingMemos).values({
      orgId: study.orgId,
      studyId,
      target,
      transcriptId: transcriptId ?? null,
      text,
      authorId: analyst.user?.id ?? null,
      authorName: analyst.user?.name ?? '',
    });
  await memo(
    'study',
    'Demodata. Gennemgående: økonomistyring og det politiske spil fylder mest; faglig ledelse er en styrke. ' +
      'Nye ledere taler meget om skiftet fra kollega til leder.',
  );
  if (transcriptIds[0])
    await memo(
      'transcript',
      'Demodata. God beskrivelse af budgetopfølgning i praksis – brug som citat.',
      transcriptIds[0].id,
    );

  const trained = await trainStudyModel(analyst, studyId);
  return { transcripts: transcriptIds.length, codings: codingCount, doubleCoded, suggestions: trained.suggestions };
}
