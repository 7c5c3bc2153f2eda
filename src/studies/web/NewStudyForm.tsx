import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { useSignedInSession } from '../../web/session';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import type { clientValidationError } from '../../web/ui/errors';
import {
  checkSettings,
  emptySettings,
  SettingsFields,
  type SettingsForm,
  settingsFieldIds,
  useVersionOptions,
} from './SettingsFields';
import { type StudyDetail, type StudySettings, studyKeys } from './studies.api';

const PREFIX = 'study-new';

/** "Ny undersøgelse": a draft study on a published framework version; the creator becomes its lead. */
export function NewStudyForm() {
  const { t } = useTranslation('studies');
  const session = useSignedInSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const versions = useVersionOptions();
  const [edited, setForm] = useState<SettingsForm | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  // The first national framework is proposed until the user chooses another (most studies use it), also when the
  // frameworks arrive after the user has started typing.
  const proposed = versions.options.find((o) => o.national)?.id ?? '';
  const base = edited ?? { ...emptySettings, contactName: session.user.name, contactEmail: session.user.email };
  const form = { ...base, frameworkVersionId: base.frameworkVersionId || proposed };
  const create = useMutation({
    mutationFn: (body: StudySettings) => api.post<StudyDetail>('/studies', body),
    onSuccess: (study) => {
      client.setQueryData(studyKeys.detail(study.id), study);
      void client.invalidateQueries({ queryKey: studyKeys.list });
      void navigate({ to: '/studies/$studyId', params: { studyId: study.id }, search: { created: '1' } });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkSettings(form, t);
    setClientError(checked.error);
    if (checked.body) create.mutate(checked.body);
  }
  const error = clientError ?? create.error;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="study-new-heading" className="study-section study-form">
      <h2 id="study-new-heading">{t('create.heading')}</h2>
      <p>{t('create.text')}</p>
      <ErrorSummary error={error} fields={settingsFieldIds(PREFIX)} />
      <SettingsFields prefix={PREFIX} form={form} onChange={setForm} error={error} versions={versions} />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('create.submit')}
      </button>
    </form>
  );
}
