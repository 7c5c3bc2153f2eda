import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import type { clientValidationError } from '../../web/ui/errors';
import {
  checkSettings,
  SettingsFields,
  type SettingsForm,
  settingsFieldIds,
  settingsOf,
  useVersionOptions,
} from './SettingsFields';
import { StudyFacts } from './StudyFacts';
import { type StudyDetail, type StudySettings, studyKeys } from './studies.api';
import { canChange, statusMoves } from './studyText';

const PREFIX = 'study-settings';

function SettingsEditor({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const versions = useVersionOptions({
    id: study.frameworkVersionId,
    title: study.frameworkTitle,
    number: study.frameworkVersionNumber,
  });
  const [form, setForm] = useState<SettingsForm>(() => settingsOf(study));
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: StudySettings) => api.patch<StudyDetail>(`/studies/${study.id}`, body),
    onSuccess: (updated) => {
      client.setQueryData(studyKeys.detail(study.id), updated);
      void client.invalidateQueries({ queryKey: studyKeys.list });
      // A changed split makes new strata: the sampling view must be read again.
      void client.invalidateQueries({ queryKey: studyKeys.sampling(study.id) });
      setForm(settingsOf(updated));
      setSaved(true);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = checkSettings(form, t);
    setClientError(checked.error);
    if (checked.body) save.mutate(checked.body);
  }
  const error = clientError ?? save.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="study-settings-heading" className="study-form">
      <h2 id="study-settings-heading">{t('settings.heading')}</h2>
      <p>{t('settings.editText')}</p>
      <ErrorSummary error={error} fields={settingsFieldIds(PREFIX)} />
      {saved ? <Alert variant="success">{t('settings.saved')}</Alert> : null}
      <SettingsFields
        prefix={PREFIX}
        form={form}
        onChange={(next) => {
          setSaved(false);
          setForm(next);
        }}
        error={error}
        versions={versions}
      />
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}

/** The settings: a form while the study is a draft and the reader runs it, else read-only with the reason. */
export function SettingsSection({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  if (study.canManage && canChange(study.status, 'settings')) return <SettingsEditor study={study} />;
  const canGoBack = statusMoves(study.status).some((m) => m.to === 'draft');
  return (
    <section aria-labelledby="study-settings-heading">
      <h2 id="study-settings-heading">{t('settings.heading')}</h2>
      {study.canManage ? (
        <Alert variant="info" live={false}>
          <p>
            {t(canGoBack ? 'settings.lockedBack' : 'settings.locked', {
              status: t(`status.${study.status}`),
            })}
          </p>
        </Alert>
      ) : null}
      <StudyFacts study={study} withPurpose />
    </section>
  );
}
