import './organisations.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { LeaderStatusBadge } from './LeaderBadges';
import { NoOrgChart, useHasOrgChart } from './NoOrgChart';
import { orgKeys, type Paged, type PersonRow } from './organisations.api';
import { Pagination } from './Pagination';
import { filtersForApi, PeopleExport } from './PeopleExport';
import { defaultPeopleFilters, PeopleFilters, type PeopleFilterValues } from './PeopleFilters';
import { formatCount } from './problemText';

const PAGE_SIZE = 50;

function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{t('people.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.pseudonym')}</th>
            <th scope="col">{t('columns.jobTitle')}</th>
            <th scope="col">{t('columns.unit')}</th>
            <th scope="col">{t('columns.area')}</th>
            <th scope="col">{t('columns.leaderStatus')}</th>
            <th scope="col">{t('columns.tenure')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((person) => (
            <tr key={person.id}>
              <td>
                <Link to="/organisation/people/$personId" params={{ personId: person.id }}>
                  {person.name}
                </Link>
                {person.status === 'left' ? (
                  <span className="badge org-left-badge">{t('personStatus.left')}</span>
                ) : null}
              </td>
              <td>{person.pseudonym}</td>
              <td>{person.jobTitle ?? '—'}</td>
              <td>{person.unitName ?? '—'}</td>
              <td>{person.areaName ?? t('summary.noArea')}</td>
              <td>
                <LeaderStatusBadge status={person.leaderStatus} />
              </td>
              <td>
                {person.tenureYears === null || person.tenureYears === undefined
                  ? '—'
                  : t('people.tenureYears', {
                      count: person.tenureYears,
                      formatted: formatCount(person.tenureYears, language),
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The searchable directory of the organisation's people (HR and administrators). */
export function PeoplePage({ initial, erased }: { initial?: Partial<PeopleFilterValues>; erased?: string }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const hasOrgChart = useHasOrgChart();
  const [filters, setFilters] = useState<PeopleFilterValues>({ ...defaultPeopleFilters, ...initial });
  const [page, setPage] = useState(1);
  const query = { ...filtersForApi(filters), page, pageSize: PAGE_SIZE };
  const people = useQuery({
    queryKey: orgKeys.people(query),
    queryFn: () => api.get<Paged<PersonRow>>('/people', { query }),
    placeholderData: (previous) => previous,
  });
  return (
    <Page title={t('people.title')} lead={t('people.lead')}>
      {erased ? (
        <Alert variant="success" heading={t('erase.doneHeading')}>
          <p>{t('erase.doneText', { pseudonym: erased })}</p>
        </Alert>
      ) : null}
      {hasOrgChart === false ? (
        <NoOrgChart />
      ) : (
        <>
          <PeopleFilters
            value={filters}
            onApply={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
          <h2>{t('people.listHeading')}</h2>
          <QueryState query={people}>
            {(data) =>
              data.items.length === 0 ? (
                <p role="status">{t('people.empty')}</p>
              ) : (
                <>
                  <p role="status">
                    {t('people.total', { count: data.total, formatted: formatCount(data.total, language) })}
                  </p>
                  <PeopleTable rows={data.items} />
                  <Pagination
                    page={page}
                    pageSize={PAGE_SIZE}
                    total={data.total}
                    onPage={setPage}
                    label={t('people.pagination')}
                  />
                </>
              )
            }
          </QueryState>
          <PeopleExport filters={filters} />
          <p>
            <Link to="/organisation/chart">{t('people.toChart')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
