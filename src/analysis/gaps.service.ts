/**
 * The gap analysis of a study (`GET /api/v1/studies/{id}/gaps`): per group and competency, the survey's normalised
 * gap against the level the leaders said the job needs, the interview evidence (share of the interviewed with
 * consensus "need" coding on the competency) and the priority, with small numbers suppressed (suppression.model.ts).
 * Aggregation happens in SQL; only group × competency rows come back. A participating organisation's HR sees its
 * own organisation and the whole study, never another organisation's figures.
 */
import { type SQL, sql } from 'drizzle-orm';
import { grantedContent } from '../frameworks/framework-store.js';
import { competenciesOf } from '../frameworks/frameworks.model.js';
import type { AppContext } from '../platform/context.js';
import { queryRows } from '../platform/db/rows.js';
import { findStudy } from '../studies/study-access.js';
import { scaleRange, wilsonShare } from './gap.model.js';
import {
  competencyGap,
  type GapAggregate,
  type GapGroup,
  type GroupBy,
  SUPPRESSED,
  summaryFromAggregate,
} from './gaps.model.js';
import { suppressTable } from './suppression.model.js';

export interface GapFilter {
  organisation?: string;
  area?: string;
  band?: string;
}

const groupKey = (groupBy: GroupBy, org: SQL, area: SQL, band: SQL): SQL =>
  groupBy === 'organisation'
    ? sql`${org}::text`
    : groupBy === 'area'
      ? sql`coalesce(${area}, '')`
      : groupBy === 'band'
        ? band
        : sql`'all'`;

function filterSql(filter: GapFilter, org: SQL, area: SQL, band: SQL): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.organisation) parts.push(sql`${org} = ${filter.organisation}::uuid`);
  if (filter.area) parts.push(sql`${area} = ${filter.area}`);
  if (filter.band) parts.push(sql`${band} = ${filter.band}`);
  return sql.join(parts, sql` and `);
}

const R = { org: sql`r.org_id`, area: sql`r.area`, band: sql`r.band` };
const P = {
  org: sql`p.org_id`,
  area: sql`(p.stratum_key::jsonb ->> 'area')`,
  band: sql`(p.stratum_key::jsonb ->> 'band')`,
};

export async function studyGaps(ctx: AppContext, studyId: string, groupBy: GroupBy, requested: GapFilter) {
  const { study, runner, participantOrgId } = await findStudy(ctx, studyId);
  // HR of a participating organisation: its own organisation and the study as a whole, nothing per other organisation.
  const hrOnly = !runner ? participantOrgId : null;
  const filter = hrOnly && requested.organisation && requested.organisation !== hrOnly ? null : requested;
  const content = await grantedContent(ctx.db, study.frameworkVersionId);
  const scale = scaleRange(content.scale);
  const competencies = competenciesOf(content.items);
  const ids = competencies.map((c) => c.identifier);
  const span = scale.max - scale.min;

  const respondents = async (f: GapFilter | null) =>
    f === null
      ? new Map<string, number>()
      : new Map(
          (
            await queryRows<{ key: string; n: number }>(
              ctx.db,
              sql`select ${groupKey(groupBy, R.org, R.area, R.band)} as key, count(*)::int as n
                from survey_responses r
                where r.study_id = ${studyId} and r.submitted_at is not null and ${filterSql(f, R.org, R.area, R.band)}
                group by 1`,
            )
          ).map((r) => [String(r.key), Number(r.n)]),
        );
  const interviewed = async (f: GapFilter | null) =>
    f === null
      ? new Map<string, number>()
      : new Map(
          (
            await queryRows<{ key: string; n: number }>(
              ctx.db,
              sql`select ${groupKey(groupBy, P.org, P.area, P.band)} as key, count(distinct p.id)::int as n
                from transcripts t join study_participants p on p.id = t.participant_id
                where t.study_id = ${studyId} and ${filterSql(f, P.org, P.area, P.band)}
                group by 1`,
            )
          ).map((r) => [String(r.key), Number(r.n)]),
        );

  const gapRows = filter
    ? await queryRows<{
        key: string;
        item: string;
        rated: number;
        mean: number | null;
        sd: number | null;
        below: number;
      }>(
        ctx.db,
        sql`with g as (
            select ${groupKey(groupBy, R.org, R.area, R.band)} as key, a.item_identifier as item,
              (a.needed_level - a.current_level)::float8 / ${span} as gap
            from survey_responses r join survey_answers a on a.response_id = r.id
            where r.study_id = ${studyId} and r.submitted_at is not null and ${filterSql(filter, R.org, R.area, R.band)}
              and a.current_level between ${scale.min} and ${scale.max}
              and a.needed_level between ${scale.min} and ${scale.max})
          select key, item::text as item, count(*)::int as rated, avg(gap) as mean, stddev_samp(gap) as sd,
            count(*) filter (where gap > 0)::int as below
          from g group by key, item`,
      )
    : [];
  const needRows = filter
    ? await queryRows<{ key: string; item: string; n: number }>(
        ctx.db,
        sql`select ${groupKey(groupBy, P.org, P.area, P.band)} as key, c.competency_id::text as item,
            count(distinct p.id)::int as n
          from consensus_units u
          join codes c on c.id = u.code_id and c.polarity = 'need' and c.competency_id is not null
          join study_participants p on p.id = u.participant_id
          where u.study_id = ${studyId} and ${filterSql(filter, P.org, P.area, P.band)}
          group by 1, 2`,
      )
    : [];

  const filtered = Boolean(filter && (filter.organisation || filter.area || filter.band));
  const [resp, parentResp, inter, parentInter] = await Promise.all([
    respondents(filter),
    filtered ? respondents({}) : Promise.resolve(null),
    interviewed(filter),
    filtered ? interviewed({}) : Promise.resolve(null),
  ]);
  const keys = [...new Set([...resp.keys(), ...inter.keys()])].sort();
  const visible = hrOnly && groupBy === 'organisation' ? keys.filter((k) => k === hrOnly) : keys;
  const table = (counts: Map<string, number>, parent: Map<string, number> | null) =>
    suppressTable(
      keys.map((key) => ({ key, n: counts.get(key) ?? 0, parentN: parent ? (parent.get(key) ?? 0) : undefined })),
      {
        n: [...counts.values()].reduce((a, b) => a + b, 0),
        parentN: parent ? [...parent.values()].reduce((a, b) => a + b, 0) : undefined,
      },
    );
  const surveyHidden = table(resp, parentResp);
  const interviewHidden = table(inter, parentInter);

  const gapOf = new Map(gapRows.map((r) => [`${r.key}\u0000${r.item}`, r]));
  const needOf = new Map(needRows.map((r) => [`${r.key}\u0000${r.item}`, Number(r.n)]));
  const labels = await groupLabels(ctx, groupBy, keys);
  const group = (key: string, label: string, hidden: { survey: boolean; interviews: boolean }): GapGroup => {
    const respondentsN = key === '*' ? sum(resp) : (resp.get(key) ?? 0);
    const interviewedN = key === '*' ? sum(inter) : (inter.get(key) ?? 0);
    return {
      key,
      label,
      respondents: hidden.survey ? SUPPRESSED : respondentsN,
      interviewed: hidden.interviews ? SUPPRESSED : interviewedN,
      competencies: ids.map((id) => {
        const agg = key === '*' ? pooled(gapRows, id) : aggregateOf(gapOf.get(`${key}\u0000${id}`));
        const need = key === '*' ? sumWhere(needRows, id) : (needOf.get(`${key}\u0000${id}`) ?? 0);
        return competencyGap(id, summaryFromAggregate(respondentsN, agg), wilsonShare(need, interviewedN), hidden);
      }),
    };
  };
  return {
    groupBy,
    target: 'needed' as const,
    scale,
    filter: filter ?? requested,
    competencies: competencies.map((c) => ({ id: c.identifier, code: c.code, titleDa: c.titleDa, titleEn: c.titleEn })),
    groups:
      groupBy === 'none'
        ? []
        : visible.map((key) =>
            group(key, labels.get(key) ?? key, {
              survey: surveyHidden.suppressed.has(key) || surveyHidden.totalSuppressed,
              interviews: interviewHidden.suppressed.has(key) || interviewHidden.totalSuppressed,
            }),
          ),
    total: group('*', ctx.t('analysis.total'), {
      survey: surveyHidden.totalSuppressed,
      interviews: interviewHidden.totalSuppressed,
    }),
  };
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const sumWhere = (rows: { item: string; n: number }[], id: string) =>
  rows.filter((r) => r.item === id).reduce((a, r) => a + Number(r.n), 0);

function aggregateOf(
  r: { rated: number; mean: number | null; sd: number | null; below: number } | undefined,
): GapAggregate | undefined {
  if (!r) return undefined;
  return {
    rated: Number(r.rated),
    mean: r.mean === null ? null : Number(r.mean),
    sd: r.sd === null ? null : Number(r.sd),
    below: Number(r.below),
  };
}

/** The whole selection's aggregate from the groups' (pooled mean and variance). */
function pooled(
  rows: { item: string; rated: number; mean: number | null; sd: number | null; below: number }[],
  id: string,
): GapAggregate | undefined {
  const parts = rows.filter((r) => r.item === id && r.mean !== null).map((r) => aggregateOf(r) as GapAggregate);
  const n = parts.reduce((a, p) => a + p.rated, 0);
  if (n === 0) return undefined;
  const mean = parts.reduce((a, p) => a + p.rated * (p.mean as number), 0) / n;
  // Total sum of squares = within-group + between-group.
  const ss = parts.reduce(
    (a, p) => a + (p.rated - 1) * (p.sd ?? 0) ** 2 + p.rated * ((p.mean as number) - mean) ** 2,
    0,
  );
  return { rated: n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, below: parts.reduce((a, p) => a + p.below, 0) };
}

async function groupLabels(ctx: AppContext, groupBy: GroupBy, keys: string[]): Promise<Map<string, string>> {
  if (groupBy === 'organisation' && keys.length) {
    const rows = await queryRows<{ id: string; name: string }>(
      ctx.db,
      sql`select id::text, name from organisations where id = any(${`{${keys.join(',')}}`}::uuid[])`,
    );
    return new Map(rows.map((r) => [String(r.id), String(r.name)]));
  }
  if (groupBy === 'area' && keys.length) {
    const rows = await queryRows<{ key: string; name: string }>(
      ctx.db,
      sql`select distinct on (key) key, name from org_areas where key = any(${`{${keys.map((k) => `"${k.replaceAll('"', '')}"`).join(',')}}`}::text[]) order by key, name`,
    );
    const names = new Map(rows.map((r) => [String(r.key), String(r.name)]));
    return new Map(keys.map((k) => [k, k === '' ? ctx.t('analysis.noArea') : (names.get(k) ?? k)]));
  }
  if (groupBy === 'band') return new Map(keys.map((k) => [k, ctx.t(`analysis.bands.${k}`)]));
  return new Map();
}
