import './frameworks.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../web/ui/errors';
import { Page } from '../../web/ui/Page';
import { Checkbox } from './Checkbox';
import { useAuthoring } from './FrameworkBits';
import { frameworkKeys, type ImportNote, type ImportResult, importFramework } from './frameworks.api';
import { PathErrors } from './PathErrors';

/** The API's limit on an imported file. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const INPUT_ID = 'fw-import-file';

function noteText(note: ImportNote | string, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (typeof note === 'string') return note;
  const params = Object.fromEntries(Object.entries(note.params ?? {}).map(([k, v]) => [k, String(v)]));
  const fallback = Object.keys(params).length
    ? `${note.code} (${Object.entries(params)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')})`
    : note.code;
  return t(`import.notes.${note.code}`, { ...params, defaultValue: fallback });
}

function NoteTable({ notes, caption }: { notes: (ImportNote | string)[]; caption: string }) {
  const { t } = useTranslation('frameworks');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('problems.where')}</th>
            <th scope="col">{t('problems.what')}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((note, index) => (
            // Notes have no identity beyond their order in the report.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              <td>
                <code className="fw-path">{typeof note === 'string' ? '' : note.path}</code>
              </td>
              <td>{noteText(note, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Report({ result, dryRun }: { result: ImportResult; dryRun: boolean }) {
  const { t } = useTranslation('frameworks');
  const { report } = result;
  return (
    <section aria-labelledby="fw-import-report-heading" className="fw-section">
      <h2 id="fw-import-report-heading">{dryRun ? t('import.checkHeading') : t('import.doneHeading')}</h2>
      {dryRun ? (
        <Alert variant="success">
          <p>{t('import.checkOk')}</p>
        </Alert>
      ) : (
        <Alert variant="success" heading={result.created ? t('import.created') : t('import.newDraft')}>
          {result.frameworkId ? (
            <p>
              <Link
                to="/frameworks/$frameworkId"
                params={{ frameworkId: result.frameworkId }}
                search={result.versionId ? { version: result.versionId } : {}}
              >
                {t('import.open')}
              </Link>
            </p>
          ) : null}
        </Alert>
      )}
      <dl className="fw-facts">
        <dt>{t('import.format')}</dt>
        <dd>{t(`import.formats.${report.format}`)}</dd>
        <dt>{t('import.items')}</dt>
        <dd>{report.itemCount}</dd>
        <dt>{t('import.competencies')}</dt>
        <dd>{report.competencyCount}</dd>
        <dt>{t('import.droppedCount')}</dt>
        <dd>{report.dropped.length}</dd>
      </dl>
      {report.dropped.length > 0 ? <NoteTable notes={report.dropped} caption={t('import.droppedCaption')} /> : null}
      {report.warnings?.length ? <NoteTable notes={report.warnings} caption={t('import.warningsCaption')} /> : null}
    </section>
  );
}

/**
 * Import a framework from a CASE package (.json) or a Moodle competency CSV: first a check that writes nothing and
 * shows what would be imported (and every error with its place in the file), then the import itself.
 */
export function FrameworkImportPage() {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const client = useQueryClient();
  const { canCreateNational } = useAuthoring();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [national, setNational] = useState(false);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const check = useMutation({
    mutationFn: (chosen: File) =>
      importFramework(chosen, { dryRun: true, national: canCreateNational && national, language }),
  });
  const run = useMutation({
    mutationFn: (chosen: File) =>
      importFramework(chosen, { dryRun: false, national: canCreateNational && national, language }),
    onSuccess: () => void client.invalidateQueries({ queryKey: frameworkKeys.all }),
  });

  function problem(chosen: File | null): string | undefined {
    if (!chosen) return t('import.required');
    if (!/\.(json|csv)$/i.test(chosen.name)) return t('import.wrongType', { name: chosen.name });
    if (chosen.size === 0) return t('import.empty', { name: chosen.name });
    if (chosen.size > IMPORT_MAX_BYTES) return t('import.tooLarge', { name: chosen.name });
    return undefined;
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    check.reset();
    run.reset();
    const message = chosen ? problem(chosen) : undefined;
    setClientError(message ? clientValidationError(t('import.invalid'), { file: message }) : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    run.reset();
    const message = problem(file);
    const invalid = message ? clientValidationError(t('import.invalid'), { file: message }) : null;
    setClientError(invalid);
    if (!invalid && file) check.mutate(file);
  }

  const failed = run.error ?? check.error;
  // 422 lists every problem in the file with its JSON path: a table, not field errors of this form.
  const fileErrors = failed instanceof ApiError && failed.fieldErrors.length > 0 ? failed : null;
  const error = clientError ?? (fileErrors ? null : failed);
  const message = fieldError(clientError, 'file');
  const checked = check.data && !run.data ? check.data : null;

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <p className="back-link-row">
        <Link to="/frameworks" className="back-link">
          {t('framework.back')}
        </Link>
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="fw-import-form-heading">
        <h2 id="fw-import-form-heading">{t('import.formHeading')}</h2>
        <ErrorSummary error={error} fields={{ file: INPUT_ID }} />
        <div className={`form-group${message ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={INPUT_ID}>
            {t('import.fileLabel')}
          </label>
          <span className="form-hint" id={`${INPUT_ID}-hint`}>
            {t('import.fileHint')}
          </span>
          {message ? (
            <span className="form-error-message" id={`${INPUT_ID}-error`}>
              <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
              {message}
            </span>
          ) : null}
          <input
            ref={input}
            id={INPUT_ID}
            name="file"
            type="file"
            className="fw-file-input"
            accept=".json,.csv,application/json,text/csv"
            aria-invalid={message ? true : undefined}
            aria-describedby={[`${INPUT_ID}-hint`, message ? `${INPUT_ID}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
        </div>
        {canCreateNational ? (
          <Checkbox
            id="fw-import-national"
            label={t('import.national')}
            hint={t('import.nationalHint')}
            checked={national}
            onChange={setNational}
          />
        ) : null}
        <button type="submit" className="button button-secondary" disabled={check.isPending}>
          {check.isPending ? t('import.checking') : t('import.check')}
        </button>
      </form>
      {fileErrors ? (
        <section aria-labelledby="fw-import-errors-heading" className="fw-section">
          <Alert variant="error" heading={t('import.errorsHeading', { count: fileErrors.fieldErrors.length })}>
            <p>{errorMessage(fileErrors, t)}</p>
          </Alert>
          <h2 id="fw-import-errors-heading" className="sr-only">
            {t('import.errorsHeading', { count: fileErrors.fieldErrors.length })}
          </h2>
          <PathErrors errors={fileErrors.fieldErrors} caption={t('import.errorsCaption')} language={language} />
        </section>
      ) : null}
      {checked ? (
        <>
          <Report result={checked} dryRun />
          <button
            type="button"
            className="button button-primary"
            disabled={run.isPending || !file}
            onClick={() => file && run.mutate(file)}
          >
            {run.isPending ? t('import.importing') : t('import.run')}
          </button>
        </>
      ) : null}
      {run.data ? <Report result={run.data} dryRun={false} /> : null}
    </Page>
  );
}
