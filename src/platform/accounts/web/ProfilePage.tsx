import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { currentLanguage, type Language, languages } from '../../../web/i18n';
import { sessionQueryKey } from '../../../web/query';
import { type Session, type SessionUser, useChangeLanguage, useSignedInSession } from '../../../web/session';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { RadioGroup, TextField } from '../../../web/ui/fields';
import { Page } from '../../../web/ui/Page';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordErrors } from './passwords';

function NameForm({ session }: { session: Session }) {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [name, setName] = useState(session.user.name);
  const save = useMutation({
    mutationFn: (input: { name: string }) => api.patch<SessionUser>('/me', input),
    onSuccess: (user) => client.setQueryData<Session | null>(sessionQueryKey, (s) => (s ? { ...s, user } : s)),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ name: name.trim() });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.detailsHeading')}</h2>
      <ErrorSummary error={save.error} fields={{ name: 'profile-name' }} />
      {save.isSuccess ? <Alert variant="success">{t('profile.nameSaved')}</Alert> : null}
      <TextField
        id="profile-name"
        autoComplete="name"
        label={t('fields.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(save.error, 'name')}
      />
      <TextField id="profile-email" label={t('fields.email')} value={session.user.email} readOnly />
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('profile.saveName')}
      </button>
    </form>
  );
}

function LanguageForm() {
  const { t } = useTranslation('accounts');
  const change = useChangeLanguage();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(language);
  }
  return (
    <form onSubmit={submit} aria-labelledby="profile-language">
      <h2 id="profile-language">{t('profile.languageHeading')}</h2>
      <ErrorSummary error={change.error} />
      {change.isSuccess ? <Alert variant="success">{t('profile.languageSaved')}</Alert> : null}
      <RadioGroup
        name="language"
        legend={t('profile.languageLegend')}
        value={language}
        onChange={setLanguage}
        options={languages.map((value) => ({ value, label: t(`shell:language.${value}`), lang: value }))}
      />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {t('profile.saveLanguage')}
      </button>
    </form>
  );
}

function PasswordForm() {
  const { t } = useTranslation('accounts');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const change = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post('/me/password', input),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
    },
  });
  const error = clientError ?? change.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const checks = newPasswordErrors(newPassword, repeat, t);
    const invalid = clientValidationError(t('shell:errors.validation'), {
      currentPassword: currentPassword ? undefined : t('profile.currentRequired'),
      newPassword: checks.password,
      repeat: checks.repeat,
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) change.reset();
    if (!invalid) change.mutate({ currentPassword, newPassword });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-password">
      <h2 id="profile-password">{t('profile.passwordHeading')}</h2>
      <p>{t('profile.passwordText')}</p>
      <ErrorSummary
        error={error}
        fields={{ currentPassword: 'current-password', newPassword: 'new-password', repeat: 'repeat-password' }}
      />
      {change.isSuccess ? <Alert variant="success">{t('profile.passwordChanged')}</Alert> : null}
      <TextField
        id="current-password"
        type="password"
        autoComplete="current-password"
        label={t('fields.currentPassword')}
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={fieldError(error, 'currentPassword')}
      />
      <NewPasswordFields
        password={newPassword}
        repeat={repeat}
        onPassword={setNewPassword}
        onRepeat={setRepeat}
        passwordError={fieldError(error, 'newPassword') ?? fieldError(error, 'password')}
        repeatError={fieldError(error, 'repeat')}
      />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {t('profile.changePassword')}
      </button>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation('accounts');
  const session = useSignedInSession();
  return (
    <Page title={t('profile.title')}>
      <div className="profile-sections">
        <NameForm session={session} />
        <LanguageForm />
        {session.authKind === 'session' ? <PasswordForm /> : null}
      </div>
    </Page>
  );
}
