import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../platform/jobs/web/JobProgress';
import { api, fileUrl } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { RadioGroup } from '../../web/ui/fields';
import { Icon } from '../../web/ui/Icon';
import type { PeopleFilterValues } from './PeopleFilters';

/** The directory with the current filters as CSV or XLSX, made by a background job, then downloaded. */
export function PeopleExport({ filters }: { filters: PeopleFilterValues }) {
  const { t } = useTranslation('organisations');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const start = useMutation({
    mutationFn: () => api.post<{ jobId: string }>('/people/exports', { ...filtersForApi(filters), format }),
  });
  return (
    <section aria-labelledby="people-export-heading" className="org-section">
      <h2 id="people-export-heading">{t('export.heading')}</h2>
      <p>{t('export.text')}</p>
      <RadioGroup
        name="people-export-format"
        legend={t('export.format')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'xlsx', label: t('export.xlsx') },
          { value: 'csv', label: t('export.csv') },
        ]}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        <Icon name="download" />
        {t('export.start')}
      </button>
      {start.isError ? <Alert variant="error">{errorMessage(start.error, t)}</Alert> : null}
      {start.data ? (
        <JobProgress<{ fileId: string }> key={start.data.jobId} jobId={start.data.jobId} label={t('export.job')}>
          {(result) =>
            result?.fileId ? (
              <p>
                <a href={fileUrl(result.fileId)} download>
                  {t('export.download')}
                </a>
              </p>
            ) : null
          }
        </JobProgress>
      ) : null}
    </section>
  );
}

/** The filters as the API takes them: empty ones left out. */
export function filtersForApi(filters: PeopleFilterValues): Record<string, string | undefined> {
  return {
    q: filters.q.trim() || undefined,
    unitId: filters.unitId || undefined,
    areaId: filters.areaId || undefined,
    leader: filters.leader || undefined,
    status: filters.status,
    sort: filters.sort,
  };
}
