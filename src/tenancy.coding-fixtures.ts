/** The interview-analysis part of the tenancy walk (src/tenancy.fixtures.ts): A's data and B's calls against it. */
import { coders, codeSuggestions, codes, codingMemos, codings, transcripts } from './coding/coding.schema.js';
import type { AppContext } from './platform/context.js';
import type { Call, TenantData } from './tenancy.fixtures.js';

/** Rows written directly: A's study is a draft, where the services (rightly) refuse coding. */
export async function prepareCoding(asAdmin: AppContext, orgId: string, studyId: string, participantId: string) {
  const db = asAdmin.db;
  const text = 'L: alfa-transcript-words om budgettet';
  const [transcript] = await db
    .insert(transcripts)
    .values({
      orgId,
      studyId,
      participantId,
      title: 'alfa-transcript-title',
      format: 'paste',
      text,
      attributes: { organisation: null, area: null, band: null, role: null },
      wordCount: 5,
    })
    .returning({ id: transcripts.id });
  const [code] = await db
    .insert(codes)
    .values({ orgId, studyId, name: 'alfa-code-name', colour: '#1f6fb2' })
    .returning({ id: codes.id });
  const [coder] = await db
    .insert(coders)
    .values({ orgId, studyId, name: 'alfa-coder-name', kind: 'imported' })
    .returning({ id: coders.id });
  const [coding] = await db
    .insert(codings)
    .values({ orgId, studyId, transcriptId: transcript.id, codeId: code.id, coderId: coder.id, start: 3, end: 23 })
    .returning({ id: codings.id });
  const [memo] = await db
    .insert(codingMemos)
    .values({ orgId, studyId, target: 'study', text: 'alfa-memo-text', authorName: 'alfa' })
    .returning({ id: codingMemos.id });
  const [suggestion] = await db
    .insert(codeSuggestions)
    .values({ studyId, transcriptId: transcript.id, segmentOrdinal: 0, codeId: code.id, start: 0, end: 10, score: 0.9 })
    .returning({ id: codeSuggestions.id });
  return {
    transcriptId: transcript.id,
    codeId: code.id,
    codingId: coding.id,
    memoId: memo.id,
    suggestionId: suggestion.id,
  };
}

const form = (fields: Record<string, string>, file?: { name: string; text: string }) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (file) data.set('file', new Blob([file.text]), file.name);
  return data;
};

export function codingCalls(): Record<string, (a: TenantData) => Call> {
  const study = (a: TenantData) => ({ id: a.studyId });
  const transcript = (a: TenantData) => ({ id: a.studyId, transcriptId: a.transcriptId });
  const code = (a: TenantData) => ({ id: a.studyId, codeId: a.codeId });
  return {
    'GET /api/v1/studies/{id}/transcripts': (a) => ({ params: study(a) }),
    'POST /api/v1/studies/{id}/transcripts': (a) => ({
      params: study(a),
      body: form({ participantId: a.participantId, text: 'L: beta-text' }),
    }),
    'POST /api/v1/studies/{id}/transcripts/batch': (a) => ({
      params: study(a),
      body: form({}, { name: 'beta.zip', text: 'PK' }),
    }),
    'GET /api/v1/studies/{id}/transcripts/{transcriptId}': (a) => ({ params: transcript(a) }),
    'PATCH /api/v1/studies/{id}/transcripts/{transcriptId}': (a) => ({
      params: transcript(a),
      body: { title: 'beta-renamed' },
    }),
    'DELETE /api/v1/studies/{id}/transcripts/{transcriptId}': (a) => ({ params: transcript(a) }),
    'GET /api/v1/studies/{id}/coders': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/codes': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/competencies': (a) => ({ params: study(a) }),
    'POST /api/v1/studies/{id}/codes': (a) => ({ params: study(a), body: { name: 'beta-code', polarity: 'need' } }),
    'POST /api/v1/studies/{id}/codes/from-framework': (a) => ({ params: study(a) }),
    'PATCH /api/v1/studies/{id}/codes/{codeId}': (a) => ({ params: code(a), body: { name: 'beta-renamed' } }),
    'DELETE /api/v1/studies/{id}/codes/{codeId}': (a) => ({ params: code(a) }),
    'POST /api/v1/studies/{id}/codes/{codeId}/merge': (a) => ({ params: code(a), body: { intoId: a.codeId } }),
    'POST /api/v1/studies/{id}/codes/{codeId}/split': (a) => ({
      params: code(a),
      body: { parts: [{ name: 'beta-part', codingIds: [a.codingId] }] },
    }),
    'GET /api/v1/studies/{id}/transcripts/{transcriptId}/codings': (a) => ({ params: transcript(a) }),
    'POST /api/v1/studies/{id}/transcripts/{transcriptId}/codings': (a) => ({
      params: transcript(a),
      body: { codeIds: [a.codeId], start: 0, end: 3 },
    }),
    'POST /api/v1/studies/{id}/codings/restore': (a) => ({
      params: study(a),
      body: { codings: [{ transcriptId: a.transcriptId, codeId: a.codeId, start: 0, end: 3 }] },
    }),
    'DELETE /api/v1/studies/{id}/codings/{codingId}': (a) => ({ params: { id: a.studyId, codingId: a.codingId } }),
    'GET /api/v1/studies/{id}/memos': (a) => ({ params: study(a) }),
    'POST /api/v1/studies/{id}/memos': (a) => ({ params: study(a), body: { target: 'study', text: 'beta-memo' } }),
    'PATCH /api/v1/studies/{id}/memos/{memoId}': (a) => ({
      params: { id: a.studyId, memoId: a.memoId },
      body: { text: 'beta-memo' },
    }),
    'DELETE /api/v1/studies/{id}/memos/{memoId}': (a) => ({ params: { id: a.studyId, memoId: a.memoId } }),
    'GET /api/v1/studies/{id}/passages': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/passages.csv': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/cooccurrence': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/search': (a) => ({ params: study(a), query: { q: 'budget' } }),
    'GET /api/v1/studies/{id}/agreement': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/transcripts/{transcriptId}/comparison': (a) => ({ params: transcript(a) }),
    'PUT /api/v1/studies/{id}/transcripts/{transcriptId}/resolutions': (a) => ({
      params: transcript(a),
      body: { segmentOrdinal: 0, codeId: a.codeId, decision: 'include' },
    }),
    'POST /api/v1/studies/{id}/suggestions/train': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/suggestions/model': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/transcripts/{transcriptId}/suggestions': (a) => ({ params: transcript(a) }),
    'POST /api/v1/studies/{id}/suggestions/{suggestionId}/accept': (a) => ({
      params: { id: a.studyId, suggestionId: a.suggestionId },
    }),
    'POST /api/v1/studies/{id}/suggestions/{suggestionId}/reject': (a) => ({
      params: { id: a.studyId, suggestionId: a.suggestionId },
    }),
    'GET /api/v1/studies/{id}/export.qdpx': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/codebook.qdc': (a) => ({ params: study(a) }),
    'GET /api/v1/studies/{id}/gaps': (a) => ({ params: study(a), query: { groupBy: 'organisation' } }),
    'POST /api/v1/studies/{id}/imports/qdpx': (a) => ({
      params: study(a),
      body: form({}, { name: 'beta.qdc', text: '<CodeBook/>' }),
    }),
  };
}
