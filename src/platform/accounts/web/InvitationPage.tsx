import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { type Session, useAcceptSession, useSession } from '../../../web/session';
import { Alert } from '../../../web/ui/Alert';
import { DateTime } from '../../../web/ui/DateTime';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../../web/ui/errors';
import { TextField } from '../../../web/ui/fields';
import { Loading } from '../../../web/ui/Loading';
import { Page } from '../../../web/ui/Page';
import { accountsKeys, type InvitationLookup } from './accounts.api';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordErrors } from './passwords';
import { SignInForm } from './SignInForm';

type AcceptInput = { token: string; name?: string; password?: string };

function useAcceptInvitation() {
  const accept = useAcceptSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (input: AcceptInput) => api.post<Session>('/invitations/accept', input),
    onSuccess: (session) => {
      accept(session);
      void navigate({ to: '/' });
    },
  });
}

/** A new user: name and password create the account, and they are signed in. */
function CreateAccountForm({ token }: { token: string }) {
  const { t } = useTranslation('accounts');
  const accept = useAcceptInvitation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const error = clientError ?? accept.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      name: name.trim() ? undefined : t('invitation.nameRequired'),
      ...newPasswordErrors(password, repeat, t),
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) accept.reset();
    if (!invalid) accept.mutate({ token, name: name.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <h2>{t('invitation.createHeading')}</h2>
      <ErrorSummary error={error} fields={{ name: 'name', password: 'new-password', repeat: 'repeat-password' }} />
      <TextField
        id="name"
        autoComplete="name"
        label={t('fields.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(error, 'name')}
      />
      <NewPasswordFields
        password={password}
        repeat={repeat}
        onPassword={setPassword}
        onRepeat={setRepeat}
        passwordError={fieldError(error, 'password')}
        repeatError={fieldError(error, 'repeat')}
      />
      <button type="submit" className="button button-primary" disabled={accept.isPending}>
        {t('invitation.createSubmit')}
      </button>
    </form>
  );
}

/** An existing user: sign in first (if needed), then accept. */
function AcceptExistingAccount({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { t } = useTranslation('accounts');
  const session = useSession().data;
  const accept = useAcceptInvitation();
  if (!session)
    return (
      <>
        <h2>{t('invitation.signInHeading')}</h2>
        <p>{t('invitation.signInText', { email: invitation.email })}</p>
        <SignInForm email={invitation.email} />
      </>
    );
  return (
    <>
      {session.user.email.toLowerCase() !== invitation.email.toLowerCase() ? (
        <Alert variant="warning" live={false}>
          <p>{t('invitation.otherUser', { email: invitation.email, current: session.user.email })}</p>
        </Alert>
      ) : null}
      <ErrorSummary error={accept.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={accept.isPending}
        onClick={() => accept.mutate({ token })}
      >
        {t('invitation.acceptSubmit')}
      </button>
    </>
  );
}

/** Opened from the invitation mail (`/invitation?token=…`). */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation('accounts');
  const lookup = useQuery({
    queryKey: accountsKeys.invitationLookup(token),
    queryFn: () => api.get<InvitationLookup>('/invitations/lookup', { query: { token } }),
    enabled: token !== '',
  });

  if (!token || lookup.isError)
    return (
      <Page title={t('invitation.title')}>
        <Alert variant="error" heading={t('invitation.invalidHeading')}>
          <p>{lookup.isError ? errorMessage(lookup.error, t) : t('invitation.missingToken')}</p>
        </Alert>
      </Page>
    );
  if (lookup.isPending)
    return (
      <Page title={t('invitation.title')}>
        <Loading />
      </Page>
    );
  const invitation = lookup.data;
  return (
    <Page
      title={t('invitation.title')}
      lead={t('invitation.lead', {
        organisation: invitation.organisationName,
        role: t(`shell:roles.${invitation.role}`),
      })}
    >
      <dl className="summary-list">
        <dt>{t('fields.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>
          <DateTime value={invitation.expiresAt} />
        </dd>
      </dl>
      {invitation.accountExists ? (
        <AcceptExistingAccount token={token} invitation={invitation} />
      ) : (
        <CreateAccountForm token={token} />
      )}
    </Page>
  );
}
