import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fileUrl } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { Icon } from '../../../web/ui/Icon';
import { JobProgress } from '../../jobs/web/JobProgress';
import type { AuditFilters } from './audit.api';
import { auditQuery } from './auditQuery';

/** Exports the filtered log as a file through a background job, then offers the download. */
export function AuditExport({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation('audit');
  const start = useMutation({
    mutationFn: () => api.post<{ jobId: string }>('/audit/exports', auditQuery(filters)),
  });
  return (
    <section aria-labelledby="audit-export-heading" className="audit-export">
      <h2 id="audit-export-heading">{t('exportHeading')}</h2>
      <p>{t('exportText')}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        <Icon name="download" />
        {t('export')}
      </button>
      {start.isError ? <Alert variant="error">{errorMessage(start.error, t)}</Alert> : null}
      {start.data ? (
        <JobProgress<{ fileId: string }> key={start.data.jobId} jobId={start.data.jobId} label={t('exportJob')}>
          {(result) =>
            result?.fileId ? (
              <p>
                <a href={fileUrl(result.fileId)} download>
                  {t('download')}
                </a>
              </p>
            ) : null
          }
        </JobProgress>
      ) : null}
    </section>
  );
}
