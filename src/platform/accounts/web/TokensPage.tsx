import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { CopyButton } from '../../../web/ui/CopyButton';
import { DateTime } from '../../../web/ui/DateTime';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../../web/ui/errors';
import { SelectField, TextField } from '../../../web/ui/fields';
import { ConfirmDialog } from '../../../web/ui/Modal';
import { Page } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { type ApiToken, accountsKeys, type CreatedApiToken } from './accounts.api';

const EXPIRY_CHOICES = ['30', '90', '365', ''] as const;

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [expiresInDays, setExpiresInDays] = useState<(typeof EXPIRY_CHOICES)[number]>('90');
  const [clientError, setClientError] = useState<unknown>(null);
  const create = useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) => api.post<CreatedApiToken>('/tokens', input),
    onSuccess: (token) => {
      setName('');
      onCreated(token);
      void client.invalidateQueries({ queryKey: accountsKeys.tokens });
    },
  });
  const error = clientError ?? create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      name: name.trim() ? undefined : t('tokens.nameRequired'),
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) create.reset();
    if (invalid) return;
    create.mutate({ name: name.trim(), ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}) });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="tokens-create">
      <h2 id="tokens-create">{t('tokens.createHeading')}</h2>
      <ErrorSummary error={error} fields={{ name: 'token-name', expiresInDays: 'token-expiry' }} />
      <TextField
        id="token-name"
        label={t('tokens.name')}
        hint={t('tokens.nameHint')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(error, 'name')}
      />
      <SelectField
        id="token-expiry"
        label={t('tokens.expiry')}
        value={expiresInDays}
        onChange={(event) => setExpiresInDays(event.target.value as (typeof EXPIRY_CHOICES)[number])}
        error={fieldError(error, 'expiresInDays')}
      >
        {EXPIRY_CHOICES.map((days) => (
          <option key={days} value={days}>
            {days ? t('tokens.expiryDays', { count: Number(days) }) : t('tokens.noExpiry')}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('tokens.create')}
      </button>
    </form>
  );
}

/** The secret of a new token, shown this once with a copy button. */
function NewToken({ token }: { token: CreatedApiToken }) {
  const { t } = useTranslation('accounts');
  return (
    <Alert variant="success" heading={t('tokens.createdHeading', { name: token.name })}>
      <p>{t('tokens.createdText')}</p>
      <p>
        <span className="token-secret-label">{t('tokens.secretLabel')}</span>{' '}
        <code className="token-secret">{token.token}</code>
      </p>
      <CopyButton text={token.token} label={t('tokens.copy')} />
    </Alert>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation('accounts');
  if (tokens.length === 0) return <p>{t('tokens.empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{t('tokens.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.prefix')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.expires')}</th>
            <th scope="col">
              <span className="sr-only">{t('shell:table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>
                <DateTime value={token.createdAt} />
              </td>
              <td>
                <DateTime value={token.lastUsedAt} />
              </td>
              <td>{token.expiresAt ? <DateTime value={token.expiresAt} dateOnly /> : t('tokens.noExpiry')}</td>
              <td>
                <button type="button" className="button button-secondary" onClick={() => onRevoke(token)}>
                  {t('tokens.revoke')}
                  <span className="sr-only"> {token.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Personal API tokens for integrations and scripts, in the active organisation. */
export function TokensPage() {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const tokens = useQuery({ queryKey: accountsKeys.tokens, queryFn: () => api.get<ApiToken[]>('/tokens') });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/tokens/${id}`),
    onSuccess: () => {
      setRevoking(null);
      void client.invalidateQueries({ queryKey: accountsKeys.tokens });
    },
  });

  return (
    <Page title={t('tokens.title')} lead={t('tokens.lead')}>
      {created ? <NewToken token={created} /> : null}
      <h2>{t('tokens.listHeading')}</h2>
      <QueryState query={tokens}>
        {(list) => (
          <TokenTable
            tokens={list}
            onRevoke={(token) => {
              revoke.reset();
              setRevoking(token);
            }}
          />
        )}
      </QueryState>
      <CreateTokenForm onCreated={setCreated} />
      {revoking ? (
        <ConfirmDialog
          title={t('tokens.revokeTitle', { name: revoking.name })}
          confirmLabel={t('tokens.revoke')}
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id)}
          onCancel={() => setRevoking(null)}
          error={revoke.isError ? <Alert variant="error">{errorMessage(revoke.error, t)}</Alert> : undefined}
        >
          <p>{t('tokens.revokeText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
