import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../../platform/jobs/web/JobProgress.js';
import { currentLanguage } from '../../../web/i18n.js';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { clientValidationError, fieldError } from '../../../web/ui/errors.js';
import { FileField } from '../../../web/ui/fields.js';
import { type CodingStudy, TranscriptLink } from './bits.js';
import { type BatchResult, codingApi, codingKeys } from './coding.api.js';

const INPUT_ID = 'coding-batch-file';

function BatchReport({ study, result }: { study: CodingStudy; result: BatchResult | null }) {
  const { t } = useTranslation('coding');
  const imported = result?.imported ?? [];
  const skipped = result?.skipped ?? [];
  return (
    <div className="coding-batch-report">
      <p>{t('batch.summary', { imported: imported.length, skipped: skipped.length })}</p>
      {imported.length ? (
        <>
          <h3>{t('batch.importedHeading')}</h3>
          <ul>
            {imported.map((entry) => (
              <li key={entry.file}>
                <TranscriptLink studyId={study.id} transcriptId={entry.transcriptId}>
                  {entry.file}
                </TranscriptLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {skipped.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('batch.skippedHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('batch.file')}</th>
                <th scope="col">{t('batch.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {skipped.map((entry) => (
                <tr key={entry.file}>
                  <th scope="row">{entry.file}</th>
                  <td>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Many transcripts at once: a zip whose file names carry the participants' pseudonyms (L-0042.docx). It runs as a
 * job; the progress bar follows it, and the report lists what was imported and what was skipped, and why.
 */
export function BatchUpload({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const start = useMutation({ mutationFn: (zip: File) => codingApi.batch(study.id, zip, currentLanguage()) });
  const onCompleted = useCallback(
    () => void client.invalidateQueries({ queryKey: codingKeys.all(study.id) }),
    [client, study.id],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = !file
      ? t('batch.required')
      : !/\.zip$/i.test(file.name)
        ? t('batch.wrongType', { name: file.name })
        : undefined;
    const invalid = problem ? clientValidationError(t('upload.invalid'), { file: problem }) : null;
    setClientError(invalid);
    if (!invalid && file) start.mutate(file);
  }

  const message = fieldError(clientError, 'file');
  return (
    <section aria-labelledby="coding-batch-heading" className="coding-section">
      <h2 id="coding-batch-heading">{t('batch.heading')}</h2>
      <p className="coding-text">{t('batch.intro')}</p>
      <form onSubmit={submit} noValidate className="coding-form">
        <ErrorSummary error={clientError ?? start.error} fields={{ file: INPUT_ID }} />
        <FileField
          id={INPUT_ID}
          label={t('batch.file')}
          hint={t('batch.fileHint')}
          error={message}
          className="coding-file-input"
          accept=".zip,application/zip"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setClientError(null);
            start.reset();
          }}
        />
        <button type="submit" className="button button-secondary" disabled={start.isPending}>
          {t('batch.start')}
        </button>
      </form>
      {start.data ? (
        <JobProgress<BatchResult> jobId={start.data.jobId} label={t('batch.jobLabel')} onCompleted={onCompleted}>
          {(result) => <BatchReport study={study} result={result} />}
        </JobProgress>
      ) : null}
    </section>
  );
}
