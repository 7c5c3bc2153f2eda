import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { ORGCHART_MAX_BYTES } from '../orgchart-problems.model';
import { orgKeys, uploadFile } from './organisations.api';
import { formatMegabytes } from './problemText';

const INPUT_ID = 'orgchart-file';
const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Step 1: choose a CSV or XLSX file (the file input, or drop it on the zone around it) and upload it. Files over the
 * limit are refused here, before a byte is sent.
 */
export function ImportUpload({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      uploadFile<{ importId: string; jobId: string }>('/orgchart/imports', chosen, currentLanguage()),
    onSuccess: (data) => {
      void client.invalidateQueries({ queryKey: orgKeys.imports });
      onUploaded(data.importId);
    },
  });

  function check(chosen: File | null): string | undefined {
    const language = currentLanguage();
    if (!chosen) return t('upload.required');
    if (chosen.size === 0) return t('upload.empty', { name: chosen.name });
    if (chosen.size > ORGCHART_MAX_BYTES)
      return t('upload.tooLarge', {
        name: chosen.name,
        size: formatMegabytes(chosen.size, language),
        limit: formatMegabytes(ORGCHART_MAX_BYTES, language),
      });
    return undefined;
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    upload.reset();
    const message = chosen ? check(chosen) : undefined;
    setClientError(message ? clientValidationError(t('upload.invalid'), { file: message }) : null);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files?.[0] ?? null;
    if (!dropped) return;
    // Keep the input in step with what was dropped, so the browser shows the chosen name.
    if (input.current && event.dataTransfer.files.length) input.current.files = event.dataTransfer.files;
    choose(dropped);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const message = check(file);
    if (message) {
      setClientError(clientValidationError(t('upload.invalid'), { file: message }));
      return;
    }
    setClientError(null);
    upload.mutate(file!);
  }

  const error = clientError ?? upload.error;
  const message = fieldError(clientError, 'file') ?? fieldError(upload.error, 'file');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading">{t('upload.heading')}</h2>
      <p>{t('upload.text')}</p>
      <ErrorSummary error={error} fields={{ file: INPUT_ID }} />
      <div className={`form-group${message ? ' form-error' : ''}`}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the keyboard path */}
        <div
          className={`org-dropzone${dragging ? ' org-dropzone-active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label className="form-label" htmlFor={INPUT_ID}>
            {t('upload.label')}
          </label>
          <span className="form-hint" id={`${INPUT_ID}-hint`}>
            {t('upload.hint', { limit: formatMegabytes(ORGCHART_MAX_BYTES, currentLanguage()) })}
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
            className="org-file-input"
            accept={ACCEPT}
            aria-invalid={message ? true : undefined}
            aria-describedby={[`${INPUT_ID}-hint`, message ? `${INPUT_ID}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          <p className="org-dropzone-text" aria-hidden="true">
            {t('upload.dropText')}
          </p>
          {file ? (
            <p className="org-dropzone-file">
              {t('upload.chosen', { name: file.name, size: formatMegabytes(file.size, currentLanguage()) })}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={upload.isPending}>
        {upload.isPending ? t('upload.uploading') : t('upload.submit')}
      </button>
    </form>
  );
}
