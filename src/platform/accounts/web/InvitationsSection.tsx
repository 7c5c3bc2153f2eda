import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { DateTime } from '../../../web/ui/DateTime';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../../web/ui/errors';
import { SelectField, TextField } from '../../../web/ui/fields';
import { ConfirmDialog } from '../../../web/ui/Modal';
import { QueryState } from '../../../web/ui/QueryState';
import { type Role, roles } from '../accounts.model';
import { accountsKeys, type PendingInvitation } from './accounts.api';

function InviteForm() {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('leader');
  const [clientError, setClientError] = useState<unknown>(null);
  const invite = useMutation({
    mutationFn: (input: { email: string; role: Role }) => api.post('/invitations', input),
    onSuccess: () => {
      setEmail('');
      void client.invalidateQueries({ queryKey: accountsKeys.invitations });
    },
  });
  const error = clientError ?? invite.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      email: email.trim() ? undefined : t('signIn.emailRequired'),
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) invite.reset();
    if (!invalid) invite.mutate({ email: email.trim(), role });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.inviteHeading')}</h2>
      <p>{t('members.inviteText')}</p>
      <ErrorSummary error={error} fields={{ email: 'invite-email', role: 'invite-role' }} />
      {invite.isSuccess ? (
        <Alert variant="success">{t('members.invited', { email: invite.variables.email })}</Alert>
      ) : null}
      <TextField
        id="invite-email"
        type="email"
        autoComplete="off"
        label={t('fields.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError(error, 'email')}
      />
      <SelectField
        id="invite-role"
        label={t('fields.role')}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        error={fieldError(error, 'role')}
      >
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`shell:roles.${value}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={invite.isPending}>
        {t('members.inviteSubmit')}
      </button>
    </form>
  );
}

function PendingInvitations() {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [revoking, setRevoking] = useState<PendingInvitation | null>(null);
  const invitations = useQuery({
    queryKey: accountsKeys.invitations,
    queryFn: () => api.get<PendingInvitation[]>('/invitations'),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/invitations/${id}`),
    onSuccess: () => {
      setRevoking(null);
      void client.invalidateQueries({ queryKey: accountsKeys.invitations });
    },
  });
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('members.pendingHeading')}</h2>
      <QueryState query={invitations}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('members.noPending')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <caption className="sr-only">{t('members.pendingHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.email')}</th>
                    <th scope="col">{t('fields.role')}</th>
                    <th scope="col">{t('members.invitedBy')}</th>
                    <th scope="col">{t('members.expires')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('shell:table.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((invitation) => (
                    <tr key={invitation.id}>
                      <td>{invitation.email}</td>
                      <td>{t(`shell:roles.${invitation.role}`)}</td>
                      <td>{invitation.invitedByName ?? '—'}</td>
                      <td>
                        <DateTime value={invitation.expiresAt} />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => {
                            revoke.reset();
                            setRevoking(invitation);
                          }}
                        >
                          {t('members.revoke')}
                          <span className="sr-only"> {invitation.email}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {revoking ? (
        <ConfirmDialog
          title={t('members.revokeTitle', { email: revoking.email })}
          confirmLabel={t('members.revoke')}
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id)}
          onCancel={() => setRevoking(null)}
          error={revoke.isError ? <Alert variant="error">{errorMessage(revoke.error, t)}</Alert> : undefined}
        >
          <p>{t('members.revokeText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

export function InvitationsSection() {
  return (
    <>
      <PendingInvitations />
      <InviteForm />
    </>
  );
}
