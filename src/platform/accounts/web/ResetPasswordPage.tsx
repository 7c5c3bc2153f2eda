import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { Page } from '../../../web/ui/Page';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordErrors } from './passwords';

/** Opened from the reset mail (`/reset-password?token=…`): choose a new password, then sign in. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation('accounts');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const confirm = useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post('/auth/password-reset/confirm', input),
  });
  const error = clientError ?? confirm.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), newPasswordErrors(password, repeat, t));
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) confirm.reset();
    if (!invalid) confirm.mutate({ token, password });
  }

  if (!token)
    return (
      <Page title={t('reset.title')}>
        <Alert variant="error">
          <p>{t('reset.missingToken')}</p>
        </Alert>
        <p>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      </Page>
    );

  return (
    <Page title={t('reset.title')} lead={t('reset.lead')}>
      {confirm.isSuccess ? (
        <>
          <Alert variant="success" heading={t('reset.doneHeading')}>
            <p>{t('reset.doneText')}</p>
          </Alert>
          <p>
            <Link to="/sign-in" className="button button-primary">
              {t('reset.signIn')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <form onSubmit={submit} noValidate className="narrow-form">
            <ErrorSummary error={error} fields={{ password: 'new-password', repeat: 'repeat-password' }} />
            <NewPasswordFields
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              passwordError={fieldError(error, 'password')}
              repeatError={fieldError(error, 'repeat')}
            />
            <button type="submit" className="button button-primary" disabled={confirm.isPending}>
              {t('reset.submit')}
            </button>
          </form>
          {confirm.error ? (
            <p>
              <Link to="/forgot-password">{t('reset.requestNew')}</Link>
            </p>
          ) : null}
        </>
      )}
    </Page>
  );
}
