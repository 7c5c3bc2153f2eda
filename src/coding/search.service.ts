/**
 * Search across a study's transcripts with PostgreSQL full-text search in its `danish` configuration (stems and
 * stopwords), per speaker turn, so a hit can be coded straight away. Highlights come from ts_headline with control
 * characters as markers, split into plain fragments: the client renders them as text, never as HTML.
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import { queryRows } from '../platform/db/rows.js';
import { Problem } from '../platform/http/problem.js';
import { codingStudy } from './coding-access.js';

const START = '\u0001';
const STOP = '\u0002';
export const SEARCH_LIMIT = 200;

export interface Fragment {
  text: string;
  hit: boolean;
}

/** Splits a headline with START/STOP markers into fragments. */
export function headlineFragments(headline: string): Fragment[] {
  const fragments: Fragment[] = [];
  for (const [i, part] of headline.split(START).entries()) {
    if (i === 0) {
      if (part) fragments.push({ text: part, hit: false });
      continue;
    }
    const stop = part.indexOf(STOP);
    const hit = stop < 0 ? part : part.slice(0, stop);
    const rest = stop < 0 ? '' : part.slice(stop + 1);
    if (hit) fragments.push({ text: hit, hit: true });
    if (rest) fragments.push({ text: rest, hit: false });
  }
  return fragments;
}

export async function searchTranscripts(ctx: AppContext, studyId: string, query: string) {
  await codingStudy(ctx, studyId);
  const q = query.replaceAll(START, '').replaceAll(STOP, '').trim().normalize('NFC');
  if (!q) throw new Problem(400, 'search_query_empty');
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await queryRows<Record<string, unknown>>(
    ctx.db,
    sql`
    with q as (select websearch_to_tsquery('danish', ${q}) as query)
    select s.transcript_id, t.title, pe.pseudonym, s.ordinal, s.start_offset, s.end_offset,
      ts_headline('danish', s.text, q.query, ${options}) as headline,
      count(*) over () as total
    from transcript_segments s
    cross join q
    join transcripts t on t.id = s.transcript_id
    left join study_participants sp on sp.id = t.participant_id
    left join people pe on pe.id = sp.person_id
    where s.study_id = ${studyId} and s.search @@ q.query
    order by ts_rank(s.search, q.query) desc, t.title, s.ordinal
    limit ${SEARCH_LIMIT}`,
  );
  return {
    total: result.length ? Number(result[0].total) : 0,
    hits: result.map((r) => ({
      transcriptId: String(r.transcript_id),
      transcriptTitle: String(r.title),
      pseudonym: (r.pseudonym as string | null) ?? null,
      segmentOrdinal: Number(r.ordinal),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      fragments: headlineFragments(String(r.headline)),
    })),
  };
}
