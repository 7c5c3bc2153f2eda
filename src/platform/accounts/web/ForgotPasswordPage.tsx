import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { TextField } from '../../../web/ui/fields';
import { Page } from '../../../web/ui/Page';

export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  const [email, setEmail] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const request = useMutation({
    mutationFn: (input: { email: string }) => api.post('/auth/password-reset', input),
  });
  const error = clientError ?? request.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      email: email.trim() ? undefined : t('signIn.emailRequired'),
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) request.reset();
    if (!invalid) request.mutate({ email: email.trim() });
  }

  return (
    <Page title={t('forgot.title')} lead={t('forgot.lead')}>
      {request.isSuccess ? (
        <Alert variant="success" heading={t('forgot.sentHeading')}>
          <p>{t('forgot.sentText', { email: request.variables.email })}</p>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate className="narrow-form">
          <ErrorSummary error={error} fields={{ email: 'email' }} />
          <TextField
            id="email"
            type="email"
            autoComplete="email"
            label={t('fields.email')}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError(error, 'email')}
          />
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p className="form-links">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
