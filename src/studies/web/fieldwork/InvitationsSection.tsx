import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { Icon } from '../../../web/ui/Icon';
import { ConfirmDialog } from '../../../web/ui/Modal';
import { allowedChanges } from '../../study-status.model';
import { type StudyDetail, studyKeys } from '../studies.api';
import { fieldworkKeys, type MailResult, studyPath } from './fieldwork.api';
import { SectionHeading } from './SectionHeading';

type MailKind = 'invitations' | 'reminders';

/**
 * Invitation and reminder mails, each after a confirmation. The result says how many went out and which
 * participants could not be mailed (no address in the org chart), with what to do about it.
 */
export function InvitationsSection({ study, headingId }: { study: StudyDetail; headingId: string }) {
  const { t } = useTranslation('fieldwork');
  const client = useQueryClient();
  const allowed = allowedChanges(study.status).includes('invitations');
  const [asking, setAsking] = useState<MailKind | null>(null);
  const [result, setResult] = useState<{ kind: MailKind; mail: MailResult } | null>(null);
  const send = useMutation({
    mutationFn: (kind: MailKind) => api.post<MailResult>(`${studyPath(study.id)}/${kind}`),
    onSuccess: (mail, kind) => {
      setResult({ kind, mail });
      setAsking(null);
      void client.invalidateQueries({ queryKey: studyKeys.detail(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.participants(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.list });
      void client.invalidateQueries({ queryKey: fieldworkKeys.rates(study.id) });
    },
  });
  const drawn = study.participantsByStatus.drawn ?? 0;
  const invited = study.participantsByStatus.invited ?? 0;
  const ask = (kind: MailKind) => {
    send.reset();
    setResult(null);
    setAsking(kind);
  };
  const lockedId = 'fieldwork-invitations-locked';
  return (
    <section aria-labelledby={headingId} className="fieldwork-section">
      <SectionHeading id={headingId}>{t('sections.invitations')}</SectionHeading>
      <p className="fieldwork-text">{t('invitations.text')}</p>
      <ul>
        <li>{t('invitations.waiting', { count: drawn })}</li>
        <li>{t('invitations.unanswered', { count: invited })}</li>
      </ul>
      {allowed ? null : (
        <p id={lockedId} className="fieldwork-locked">
          {t('invitations.locked', { status: t(`statusNames.${study.status}`) })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!allowed}
          aria-describedby={allowed ? undefined : lockedId}
          onClick={() => ask('invitations')}
        >
          <Icon name="send" />
          {t('invitations.send')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!allowed}
          aria-describedby={allowed ? undefined : lockedId}
          onClick={() => ask('reminders')}
        >
          {t('invitations.remind')}
        </button>
      </div>
      {result ? <MailResultView kind={result.kind} mail={result.mail} /> : null}
      {asking ? (
        <ConfirmDialog
          title={t(asking === 'invitations' ? 'invitations.sendTitle' : 'invitations.remindTitle')}
          confirmLabel={t(asking === 'invitations' ? 'invitations.send' : 'invitations.remind')}
          pending={send.isPending}
          onConfirm={() => send.mutate(asking)}
          onCancel={() => setAsking(null)}
          error={
            send.isError ? (
              <Alert variant="error" heading={t('invitations.failed')}>
                <p>{errorMessage(send.error, t)}</p>
              </Alert>
            ) : undefined
          }
        >
          <p>
            {asking === 'invitations'
              ? t('invitations.sendText', { count: drawn })
              : t('invitations.remindText', { count: invited })}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function MailResultView({ kind, mail }: { kind: MailKind; mail: MailResult }) {
  const { t } = useTranslation('fieldwork');
  return (
    <>
      <Alert variant="success">
        <p>
          {kind === 'invitations'
            ? t('invitations.sent', { count: mail.sent })
            : t('invitations.reminded', { count: mail.sent })}
        </p>
      </Alert>
      {mail.withoutEmail.length > 0 ? (
        <Alert variant="warning" heading={t('invitations.withoutEmailHeading', { count: mail.withoutEmail.length })}>
          <p>{t('invitations.withoutEmailText')}</p>
          <ul className="fieldwork-pseudonyms">
            {mail.withoutEmail.map((pseudonym) => (
              <li key={pseudonym}>{pseudonym}</li>
            ))}
          </ul>
          <p>{t('invitations.withoutEmailAdvice')}</p>
        </Alert>
      ) : null}
    </>
  );
}
