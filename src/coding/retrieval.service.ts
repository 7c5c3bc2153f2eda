/**
 * Retrieval: every passage of a code across the study, in one layer (all coders, one coder, or the consensus),
 * filtered by the participant attributes that travel with each transcript, with context on both sides. Text is cut
 * in SQL (substr counts characters, i.e. code points, like our offsets), so whole transcripts never leave the
 * database. Also the code co-occurrence table on speaker turns.
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import { queryRows } from '../platform/db/rows.js';
import { CSV_BOM, toCsv } from '../platform/files/csv.model.js';
import { codingStudy } from './coding-access.js';

export const CONTEXT_CHARS = 200;
const PAGE_LIMIT = 2000;

export interface PassageFilter {
  codeId?: string;
  layer?: string;
  organisation?: string;
  area?: string;
  band?: string;
  role?: string;
}

export interface Passage {
  codingId: string;
  transcriptId: string;
  transcriptTitle: string;
  pseudonym: string | null;
  attributes: { organisation: string | null; area: string | null; band: string | null; role: string | null };
  codeId: string;
  coderName: string | null;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

function layerSource(studyId: string, layer: string) {
  if (layer === 'consensus')
    return sql`select (u.transcript_id::text || ':' || u.segment_ordinal || ':' || u.code_id::text) as id,
        u.transcript_id, u.code_id, null::uuid as coder_id, u.start_offset, u.end_offset
      from consensus_units u where u.study_id = ${studyId}`;
  const coder = layer === 'all' ? sql`` : sql` and c.coder_id = ${layer}`;
  return sql`select c.id::text as id, c.transcript_id, c.code_id, c.coder_id, c.start_offset, c.end_offset
    from codings c where c.study_id = ${studyId}${coder}`;
}

function attributeFilter(filter: PassageFilter) {
  const parts = [sql`true`];
  for (const key of ['organisation', 'area', 'band', 'role'] as const) {
    const value = filter[key];
    if (value) parts.push(sql`t.attributes->>${key} = ${value}`);
  }
  return sql.join(parts, sql` and `);
}

export async function listPassages(
  ctx: AppContext,
  studyId: string,
  filter: PassageFilter,
): Promise<{ passages: Passage[]; total: number }> {
  await codingStudy(ctx, studyId);
  const layer = filter.layer ?? 'all';
  const code = filter.codeId ? sql` and p.code_id = ${filter.codeId}` : sql``;
  const result = await queryRows<Record<string, unknown>>(
    ctx.db,
    sql`
    with p as (${layerSource(studyId, layer)})
    select p.id, p.transcript_id, t.title, pe.pseudonym, t.attributes, p.code_id, k.name as coder_name,
      p.start_offset, p.end_offset,
      substr(t.text, p.start_offset + 1, p.end_offset - p.start_offset) as passage,
      substr(t.text, greatest(p.start_offset - ${CONTEXT_CHARS}, 0) + 1,
        least(p.start_offset, ${CONTEXT_CHARS})) as before,
      substr(t.text, p.end_offset + 1, ${CONTEXT_CHARS}) as after,
      count(*) over () as total
    from p
    join transcripts t on t.id = p.transcript_id
    left join study_participants sp on sp.id = t.participant_id
    left join people pe on pe.id = sp.person_id
    left join coding_coders k on k.id = p.coder_id
    where ${attributeFilter(filter)}${code}
    order by t.title, p.start_offset
    limit ${PAGE_LIMIT}`,
  );
  const rows = result;
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    passages: rows.map((r) => ({
      codingId: String(r.id),
      transcriptId: String(r.transcript_id),
      transcriptTitle: String(r.title),
      pseudonym: (r.pseudonym as string | null) ?? (null as string | null),
      attributes: (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes) as Passage['attributes'],
      codeId: String(r.code_id),
      coderName: (r.coder_name as string | null) ?? null,
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      text: String(r.passage),
      before: String(r.before),
      after: String(r.after),
    })),
  };
}

/** The passages as CSV (semicolon, BOM: opens right in Danish Excel). */
export async function passagesCsv(ctx: AppContext, studyId: string, filter: PassageFilter): Promise<string> {
  const { passages } = await listPassages(ctx, studyId, filter);
  const codeNames = new Map(
    (
      await queryRows<{ id: string; name: string }>(ctx.db, sql`select id, name from codes where study_id = ${studyId}`)
    ).map((r) => [String(r.id), String(r.name)]),
  );
  const t = (key: string) => ctx.t(`coding.csv.${key}`);
  return (
    CSV_BOM +
    toCsv(
      passages.map((p) => [
        codeNames.get(p.codeId) ?? '',
        p.transcriptTitle,
        p.pseudonym,
        p.attributes.organisation,
        p.attributes.area,
        p.attributes.band,
        p.attributes.role,
        p.coderName,
        p.start,
        p.end,
        p.before,
        p.text,
        p.after,
      ]),
      {
        header: [
          'code',
          'transcript',
          'pseudonym',
          'organisation',
          'area',
          'band',
          'role',
          'coder',
          'start',
          'end',
          'before',
          'passage',
          'after',
        ].map(t),
      },
    )
  );
}

/** Counts of speaker turns where both codes apply, in one layer; the diagonal counts turns with the code. */
export async function cooccurrence(ctx: AppContext, studyId: string, layer = 'all') {
  await codingStudy(ctx, studyId);
  const units =
    layer === 'consensus'
      ? sql`select transcript_id, segment_ordinal as ordinal, code_id from consensus_units where study_id = ${studyId}`
      : sql`select distinct c.transcript_id, s.ordinal, c.code_id from codings c
          join transcript_segments s on s.transcript_id = c.transcript_id
            and c.start_offset < s.end_offset and s.start_offset < c.end_offset
          where c.study_id = ${studyId}${layer === 'all' ? sql`` : sql` and c.coder_id = ${layer}`}`;
  const result = await queryRows<{ a: string; b: string; n: number }>(
    ctx.db,
    sql`
    with u as (${units})
    select x.code_id as a, y.code_id as b, count(*)::int as n
    from u x join u y on x.transcript_id = y.transcript_id and x.ordinal = y.ordinal
    group by 1, 2`,
  );
  const order = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from codes where study_id = ${studyId} order by ordinal, name`,
  );
  const ids = order.map((r) => String(r.id));
  const index = new Map(ids.map((id, i) => [id, i]));
  const counts = ids.map(() => ids.map(() => 0));
  for (const r of result) {
    const i = index.get(String(r.a));
    const j = index.get(String(r.b));
    if (i !== undefined && j !== undefined) counts[i][j] = Number(r.n);
  }
  return { codes: ids, counts };
}
