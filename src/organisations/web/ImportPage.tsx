import './organisations.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../platform/jobs/web/JobProgress';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { ImportMapping } from './ImportMapping';
import { CountList, ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { ImportUpload } from './ImportUpload';
import { type ImportDetail, orgKeys } from './organisations.api';
import { RecentImports } from './RecentImports';

const WORKING = new Set(['uploaded', 'previewing', 'applying']);

function ImportResultSummary({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation('organisations');
  return (
    <section aria-labelledby="import-result-heading">
      <Alert variant="success" heading={t('result.heading')}>
        <p>{t('result.text', { file: detail.fileName })}</p>
      </Alert>
      <h2 id="import-result-heading">{t('result.countsHeading')}</h2>
      {detail.result ? (
        <CountList counts={detail.result} keys={['added', 'changed', 'left', 'returned', 'leadersSuggested']} />
      ) : null}
      <h2>{t('result.nextHeading')}</h2>
      <ul>
        <li>
          <Link to="/organisation/leaders">{t('result.toLeaders')}</Link>
        </li>
        <li>
          <Link to="/organisation/chart">{t('result.toChart')}</Link>
        </li>
        <li>
          <Link to="/organisation/people">{t('result.toPeople')}</Link>
        </li>
        <li>
          <Link to="/organisation/areas">{t('result.toAreas')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** One upload, from preview to result; the import row on the server says which step it is in. */
function ImportFlow({ importId }: { importId: string }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  // The job just started from this page; after a reload the import's own jobId takes over.
  const [startedJob, setStartedJob] = useState<{ id: string; kind: 'preview' | 'apply' } | null>(null);
  const detail = useQuery({
    queryKey: orgKeys.import(importId),
    queryFn: () => api.get<ImportDetail>(`/orgchart/imports/${importId}`),
    // Without a job id yet (the row was just created) look again shortly.
    refetchInterval: (query) =>
      query.state.data && WORKING.has(query.state.data.status) && !query.state.data.jobId ? 1000 : false,
  });
  const onJobDone = useCallback(() => {
    setStartedJob(null);
    void client.invalidateQueries({ queryKey: orgKeys.import(importId) });
    void client.invalidateQueries({ queryKey: orgKeys.imports });
  }, [client, importId]);
  const onApplied = useCallback(() => {
    setStartedJob(null);
    // Everything about the organisation's people may have changed.
    void client.invalidateQueries({ queryKey: orgKeys.all });
  }, [client]);

  return (
    <QueryState query={detail}>
      {(d) => {
        const job =
          startedJob ??
          (WORKING.has(d.status) && d.jobId
            ? { id: d.jobId, kind: d.status === 'applying' ? 'apply' : 'preview' }
            : null);
        if (job)
          return (
            <JobProgress
              key={job.id}
              jobId={job.id}
              label={
                job.kind === 'apply' ? t('jobs.apply', { file: d.fileName }) : t('jobs.preview', { file: d.fileName })
              }
              onCompleted={job.kind === 'apply' ? onApplied : onJobDone}
            />
          );
        if (WORKING.has(d.status)) return <p>{t('jobs.waiting')}</p>;
        if (d.status === 'applied') return <ImportResultSummary detail={d} />;
        if (d.status === 'failed')
          return (
            <Alert variant="error" heading={t('failed.heading')}>
              <p>{t('failed.text', { file: d.fileName })}</p>
              <p>
                <Link to="/organisation/import" search={{}}>
                  {t('newImport')}
                </Link>
              </p>
            </Alert>
          );
        if (d.headers.length === 0 && d.preview)
          return (
            <>
              <p>{t('preview.fileName', { file: d.fileName })}</p>
              <Alert variant="error" heading={t('preview.unusableHeading')} live={false}>
                <p>{t('preview.unusableText')}</p>
              </Alert>
              <ImportProblems problems={d.preview.problems} total={d.preview.problemCount} />
              <p>
                <Link to="/organisation/import" search={{}} className="button button-primary">
                  {t('preview.uploadAnother')}
                </Link>
              </p>
            </>
          );
        return (
          <>
            <p>{t('preview.fileName', { file: d.fileName })}</p>
            <ImportMapping
              key={JSON.stringify(d.mapping)}
              detail={d}
              onPreviewStarted={(id) => setStartedJob({ id, kind: 'preview' })}
            />
            <ImportPreview detail={d} onApplyStarted={(id) => setStartedJob({ id, kind: 'apply' })} />
          </>
        );
      }}
    </QueryState>
  );
}

/** Import an org chart: upload, map the columns, preview the changes, apply; and the latest imports. */
export function ImportPage({
  importId,
  onImportChosen,
}: {
  importId?: string;
  onImportChosen: (importId: string) => void;
}) {
  const { t } = useTranslation('organisations');
  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <ul className="org-page-links">
        <li>
          <Link to="/organisation/chart">{t('import.chartLink')}</Link>
        </li>
        <li>
          <Link to="/organisation/areas">{t('import.areasLink')}</Link>
        </li>
      </ul>
      {importId ? (
        <>
          <ImportFlow key={importId} importId={importId} />
          <p className="org-new-import">
            <Link to="/organisation/import" search={{}}>
              {t('newImport')}
            </Link>
          </p>
        </>
      ) : (
        <ImportUpload onUploaded={onImportChosen} />
      )}
      <RecentImports />
    </Page>
  );
}
