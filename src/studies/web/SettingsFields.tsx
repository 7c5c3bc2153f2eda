import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../frameworks/web/Checkbox';
import { useFrameworks } from '../../frameworks/web/frameworks.api';
import { currentLanguage } from '../../web/i18n';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { SelectField, TextAreaField, TextField } from '../../web/ui/fields';
import type { AnswerMode, StudyDetail, StudySettings } from './studies.api';

/** The settings form's state: what the inputs hold (numbers as typed). */
export interface SettingsForm {
  title: string;
  purpose: string;
  frameworkVersionId: string;
  answerMode: AnswerMode;
  retentionMonths: string;
  contactName: string;
  contactEmail: string;
  byArea: boolean;
  byTenure: boolean;
}

export const emptySettings: SettingsForm = {
  title: '',
  purpose: '',
  frameworkVersionId: '',
  answerMode: 'identified',
  retentionMonths: '24',
  contactName: '',
  contactEmail: '',
  byArea: true,
  byTenure: true,
};

export function settingsOf(study: StudyDetail): SettingsForm {
  return {
    title: study.title,
    purpose: study.purpose,
    frameworkVersionId: study.frameworkVersionId,
    answerMode: study.answerMode,
    retentionMonths: String(study.retentionMonths),
    contactName: study.contactName,
    contactEmail: study.contactEmail,
    byArea: study.byArea,
    byTenure: study.byTenure,
  };
}

/** Input ids by the server's field names, so the error summary links to the right input. */
export function settingsFieldIds(prefix: string): Record<keyof SettingsForm, string> {
  return {
    title: `${prefix}-title`,
    purpose: `${prefix}-purpose`,
    frameworkVersionId: `${prefix}-framework`,
    answerMode: `${prefix}-answer-mode-identified`,
    retentionMonths: `${prefix}-retention`,
    contactName: `${prefix}-contact-name`,
    contactEmail: `${prefix}-contact-email`,
    byArea: `${prefix}-by-area`,
    byTenure: `${prefix}-by-tenure`,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the form in the browser; the body to send, or the error to show as the server would. */
export function checkSettings(
  form: SettingsForm,
  t: (key: string, options?: Record<string, unknown>) => string,
): { body: StudySettings; error: null } | { body: null; error: NonNullable<ReturnType<typeof clientValidationError>> } {
  const months = Number(form.retentionMonths.trim());
  const error = clientValidationError(t('studies:settings.invalid'), {
    title: form.title.trim() ? undefined : t('studies:settings.titleRequired'),
    frameworkVersionId: form.frameworkVersionId ? undefined : t('studies:settings.frameworkRequired'),
    retentionMonths:
      /^\d+$/.test(form.retentionMonths.trim()) && months >= 1 && months <= 120
        ? undefined
        : t('studies:settings.retentionRange'),
    contactEmail:
      !form.contactEmail.trim() || EMAIL.test(form.contactEmail.trim())
        ? undefined
        : t('studies:settings.emailInvalid'),
  });
  if (error) return { body: null, error };
  return {
    body: {
      title: form.title.trim(),
      purpose: form.purpose.trim(),
      frameworkVersionId: form.frameworkVersionId,
      answerMode: form.answerMode,
      retentionMonths: months,
      contactName: form.contactName.trim(),
      contactEmail: form.contactEmail.trim(),
      byArea: form.byArea,
      byTenure: form.byTenure,
    },
    error: null,
  };
}

export interface VersionOption {
  id: string;
  label: string;
  national: boolean;
}

/**
 * The framework versions a study can use: each framework's latest published version, national ones first; plus the
 * study's own version when a newer one has been published since.
 */
export function useVersionOptions(current?: { id: string; title: string; number: number }): {
  options: VersionOption[];
  loading: boolean;
  failed: boolean;
} {
  const { t } = useTranslation('studies');
  const frameworks = useFrameworks();
  const english = currentLanguage() === 'en';
  const options: VersionOption[] = (frameworks.data ?? [])
    .filter((f) => f.latestPublished)
    .map((f) => ({
      id: f.latestPublished!.id,
      label: t('settings.versionOption', {
        title: (english ? f.titleEn || f.titleDa : f.titleDa || f.titleEn).trim(),
        number: f.latestPublished!.number,
        scope: f.scope === 'national' ? t('settings.national') : (f.ownerName ?? t('settings.own')),
      }),
      national: f.scope === 'national',
    }))
    .sort((a, b) => Number(b.national) - Number(a.national) || a.label.localeCompare(b.label, 'da'));
  if (current && !options.some((o) => o.id === current.id)) {
    options.unshift({
      id: current.id,
      label: t('settings.currentVersionOption', { title: current.title, number: current.number }),
      national: false,
    });
  }
  return { options, loading: frameworks.isPending, failed: frameworks.isError };
}

/** The inputs of a study's settings, shared by "Ny undersøgelse" and the settings section. */
export function SettingsFields({
  prefix,
  form,
  onChange,
  error,
  versions,
}: {
  prefix: string;
  form: SettingsForm;
  onChange: (next: SettingsForm) => void;
  error: unknown;
  versions: ReturnType<typeof useVersionOptions>;
}) {
  const { t } = useTranslation('studies');
  const ids = settingsFieldIds(prefix);
  const set =
    <K extends keyof SettingsForm>(key: K) =>
    (value: SettingsForm[K]) =>
      onChange({ ...form, [key]: value });
  const text = (key: 'title' | 'purpose' | 'retentionMonths' | 'contactName' | 'contactEmail') => ({
    value: form[key],
    error: fieldError(error, key),
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  return (
    <>
      <TextField id={ids.title} label={t('settings.title')} hint={t('settings.titleHint')} {...text('title')} />
      <TextAreaField
        id={ids.purpose}
        label={t('settings.purpose')}
        hint={t('settings.purposeHint')}
        rows={4}
        {...text('purpose')}
      />
      <SelectField
        id={ids.frameworkVersionId}
        label={t('settings.framework')}
        hint={versions.failed ? t('settings.frameworksFailed') : t('settings.frameworkHint')}
        value={form.frameworkVersionId}
        error={fieldError(error, 'frameworkVersionId')}
        onChange={(event) => set('frameworkVersionId')(event.target.value)}
      >
        <option value="">{versions.loading ? t('settings.frameworksLoading') : t('settings.chooseFramework')}</option>
        {versions.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <div className="form-group">
        <fieldset>
          <legend className="form-label">{t('settings.answerMode')}</legend>
          {(['identified', 'anonymous'] as const).map((mode) => (
            <div className="form-group-radio" key={mode}>
              <input
                type="radio"
                className="form-radio"
                id={`${prefix}-answer-mode-${mode}`}
                name={`${prefix}-answer-mode`}
                value={mode}
                checked={form.answerMode === mode}
                aria-describedby={`${prefix}-answer-mode-${mode}-hint`}
                onChange={() => set('answerMode')(mode)}
              />
              <label className="form-label" htmlFor={`${prefix}-answer-mode-${mode}`}>
                {t(`answerMode.${mode}`)}
              </label>
              <span className="form-hint" id={`${prefix}-answer-mode-${mode}-hint`}>
                {t(`answerMode.${mode}Hint`)}
              </span>
            </div>
          ))}
        </fieldset>
      </div>
      <TextField
        id={ids.retentionMonths}
        label={t('settings.retention')}
        hint={t('settings.retentionHint')}
        inputMode="numeric"
        className="input-width-xs"
        {...text('retentionMonths')}
      />
      <TextField id={ids.contactName} label={t('settings.contactName')} autoComplete="off" {...text('contactName')} />
      <TextField
        id={ids.contactEmail}
        type="email"
        label={t('settings.contactEmail')}
        hint={t('settings.contactHint')}
        autoComplete="off"
        {...text('contactEmail')}
      />
      <div className="form-group">
        <fieldset>
          <legend className="form-label">{t('settings.strata')}</legend>
          <Checkbox id={ids.byArea} label={t('settings.byArea')} checked={form.byArea} onChange={set('byArea')} />
          <Checkbox
            id={ids.byTenure}
            label={t('settings.byTenure')}
            hint={t('settings.byTenureHint')}
            checked={form.byTenure}
            onChange={set('byTenure')}
          />
        </fieldset>
      </div>
    </>
  );
}
