import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { DateTime } from '../../../web/ui/DateTime';
import { errorMessage } from '../../../web/ui/errors';
import { TextField } from '../../../web/ui/fields';
import { Icon } from '../../../web/ui/Icon';
import { Page } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { mailKeys, type OutboxFilters, type OutboxSummary } from './mail.api';

function TestMail() {
  const { t } = useTranslation('outbox');
  const send = useMutation({ mutationFn: () => api.post('/mail/test') });
  return (
    <section aria-labelledby="outbox-test-heading">
      <h2 id="outbox-test-heading">{t('testHeading')}</h2>
      <p>{t('testText')}</p>
      <button type="button" className="button button-secondary" disabled={send.isPending} onClick={() => send.mutate()}>
        <Icon name="send" />
        {t('testSend')}
      </button>
      {send.isSuccess ? <Alert variant="success">{t('testSent')}</Alert> : null}
      {send.isError ? <Alert variant="error">{errorMessage(send.error, t)}</Alert> : null}
    </section>
  );
}

function Filters({ value, onApply }: { value: OutboxFilters; onApply: (filters: OutboxFilters) => void }) {
  const { t } = useTranslation('outbox');
  const [draft, setDraft] = useState(value);
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ to: draft.to.trim(), kind: draft.kind.trim() });
  }
  return (
    <form onSubmit={submit} className="filter-form" aria-label={t('filtersLabel')}>
      <div className="filter-grid">
        <TextField
          id="outbox-to"
          type="search"
          label={t('to')}
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <TextField
          id="outbox-kind"
          type="search"
          label={t('kind')}
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value })}
        />
      </div>
      <button type="submit" className="button button-primary">
        {t('search')}
      </button>
    </form>
  );
}

function MessageTable({ messages }: { messages: OutboxSummary[] }) {
  const { t } = useTranslation('outbox');
  if (messages.length === 0) return <p>{t('empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id}>
              <td>
                <Link to="/outbox/$messageId" params={{ messageId: message.id }}>
                  {message.subject}
                </Link>
              </td>
              <td>{message.to}</td>
              <td>{message.kind}</td>
              <td>
                <DateTime value={message.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Mail that was kept instead of sent (no SMTP server configured), for administrators to read. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const [filters, setFilters] = useState<OutboxFilters>({ to: '', kind: '' });
  const messages = useQuery({
    queryKey: mailKeys.list(filters),
    queryFn: () => api.get<{ messages: OutboxSummary[] }>('/outbox', { query: { ...filters } }),
  });
  return (
    <Page title={t('title')} lead={t('lead')}>
      <Filters
        value={filters}
        onApply={(next) => {
          // Searching again for the same thing should still show mail that arrived since.
          if (next.to === filters.to && next.kind === filters.kind) void messages.refetch();
          else setFilters(next);
        }}
      />
      <h2>{t('messagesHeading')}</h2>
      <QueryState query={messages}>{(data) => <MessageTable messages={data.messages} />}</QueryState>
      <TestMail />
    </Page>
  );
}
