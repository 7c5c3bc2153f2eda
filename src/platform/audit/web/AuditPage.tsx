import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { DateTime } from '../../../web/ui/DateTime';
import { errorMessage } from '../../../web/ui/errors';
import { Loading } from '../../../web/ui/Loading';
import { Page } from '../../../web/ui/Page';
import { AuditExport } from './AuditExport';
import { AuditFiltersForm } from './AuditFiltersForm';
import {
  type AuditEntry,
  type AuditFilters,
  type AuditPage as AuditResult,
  auditKeys,
  emptyAuditFilters,
} from './audit.api';
import { auditQuery } from './auditQuery';

const PAGE_SIZE = 50;

function Details({ details }: { details: AuditEntry['details'] }) {
  if (!details || Object.keys(details).length === 0) return null;
  return (
    <dl className="audit-details">
      {Object.entries(details).map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('audit');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra audit-table">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('at')}</th>
            <th scope="col">{t('actor')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('entity')}</th>
            <th scope="col">{t('ip')}</th>
            <th scope="col">{t('details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <DateTime value={entry.at} />
              </td>
              <td>{entry.actorEmail ?? t('system')}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.entityType ?? '—'}
                {entry.entityId ? <span className="audit-entity-id"> {entry.entityId}</span> : null}
              </td>
              <td>{entry.ip ?? '—'}</td>
              <td>
                <Details details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who did what, when, in the active organisation (administrators). */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [filters, setFilters] = useState<AuditFilters>(emptyAuditFilters);
  const log = useInfiniteQuery({
    queryKey: auditKeys.entries(filters),
    queryFn: ({ pageParam }) =>
      api.get<AuditResult>('/audit', { query: { ...auditQuery(filters), before: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Page title={t('title')} lead={t('lead')}>
      <AuditFiltersForm
        value={filters}
        onApply={(next) => {
          // Showing the same filters again should include events recorded since.
          if (JSON.stringify(next) === JSON.stringify(filters)) void log.refetch();
          else setFilters(next);
        }}
      />
      <h2>{t('entriesHeading')}</h2>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <Alert variant="error">{errorMessage(log.error, t)}</Alert>
      ) : entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p role="status">{t('shown', { count: entries.length })}</p>
          <AuditTable entries={entries} />
          {log.hasNextPage ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {t('more')}
            </button>
          ) : null}
        </>
      )}
      <AuditExport filters={filters} />
    </Page>
  );
}
