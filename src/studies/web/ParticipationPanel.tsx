import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { ConfirmDialog } from '../../web/ui/Modal';
import { ParticipationBadge } from './StudyBadges';
import { type StudyDetail, type StudyOrganisation, studyKeys } from './studies.api';

/**
 * "Deltag i undersøgelsen": a participating organisation's admin or HR says yes or no, after reading what taking
 * part means. Declining hides the study from the organisation, so it asks first and then leaves the page.
 */
export function ParticipationPanel({
  study,
  own,
  onDeclined,
}: {
  study: StudyDetail;
  own: StudyOrganisation;
  onDeclined: () => void;
}) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [notice, setNotice] = useState('');
  const respond = useMutation({
    mutationFn: (accept: boolean) =>
      api.put<{ participation: 'accepted' | 'declined' }>(`/studies/${study.id}/participation`, { accept }),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: studyKeys.list });
      if (result.participation === 'declined') {
        client.removeQueries({ queryKey: studyKeys.detail(study.id) });
        onDeclined();
        return;
      }
      void client.invalidateQueries({ queryKey: studyKeys.detail(study.id) });
      setNotice(t('participationPanel.accepted'));
    },
  });
  const closed = study.status === 'closed';
  // Once its leaders are drawn, an organisation can no longer leave (the API refuses): no button that cannot work.
  const drawn = Object.values(study.participantsByStatus).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const canLeave = own.status !== 'accepted' || drawn === 0;
  return (
    <section aria-labelledby="study-participation-heading" className="study-participation">
      <h2 id="study-participation-heading">{t('participationPanel.heading', { name: own.name })}</h2>
      <p>
        {t('participationPanel.yourAnswer')} <ParticipationBadge status={own.status} />
      </p>
      <p>{t('participationPanel.invitedBy', { runner: study.runnerName })}</p>
      <h3>{t('participationPanel.meansHeading')}</h3>
      <ul>
        <li>{t('participationPanel.means1')}</li>
        <li>{t('participationPanel.means2')}</li>
        <li>{t('participationPanel.means3')}</li>
        <li>{t('participationPanel.means4')}</li>
      </ul>
      <p>
        {t('participationPanel.leadersText')}{' '}
        <Link to="/organisation/leaders">{t('participationPanel.leadersLink')}</Link>
      </p>
      <p role="status" className="study-live">
        {notice}
      </p>
      {respond.isError && !declining ? (
        <Alert variant="error" heading={t('participationPanel.failed')}>
          <p>{errorMessage(respond.error, t)}</p>
        </Alert>
      ) : null}
      {closed ? null : (
        <div className="button-row">
          {own.status !== 'accepted' ? (
            <button
              type="button"
              className="button button-primary"
              disabled={respond.isPending}
              onClick={() => {
                setNotice('');
                respond.mutate(true);
              }}
            >
              {t('participationPanel.accept')}
            </button>
          ) : null}
          {canLeave ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={respond.isPending}
              onClick={() => {
                respond.reset();
                setNotice('');
                setDeclining(true);
              }}
            >
              {t(own.status === 'accepted' ? 'participationPanel.withdraw' : 'participationPanel.decline')}
            </button>
          ) : null}
        </div>
      )}
      {declining ? (
        <ConfirmDialog
          title={t('participationPanel.declineTitle', { title: study.title })}
          confirmLabel={t(own.status === 'accepted' ? 'participationPanel.withdraw' : 'participationPanel.decline')}
          pending={respond.isPending}
          onConfirm={() => respond.mutate(false)}
          onCancel={() => setDeclining(false)}
          error={respond.isError ? <Alert variant="error">{errorMessage(respond.error, t)}</Alert> : undefined}
        >
          <p>{t('participationPanel.declineText', { runner: study.runnerName })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
