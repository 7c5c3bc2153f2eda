import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../../../web/session';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { TextField } from '../../../web/ui/fields';

/** E-mail and password; on success the session is in the cache and `onSignedIn` runs. */
export function SignInForm({ email: presetEmail = '', onSignedIn }: { email?: string; onSignedIn?: () => void }) {
  const { t } = useTranslation('accounts');
  const signIn = useSignIn();
  const [email, setEmail] = useState(presetEmail);
  const [password, setPassword] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const error = clientError ?? signIn.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      email: email.trim() ? undefined : t('signIn.emailRequired'),
      password: password ? undefined : t('signIn.passwordRequired'),
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) signIn.reset();
    if (invalid) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => onSignedIn?.() });
  }

  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <ErrorSummary error={error} fields={{ email: 'email', password: 'password' }} />
      <TextField
        id="email"
        type="email"
        autoComplete="username"
        label={t('fields.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError(error, 'email')}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="current-password"
        label={t('fields.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError(error, 'password')}
      />
      <button type="submit" className="button button-primary" disabled={signIn.isPending}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
