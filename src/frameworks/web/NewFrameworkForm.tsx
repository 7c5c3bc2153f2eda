import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { useSession } from '../../web/session';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { TextAreaField, TextField } from '../../web/ui/fields';
import { Checkbox } from './Checkbox';
import { useAuthoring } from './FrameworkBits';
import { type FrameworkDetail, frameworkKeys } from './frameworks.api';

const FIELDS = {
  titleDa: 'fw-new-title-da',
  titleEn: 'fw-new-title-en',
  descriptionDa: 'fw-new-description-da',
  descriptionEn: 'fw-new-description-en',
};

/** "Nyt rammeværk": a title (and optional description) gives a framework with an empty draft on the 1–5 scale. */
export function NewFrameworkForm() {
  const { t } = useTranslation('frameworks');
  const client = useQueryClient();
  const navigate = useNavigate();
  const { canCreateNational } = useAuthoring();
  const hasOrganisation = Boolean(useSession().data?.activeOrganisation);
  const [form, setForm] = useState({ titleDa: '', titleEn: '', descriptionDa: '', descriptionEn: '' });
  // A platform administrator without an organisation can only create national frameworks.
  const [national, setNational] = useState(!hasOrganisation);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const create = useMutation({
    mutationFn: () =>
      api.post<FrameworkDetail>('/frameworks', {
        titleDa: form.titleDa.trim(),
        titleEn: form.titleEn.trim(),
        descriptionDa: form.descriptionDa.trim(),
        descriptionEn: form.descriptionEn.trim(),
        ...(canCreateNational && national ? { national: true } : {}),
      }),
    onSuccess: (framework) => {
      void client.invalidateQueries({ queryKey: frameworkKeys.list });
      client.setQueryData(frameworkKeys.detail(framework.id), framework);
      void navigate({ to: '/frameworks/$frameworkId', params: { frameworkId: framework.id } });
    },
  });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('create.invalid'), {
      titleDa: form.titleDa.trim() ? undefined : t('create.titleRequired'),
    });
    setClientError(invalid);
    if (!invalid) create.mutate();
  }
  const error = clientError ?? create.error;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="fw-new-heading" className="fw-section fw-form">
      <h2 id="fw-new-heading">{t('create.heading')}</h2>
      <p>{t('create.text')}</p>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField
        id={FIELDS.titleDa}
        label={t('fields.titleDa')}
        value={form.titleDa}
        error={fieldError(error, 'titleDa')}
        onChange={set('titleDa')}
        lang="da"
      />
      <TextField
        id={FIELDS.titleEn}
        label={t('fields.titleEn')}
        hint={t('create.englishHint')}
        value={form.titleEn}
        error={fieldError(error, 'titleEn')}
        onChange={set('titleEn')}
        lang="en"
      />
      <TextAreaField
        id={FIELDS.descriptionDa}
        label={t('fields.descriptionDa')}
        rows={3}
        value={form.descriptionDa}
        error={fieldError(error, 'descriptionDa')}
        onChange={set('descriptionDa')}
        lang="da"
      />
      <TextAreaField
        id={FIELDS.descriptionEn}
        label={t('fields.descriptionEn')}
        rows={3}
        value={form.descriptionEn}
        error={fieldError(error, 'descriptionEn')}
        onChange={set('descriptionEn')}
        lang="en"
      />
      {canCreateNational ? (
        <Checkbox
          id="fw-new-national"
          label={t('create.national')}
          hint={t('create.nationalHint')}
          checked={national}
          onChange={setNational}
        />
      ) : null}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('create.submit')}
      </button>
    </form>
  );
}
