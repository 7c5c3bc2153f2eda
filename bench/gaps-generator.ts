/**
 * A national-scale study for the gaps benchmark, written straight into the database with set-based SQL
 * (generate_series), so nothing of size lives in JS: a running organisation, 98 municipalities, a published framework
 * version with `competencies` competencies, `leaders` people + participants + submitted survey responses (one answer
 * per competency), `transcripts` transcripts with `unitsPerTranscript` consensus units (and as many codings).
 * Values are pseudo-random but deterministic (hashes of the row number), skewed so the groups differ.
 */
import type { Database } from '../src/platform/db/client';

export interface GapsStudySize {
  municipalities: number;
  leaders: number;
  competencies: number;
  transcripts: number;
  unitsPerTranscript: number;
}

export const NATIONAL_SIZE: GapsStudySize = {
  municipalities: 98,
  leaders: 30_000,
  competencies: 40,
  transcripts: 3_000,
  unitsPerTranscript: 100,
};

export const AREAS = ['dagtilbud', 'skole', 'aeldre', 'handicap', 'teknik', 'administration', 'sundhed', 'kultur'];

export interface GeneratedStudy {
  studyId: string;
  runnerOrgId: string;
  userId: string;
  versionId: string;
  /** The largest municipality, for an organisation filter. */
  bigOrgId: string;
  steps: [string, number][];
}

/** A deterministic value in [0, 1) from a row number and a salt. */
const u = (expr: string, salt: number) =>
  `((abs(hashint8((${expr})::bigint * 1000003 + ${salt})) % 100000) / 100000.0)`;

export async function generateGapsStudy(database: Database, size: GapsStudySize = NATIONAL_SIZE) {
  const tag = `gapsbench-${Date.now()}`;
  const steps: [string, number][] = [];
  const q = async <T = Record<string, unknown>>(label: string | null, text: string, params: unknown[] = []) => {
    const start = performance.now();
    const rows = await database.query<T>(text, params);
    if (label) steps.push([label, performance.now() - start]);
    return rows;
  };

  const [{ id: userId }] = await q<{ id: string }>(
    null,
    `insert into users (email, name) values ($1, 'Bench analytiker') returning id::text`,
    [`${tag}@bench.test`],
  );
  const [{ id: runnerOrgId }] = await q<{ id: string }>(
    null,
    `insert into organisations (name, kind) values ($1, 'other') returning id::text`,
    [`${tag} styrelse`],
  );
  await q(
    'organisations',
    // Real municipality codes while free (a fresh database has all 98), otherwise plain organisations.
    `with free as (select m.code, row_number() over (order by m.code) as i from municipalities m
       where not exists (select 1 from organisations o where o.municipality_code = m.code))
     insert into organisations (name, kind, municipality_code)
     select $1 || ' kommune ' || lpad(s::text, 3, '0'), case when free.code is null then 'other' else 'municipality' end,
       free.code
     from generate_series(1, $2) s left join free on free.i = s`,
    [tag, size.municipalities],
  );

  // A published framework of the running organisation: 4 domains, the competencies spread over them.
  const [{ id: frameworkId }] = await q<{ id: string }>(
    null,
    `insert into frameworks (org_id, identifier) values ($1, gen_random_uuid()) returning id::text`,
    [runnerOrgId],
  );
  const [{ id: versionId }] = await q<{ id: string }>(
    null,
    `insert into framework_versions (framework_id, number, status, title_da, title_en, scale, published_at)
     select $1, 1, 'published', 'Bench-ramme', 'Bench framework', scale, now()
     from framework_versions where id = 'f1a00001-0000-4000-8000-000000000001' returning id::text`,
    [frameworkId],
  );
  await q(
    'framework items',
    `with d as (
       insert into framework_items (version_id, identifier, position, kind, code, title_da, title_en)
       select $1, gen_random_uuid(), i, 'domain', 'D' || i, 'Domæne ' || i, 'Domain ' || i from generate_series(0, 3) i
       returning identifier, position)
     insert into framework_items (version_id, identifier, parent_identifier, position, kind, code, title_da, title_en)
     select $1, gen_random_uuid(), d.identifier, i / 4, 'competency', 'K' || i, 'Kompetence ' || i, 'Competency ' || i
     from generate_series(0, $2 - 1) i join d on d.position = i % 4`,
    [versionId, size.competencies],
  );
  const [{ id: studyId }] = await q<{ id: string }>(
    null,
    `insert into studies (org_id, title, status, framework_version_id, created_by)
     values ($1, $2, 'analysing', $3, $4) returning id::text`,
    [runnerOrgId, tag, versionId, userId],
  );

  // Municipalities of uneven size (a few large, many small); areas and tenure bands skewed too.
  const orgs = `(select array_agg(id order by name) from organisations where name like $2 || ' kommune %')`;
  await q(
    'people',
    `insert into people (org_id, employee_id, pseudonym, name)
     select (${orgs})[1 + floor(${u('i', 1)} ^ 1.8 * $3)::int], 'E' || i, 'P' || i, 'Leder ' || i
     from generate_series(1, $1) i`,
    [size.leaders, tag, size.municipalities],
  );
  await q(
    'study participants',
    `insert into study_participants (study_id, org_id, person_id, stratum_key, draw_order, status)
     select $1, p.org_id, p.id,
       json_build_object('area', ($3::text[])[1 + floor(${u('n', 2)} ^ 1.3 * $4)::int],
         'band', case when ${u('n', 3)} < 0.3 then 'new' else 'experienced' end)::text,
       n, 'surveyed'
     from (select id, org_id, row_number() over (order by employee_id) as n from people where org_id in (select id from organisations where name like $2 || ' kommune %')) p`,
    [studyId, tag, AREAS, AREAS.length],
  );
  await q(
    'survey responses',
    `insert into survey_responses (study_id, participant_id, org_id, area, band, submitted_at)
     select study_id, id, org_id, stratum_key::jsonb ->> 'area', stratum_key::jsonb ->> 'band', now()
     from study_participants where study_id = $1`,
    [studyId],
  );
  // One answer per competency; the needed level above the current one more often for some competencies, for new
  // leaders and in some areas, so the means differ; 1 % of current levels left open ("don't know").
  await q(
    'survey answers',
    `with c as (select identifier, position * 4 + (row_number() over (order by code))::int as k
                from framework_items where version_id = $2 and kind = 'competency'),
     r as (select id, band, area, row_number() over (order by id) as n from survey_responses where study_id = $1)
     insert into survey_answers (response_id, item_identifier, current_level, needed_level)
     select r.id, c.identifier,
       case when ${u('r.n * 64 + c.k', 4)} < 0.01 then null else 1 + floor(${u('r.n * 64 + c.k', 5)} * 5)::int end,
       least(5, 1 + floor(${u('r.n * 64 + c.k', 6)} * 5 + (c.k % 7) * 0.2 + case when r.band = 'new' then 0.6 else 0 end
         + case when r.area = 'skole' then 0.4 else 0 end)::int)
     from r cross join c`,
    [studyId, versionId],
  );

  const [{ id: coderId }] = await q<{ id: string }>(
    null,
    `insert into coding_coders (org_id, study_id, name, kind) values ($1, $2, 'Bench koder', 'human') returning id::text`,
    [runnerOrgId, studyId],
  );
  await q(
    'codes',
    `insert into codes (org_id, study_id, name, colour, polarity, competency_id, ordinal)
     select $1::uuid, $2::uuid, pol || ' ' || c.code, '#336699', pol, c.identifier, row_number() over ()
     from framework_items c cross join unnest(array['need', 'strength']) pol
     where c.version_id = $3 and c.kind = 'competency'
     union all select $1::uuid, $2::uuid, 'Andet ' || i, '#999999', 'neutral', null, 1000 + i from generate_series(1, 10) i`,
    [runnerOrgId, studyId, versionId],
  );
  await q(
    'transcripts',
    `insert into transcripts (org_id, study_id, participant_id, title, format, text, attributes, word_count)
     select $1, $2, p.id, 'Interview ' || p.draw_order, 'txt', 'Bench', '{}'::jsonb, 5000
     from study_participants p where p.study_id = $2 and p.draw_order % (select count(*) / $3 from study_participants where study_id = $2) = 0
     order by p.draw_order limit $3`,
    [runnerOrgId, studyId, size.transcripts],
  );
  // Each transcript's units: one code per turn, drawn from the study's codes (need codes somewhat more often).
  await q(
    'consensus units',
    `with c as (select id, (row_number() over (order by polarity, ordinal) - 1)::int as k
                from codes where study_id = $1),
     t as (select id, participant_id, row_number() over (order by id) as n from transcripts where study_id = $1)
     insert into consensus_units (transcript_id, segment_ordinal, code_id, study_id, participant_id, source,
       start_offset, end_offset)
     select x.id, x.s, c.id, $1, x.participant_id, 'agreed', x.s * 40, x.s * 40 + 30
     from (select t.id, t.participant_id, s,
             floor(${u('t.n * 1000 + s', 7)} ^ 1.4 * (select count(*) from codes where study_id = $1))::int as k
           from t cross join generate_series(0, $2 - 1) s) x
     join c on c.k = x.k`,
    [studyId, size.unitsPerTranscript],
  );
  await q(
    'codings',
    `insert into codings (org_id, study_id, transcript_id, code_id, coder_id, start_offset, end_offset)
     select $1, $2, transcript_id, code_id, $3, start_offset, end_offset from consensus_units where study_id = $2`,
    [runnerOrgId, studyId, coderId],
  );
  await q('analyze', 'analyze');

  const [{ id: bigOrgId }] = await q<{ id: string }>(
    null,
    `select org_id::text as id from survey_responses where study_id = $1 group by org_id order by count(*) desc limit 1`,
    [studyId],
  );
  return { studyId, runnerOrgId, userId, versionId, bigOrgId, steps } satisfies GeneratedStudy;
}
