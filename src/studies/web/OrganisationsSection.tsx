import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { DateTime } from '../../web/ui/DateTime';
import { errorMessage } from '../../web/ui/errors';
import { ConfirmDialog } from '../../web/ui/Modal';
import { OrganisationSearch } from './OrganisationSearch';
import { ParticipationBadge } from './StudyBadges';
import { type DirectoryEntry, type StudyDetail, type StudyOrganisation, studyKeys } from './studies.api';
import { canChange } from './studyText';

/** The organisations invited to take part, their answers, and (in draft) inviting and withdrawing invitations. */
export function OrganisationsSection({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const [notice, setNotice] = useState('');
  const [withdrawing, setWithdrawing] = useState<StudyOrganisation | null>(null);
  const open = study.canManage && canChange(study.status, 'organisations');
  const updated = (detail: StudyDetail) => {
    client.setQueryData(studyKeys.detail(study.id), detail);
    void client.invalidateQueries({ queryKey: studyKeys.sampling(study.id) });
  };
  const invite = useMutation({
    mutationFn: (organisation: DirectoryEntry) =>
      api.put<StudyDetail>(`/studies/${study.id}/organisations/${organisation.id}`),
    onSuccess: (detail, organisation) => {
      updated(detail);
      setNotice(t('organisations.invited', { name: organisation.name }));
    },
  });
  const withdraw = useMutation({
    mutationFn: (organisation: StudyOrganisation) =>
      api.delete<StudyDetail>(`/studies/${study.id}/organisations/${organisation.orgId}`),
    onSuccess: (detail, organisation) => {
      updated(detail);
      setWithdrawing(null);
      setNotice(t('organisations.withdrawn', { name: organisation.name }));
    },
  });
  const excluded = new Set(study.organisations.filter((o) => o.status !== 'declined').map((o) => o.orgId));
  return (
    <section aria-labelledby="study-orgs-heading">
      <h2 id="study-orgs-heading">{t('organisations.heading')}</h2>
      <p>{t('organisations.text')}</p>
      {!open ? (
        <Alert variant="info" live={false}>
          <p>{t('organisations.locked', { status: t(`status.${study.status}`) })}</p>
        </Alert>
      ) : null}
      <p role="status" className="study-live">
        {notice}
      </p>
      {study.organisations.length === 0 ? (
        <p>{t('organisations.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t('organisations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.kind')}</th>
                <th scope="col">{t('organisations.answer')}</th>
                <th scope="col">{t('organisations.answeredAt')}</th>
                {open ? <th scope="col">{t('shell:table.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {study.organisations.map((organisation) => (
                <tr key={organisation.orgId}>
                  <th scope="row">{organisation.name}</th>
                  <td>{t(`shell:organisationKinds.${organisation.kind}`)}</td>
                  <td>
                    <ParticipationBadge status={organisation.status} />
                  </td>
                  <td>{organisation.respondedAt ? <DateTime value={organisation.respondedAt} /> : '–'}</td>
                  {open ? (
                    <td className="table-actions-cell">
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('organisations.withdrawNamed', { name: organisation.name })}
                        onClick={() => {
                          withdraw.reset();
                          setNotice('');
                          setWithdrawing(organisation);
                        }}
                      >
                        {t('organisations.withdraw')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open ? (
        <OrganisationSearch
          // A fresh, empty search after each invitation.
          key={study.organisations.map((o) => `${o.orgId}:${o.status}`).join()}
          excluded={excluded}
          pending={invite.isPending}
          error={invite.error}
          onInvite={(organisation) => {
            setNotice('');
            invite.mutate(organisation);
          }}
        />
      ) : null}
      {withdrawing ? (
        <ConfirmDialog
          title={t('organisations.withdrawTitle', { name: withdrawing.name })}
          confirmLabel={t('organisations.withdrawConfirm')}
          pending={withdraw.isPending}
          onConfirm={() => withdraw.mutate(withdrawing)}
          onCancel={() => setWithdrawing(null)}
          error={withdraw.isError ? <Alert variant="error">{errorMessage(withdraw.error, t)}</Alert> : undefined}
        >
          <p>{t('organisations.withdrawText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
