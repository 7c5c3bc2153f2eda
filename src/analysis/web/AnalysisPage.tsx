import './analysis.css';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StudyDetail, useStudy } from '../../studies/web/studies.api.js';
import { formatNumber } from '../../web/format.js';
import type { Language } from '../../web/i18n.js';
import { useSignedInSession } from '../../web/session.js';
import { Alert } from '../../web/ui/Alert.js';
import { Page, useDocumentTitle } from '../../web/ui/Page.js';
import { QueryState } from '../../web/ui/QueryState.js';
import { DIMENSIONS, type Dimension, type GapFilter, type StudyGaps, useGaps } from './analysis.api.js';
import { GapHeatmap } from './GapHeatmap.js';
import { countText, isEmptyAnswer, isSuppressed } from './gapView.model.js';
import { NeedsTable } from './NeedsTable.js';

/** One filter select per dimension; its options are the groups of the unfiltered answer grouped by it. */
function FilterSelect({
  studyId,
  dimension,
  value,
  onChange,
}: {
  studyId: string;
  dimension: Dimension;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('analysis');
  const options = useGaps(studyId, dimension, {}).data?.groups ?? [];
  const id = `gap-filter-${dimension}`;
  return (
    <div className="form-group gap-filter">
      <label className="form-label" htmlFor={id}>
        {t(`dimensions.${dimension}`)}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filters.all')}</option>
        {options.map((g) => (
          <option key={g.key} value={g.key}>
            {g.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results({ gaps, filtered, dimension }: { gaps: StudyGaps; filtered: boolean; dimension: Dimension }) {
  const { t, i18n } = useTranslation('analysis');
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const { total } = gaps;
  if (isEmptyAnswer(total))
    return (
      <Alert variant="info" live={false}>
        <p>{t(filtered ? 'empty.noMatch' : 'empty.noData')}</p>
      </Alert>
    );
  const fewer = t('fewer');
  const format = (n: number) => formatNumber(n, language);
  return (
    <>
      <p>
        {t('basis.respondents', {
          respondents: countText(total.respondents, fewer, format),
          interviewed: countText(total.interviewed, fewer, format),
        })}
      </p>
      {isSuppressed(total.respondents) && isSuppressed(total.interviewed) ? (
        <Alert variant="info" live={false}>
          <p>{t('empty.suppressed')}</p>
        </Alert>
      ) : (
        <>
          <h2>{t('needs.heading')}</h2>
          <NeedsTable gaps={gaps} total={total} />
          <h2>{t('heatmap.heading')}</h2>
          <GapHeatmap
            competencies={gaps.competencies}
            total={total}
            groups={gaps.groups}
            dimension={t(`dimensions.${dimension}`)}
          />
        </>
      )}
    </>
  );
}

function AnalysisView({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('analysis');
  const session = useSignedInSession();
  const [groupBy, setGroupBy] = useState<Dimension>('organisation');
  const [filter, setFilter] = useState<GapFilter>({});
  const own = study.organisations.find((o) => o.orgId === session.activeOrganisation?.id);
  const allowed = study.canManage || own?.status === 'accepted';
  const gaps = useGaps(study.id, groupBy, filter);
  const title = t('page.title', { title: study.title });
  if (!allowed)
    return (
      <Page title={title}>
        <Alert variant="info" live={false}>
          <p>{t('page.noAccess')}</p>
        </Alert>
      </Page>
    );
  const filtered = Object.values(filter).some(Boolean);
  return (
    <Page title={title} lead={t('page.lead')}>
      <fieldset className="gap-filters">
        <legend className="h3">{t('filters.heading')}</legend>
        <div className="gap-filter-row">
          {DIMENSIONS.map((d) => (
            <FilterSelect
              key={d}
              studyId={study.id}
              dimension={d}
              value={filter[d] ?? ''}
              onChange={(value) => setFilter((f) => ({ ...f, [d]: value || undefined }))}
            />
          ))}
          <div className="form-group gap-filter">
            <label className="form-label" htmlFor="gap-group-by">
              {t('heatmap.groupBy')}
            </label>
            <select
              id="gap-group-by"
              className="form-select"
              value={groupBy}
              onChange={(e) => setGroupBy(e.target.value as Dimension)}
            >
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`dimensions.${d}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {filtered ? (
          <button type="button" className="button button-tertiary" onClick={() => setFilter({})}>
            {t('filters.reset')}
          </button>
        ) : null}
      </fieldset>
      <QueryState query={gaps}>{(data) => <Results gaps={data} filtered={filtered} dimension={groupBy} />}</QueryState>
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('analysis');
  useDocumentTitle(t('studyLink'));
  return <h1 className="sr-only">{t('studyLink')}</h1>;
}

/** The study's gap analysis: ranked needs for the selection and a heatmap per group. */
export function AnalysisPage({ studyId }: { studyId: string }) {
  const { t } = useTranslation('analysis');
  const study = useStudy(studyId);
  return (
    <>
      <p className="back-link-row">
        <Link to="/studies/$studyId" params={{ studyId }} className="back-link">
          {t('page.back')}
        </Link>
      </p>
      {study.isSuccess ? null : <LoadingTitle />}
      <QueryState query={study}>{(detail) => <AnalysisView study={detail} />}</QueryState>
    </>
  );
}
