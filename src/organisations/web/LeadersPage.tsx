import './organisations.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { defaultLeaderFilters, LeaderFilters, type LeaderFilterValues } from './LeaderFilters';
import { LeaderSummaryTables } from './LeaderSummaryTables';
import { LeadersTable } from './LeadersTable';
import { NoOrgChart, useHasOrgChart } from './NoOrgChart';
import { type LeaderRow, orgKeys, type Paged } from './organisations.api';
import { Pagination } from './Pagination';
import { formatCount } from './problemText';
import { type DecisionChoice, useLeaderDecision } from './useLeaderDecision';

const PAGE_SIZE = 50;

function decisionKey(decision: DecisionChoice) {
  return decision === 'confirmed' ? 'confirmed' : decision === 'rejected' ? 'rejected' : 'reset';
}

/** HR's list of first-line leader suggestions: filter, select, confirm or reject in bulk; counts per area and unit. */
export function LeadersPage() {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const hasOrgChart = useHasOrgChart();
  const [filters, setFilters] = useState<LeaderFilterValues>(defaultLeaderFilters);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const query = { ...filters, q: filters.q.trim(), page, pageSize: PAGE_SIZE };
  const leaders = useQuery({
    queryKey: orgKeys.leaders(query),
    queryFn: () => api.get<Paged<LeaderRow>>('/leaders', { query }),
    placeholderData: (previous) => previous,
  });
  const decide = useLeaderDecision((result, decision) => {
    setSelected(new Set());
    setAnnouncement(
      t(`leaders.done.${decisionKey(decision)}`, {
        count: result.updated,
        formatted: formatCount(result.updated, language),
      }),
    );
  });

  function toggle(ids: string[], on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }

  function run(decision: DecisionChoice) {
    if (selected.size === 0) {
      setAnnouncement(t('leaders.noneSelected'));
      return;
    }
    setAnnouncement('');
    decide.mutate({ personIds: [...selected], decision });
  }

  return (
    <Page title={t('leaders.title')} lead={t('leaders.lead')}>
      {hasOrgChart === false ? (
        <NoOrgChart />
      ) : (
        <>
          <LeaderFilters
            value={filters}
            onApply={(next) => {
              setSelected(new Set());
              setAnnouncement('');
              // Showing the same filters again should include decisions made since (by a colleague, say).
              if (JSON.stringify(next) === JSON.stringify(filters) && page === 1) void leaders.refetch();
              else {
                setFilters(next);
                setPage(1);
              }
            }}
          />
          <h2 id="leaders-list-heading">{t('leaders.listHeading')}</h2>
          <fieldset className="org-bulk-bar">
            <legend className="sr-only">{t('leaders.bulkLegend')}</legend>
            <span id="leaders-bulk-label" className="org-bulk-count">
              {t('leaders.selected', { count: selected.size, formatted: formatCount(selected.size, language) })}
            </span>
            <button
              type="button"
              className="button button-primary"
              disabled={decide.isPending}
              onClick={() => run('confirmed')}
            >
              {t('leaders.confirm')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={decide.isPending}
              onClick={() => run('rejected')}
            >
              {t('leaders.reject')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              disabled={decide.isPending}
              onClick={() => run(null)}
            >
              {t('leaders.reset')}
            </button>
          </fieldset>
          <p role="status" className="org-live">
            {announcement}
          </p>
          {decide.isError ? <Alert variant="error">{errorMessage(decide.error, t)}</Alert> : null}
          <QueryState query={leaders}>
            {(data) =>
              data.items.length === 0 ? (
                <p>
                  {t(
                    filters.status === 'suggested' && !filters.q && !filters.areaId && !filters.unitId
                      ? 'leaders.emptySuggested'
                      : 'leaders.empty',
                  )}
                </p>
              ) : (
                <>
                  <p>{t('leaders.total', { count: data.total, formatted: formatCount(data.total, language) })}</p>
                  <LeadersTable rows={data.items} selected={selected} onToggle={toggle} />
                  <Pagination
                    page={page}
                    pageSize={PAGE_SIZE}
                    total={data.total}
                    onPage={setPage}
                    label={t('leaders.pagination')}
                  />
                </>
              )
            }
          </QueryState>
          <LeaderSummaryTables />
        </>
      )}
    </Page>
  );
}
