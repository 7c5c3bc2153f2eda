import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n.js';
import { Alert } from '../../../web/ui/Alert.js';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { clientValidationError, fieldError } from '../../../web/ui/errors.js';
import { FileField } from '../../../web/ui/fields.js';
import { Icon } from '../../../web/ui/Icon.js';
import { type CodingStudy, Num } from './bits.js';
import { codingApi, codingKeys, downloadUrl, type RefiReport } from './coding.api.js';

const INPUT_ID = 'coding-refi-file';
const COUNTS = ['codes', 'sources', 'codings', 'notes', 'cases'] as const;

function Report({ report }: { report: RefiReport }) {
  const { t } = useTranslation('coding');
  return (
    <section aria-labelledby="coding-refi-report-heading" className="coding-section">
      <h3 id="coding-refi-report-heading">{report.dryRun ? t('refi.checkHeading') : t('refi.doneHeading')}</h3>
      <Alert variant="success">
        <p>{report.dryRun ? t('refi.checkOk') : t('refi.done')}</p>
      </Alert>
      <dl className="coding-facts">
        {COUNTS.map((key) => (
          <div key={key} className="coding-contents">
            <dt>{t(`refi.counts.${key}`)}</dt>
            <dd>
              <Num value={report[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {report.dropped.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('refi.droppedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('refi.what')}</th>
                <th scope="col" className="coding-number">
                  {t('refi.count')}
                </th>
                <th scope="col">{t('refi.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.dropped.map((d) => (
                <tr key={`${d.what}:${d.reason}`}>
                  <th scope="row">{d.what}</th>
                  <td className="coding-number">
                    <Num value={d.count} />
                  </td>
                  <td>{d.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('refi.nothingDropped')}</p>
      )}
    </section>
  );
}

/**
 * REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder: the study as a .qdpx project and the codebook as
 * .qdc, and an import that first reports what it would bring in and what it has to leave out.
 */
export function ExchangeTab({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const check = useMutation({
    mutationFn: (chosen: File) => codingApi.importRefi(study.id, chosen, true, currentLanguage()),
  });
  const run = useMutation({
    mutationFn: (chosen: File) => codingApi.importRefi(study.id, chosen, false, currentLanguage()),
    onSuccess: () => void client.invalidateQueries({ queryKey: codingKeys.all(study.id) }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    run.reset();
    const problem = !file
      ? t('refi.required')
      : !/\.(qdpx|qdc)$/i.test(file.name)
        ? t('refi.wrongType', { name: file.name })
        : undefined;
    const invalid = problem ? clientValidationError(t('refi.invalid'), { file: problem }) : null;
    setClientError(invalid);
    if (!invalid && file) check.mutate(file);
  }

  const message = fieldError(clientError, 'file');
  const checked = check.data && !run.data ? check.data : null;
  return (
    <>
      <section aria-labelledby="coding-refi-export-heading">
        <h2 id="coding-refi-export-heading">{t('refi.exportHeading')}</h2>
        <p className="coding-text">{t('refi.exportIntro')}</p>
        <div className="coding-actions">
          <a className="button button-secondary" href={downloadUrl(study.id, 'export.qdpx')} download>
            <Icon name="download" />
            {t('refi.exportProject')}
          </a>
          <a className="button button-secondary" href={downloadUrl(study.id, 'codebook.qdc')} download>
            <Icon name="download" />
            {t('refi.exportCodebook')}
          </a>
        </div>
      </section>
      {study.canWrite ? (
        <section aria-labelledby="coding-refi-import-heading" className="coding-section">
          <h2 id="coding-refi-import-heading">{t('refi.importHeading')}</h2>
          <p className="coding-text">{t('refi.importIntro')}</p>
          <form onSubmit={submit} noValidate className="coding-form">
            <ErrorSummary error={clientError ?? run.error ?? check.error} fields={{ file: INPUT_ID }} />
            <FileField
              id={INPUT_ID}
              label={t('refi.file')}
              hint={t('refi.fileHint')}
              error={message}
              className="coding-file-input"
              accept=".qdpx,.qdc"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setClientError(null);
                check.reset();
                run.reset();
              }}
            />
            <button type="submit" className="button button-secondary" disabled={check.isPending}>
              {check.isPending ? t('refi.checking') : t('refi.check')}
            </button>
          </form>
          {checked ? (
            <>
              <Report report={checked} />
              <button
                type="button"
                className="button button-primary"
                disabled={run.isPending || !file}
                onClick={() => file && run.mutate(file)}
              >
                {run.isPending ? t('refi.importing') : t('refi.run')}
              </button>
            </>
          ) : null}
          {run.data ? <Report report={run.data} /> : null}
        </section>
      ) : null}
    </>
  );
}
