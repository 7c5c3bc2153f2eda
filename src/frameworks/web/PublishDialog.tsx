import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../web/ui/errors';
import { TextAreaField } from '../../web/ui/fields';
import { Modal } from '../../web/ui/Modal';
import { frameworkKeys, type VersionDetail } from './frameworks.api';
import { PathErrors } from './PathErrors';

const MAX_NOTE = 2000;

/** "Publicér": a required change note, then the draft becomes a version that never changes. */
export function PublishDialog({
  version,
  language,
  onClose,
  onPublished,
}: {
  version: VersionDetail;
  language: string;
  onClose: () => void;
  onPublished: (version: VersionDetail) => void;
}) {
  const { t } = useTranslation('frameworks');
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const publish = useMutation({
    mutationFn: (changeNote: string) =>
      api.post<VersionDetail>(`/framework-versions/${version.id}/publish`, { changeNote }),
    onSuccess: (published) => {
      client.setQueryData(frameworkKeys.version(published.id), published);
      void client.invalidateQueries({ queryKey: frameworkKeys.detail(version.frameworkId) });
      void client.invalidateQueries({ queryKey: frameworkKeys.list });
      onPublished(published);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const text = note.trim();
    const invalid = clientValidationError(t('publish.invalid'), {
      changeNote: !text
        ? t('publish.noteRequired')
        : text.length > MAX_NOTE
          ? t('publish.noteTooLong', { max: MAX_NOTE, length: text.length })
          : undefined,
    });
    setClientError(invalid);
    if (!invalid) publish.mutate(text);
  }
  // Content that does not validate comes back with one error per problem: shown as a table, not as field errors.
  const contentErrors =
    publish.error instanceof ApiError && publish.error.fieldErrors.some((e) => e.path !== 'changeNote')
      ? publish.error
      : null;
  const error = clientError ?? (contentErrors ? null : publish.error);
  return (
    <Modal title={t('publish.title', { number: version.number })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('publish.text')}</p>
        <ErrorSummary error={error} fields={{ changeNote: 'fw-publish-note' }} />
        {contentErrors ? (
          <Alert variant="error" heading={t('publish.invalidContent')}>
            <p>{errorMessage(contentErrors, t)}</p>
          </Alert>
        ) : null}
        {contentErrors ? (
          <PathErrors
            errors={contentErrors.fieldErrors}
            caption={t('publish.problemsCaption')}
            items={version.content.items}
            language={language}
          />
        ) : null}
        <TextAreaField
          id="fw-publish-note"
          label={t('publish.note')}
          hint={t('publish.noteHint', { max: MAX_NOTE })}
          rows={4}
          value={note}
          error={fieldError(error, 'changeNote')}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={publish.isPending}>
            {t('publish.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('shell:actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
