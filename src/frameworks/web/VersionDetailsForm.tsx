import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { TextAreaField, TextField } from '../../web/ui/fields';
import type { FrameworkContent } from '../frameworks.model';
import type { VersionChanges, VersionDetail } from './frameworks.api';

const FIELDS = {
  titleDa: 'fw-version-title-da',
  titleEn: 'fw-version-title-en',
  descriptionDa: 'fw-version-description-da',
  descriptionEn: 'fw-version-description-en',
  publisher: 'fw-version-publisher',
};

/** The framework's own title, description and publisher, as the draft will publish them. */
export function VersionDetailsForm({
  content,
  save,
}: {
  content: FrameworkContent;
  save: (changes: VersionChanges) => Promise<VersionDetail>;
}) {
  const { t } = useTranslation('frameworks');
  const [form, setForm] = useState({
    titleDa: content.titleDa,
    titleEn: content.titleEn,
    descriptionDa: content.descriptionDa,
    descriptionEn: content.descriptionEn,
    publisher: content.publisher,
  });
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({ mutationFn: save, onSuccess: () => setSaved(true) });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: event.target.value }));
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('create.invalid'), {
      titleDa: form.titleDa.trim() ? undefined : t('create.titleRequired'),
    });
    setClientError(invalid);
    if (!invalid)
      mutation.mutate({
        titleDa: form.titleDa.trim(),
        titleEn: form.titleEn.trim(),
        descriptionDa: form.descriptionDa.trim(),
        descriptionEn: form.descriptionEn.trim(),
        publisher: form.publisher.trim(),
      });
  }
  const error = clientError ?? mutation.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="fw-version-details-heading">
      <h3 id="fw-version-details-heading">{t('versionDetails.heading')}</h3>
      <ErrorSummary error={error} fields={FIELDS} />
      {saved && !mutation.isPending ? <Alert variant="success">{t('versionDetails.saved')}</Alert> : null}
      <TextField
        id={FIELDS.titleDa}
        label={t('fields.titleDa')}
        lang="da"
        value={form.titleDa}
        error={fieldError(error, 'titleDa')}
        onChange={set('titleDa')}
      />
      <TextField
        id={FIELDS.titleEn}
        label={t('fields.titleEn')}
        lang="en"
        value={form.titleEn}
        error={fieldError(error, 'titleEn')}
        onChange={set('titleEn')}
      />
      <TextAreaField
        id={FIELDS.descriptionDa}
        label={t('fields.descriptionDa')}
        lang="da"
        rows={3}
        value={form.descriptionDa}
        onChange={set('descriptionDa')}
      />
      <TextAreaField
        id={FIELDS.descriptionEn}
        label={t('fields.descriptionEn')}
        lang="en"
        rows={3}
        value={form.descriptionEn}
        onChange={set('descriptionEn')}
      />
      <TextField
        id={FIELDS.publisher}
        label={t('fields.publisher')}
        hint={t('versionDetails.publisherHint')}
        value={form.publisher}
        error={fieldError(error, 'publisher')}
        onChange={set('publisher')}
      />
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {t('versionDetails.save')}
      </button>
    </form>
  );
}
