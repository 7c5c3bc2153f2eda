import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Accordion, AccordionItem } from '../../../web/ui/Accordion';
import { DateTime } from '../../../web/ui/DateTime';
import { Page } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { linkify } from './linkify';
import { mailKeys, type OutboxMessage } from './mail.api';

function Message({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation('outbox');
  return (
    <Page title={message.subject}>
      <dl className="summary-list">
        <dt>{t('to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('createdAt')}</dt>
        <dd>
          <DateTime value={message.createdAt} />
        </dd>
      </dl>
      <h2>{t('textVersion')}</h2>
      <pre className="mail-text">{linkify(message.text)}</pre>
      {message.html || message.attachments.length > 0 ? (
        <Accordion>
          {message.html ? (
            <AccordionItem title={t('htmlVersion')} headingLevel={2}>
              {/* Sandboxed without scripts: mail HTML is shown, never run. */}
              <iframe className="mail-html" title={t('htmlFrameTitle')} sandbox="" srcDoc={message.html} />
            </AccordionItem>
          ) : null}
          {message.attachments.length > 0 ? (
            <AccordionItem title={t('attachments', { count: message.attachments.length })} headingLevel={2}>
              <ul>
                {message.attachments.map((attachment) => (
                  <li key={attachment.filename}>
                    {attachment.filename} ({attachment.contentType})
                  </li>
                ))}
              </ul>
            </AccordionItem>
          ) : null}
        </Accordion>
      ) : null}
    </Page>
  );
}

export function OutboxMessagePage({ messageId }: { messageId: string }) {
  const { t } = useTranslation('outbox');
  const message = useQuery({
    queryKey: mailKeys.message(messageId),
    queryFn: () => api.get<OutboxMessage>(`/outbox/${messageId}`),
  });
  return (
    <>
      <p className="back-link-row">
        <Link to="/outbox" className="back-link">
          {t('back')}
        </Link>
      </p>
      <QueryState query={message}>{(data) => <Message message={data} />}</QueryState>
    </>
  );
}
