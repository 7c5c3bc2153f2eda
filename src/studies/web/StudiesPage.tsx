import './studies.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../web/session';
import { Alert } from '../../web/ui/Alert';
import { DateTime } from '../../web/ui/DateTime';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { NewStudyForm } from './NewStudyForm';
import { ParticipationBadge, StudyStatusBadge } from './StudyBadges';
import { type StudySummary, useStudies } from './studies.api';

function StudiesTable({ studies, caption }: { studies: StudySummary[]; caption: string }) {
  const { t } = useTranslation('studies');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.title')}</th>
            <th scope="col">{t('list.runner')}</th>
            <th scope="col">{t('list.relation')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col" className="study-number">
              {t('list.participants')}
            </th>
            <th scope="col">{t('list.created')}</th>
          </tr>
        </thead>
        <tbody>
          {studies.map((study) => (
            <tr key={study.id}>
              <th scope="row">
                <Link to="/studies/$studyId" params={{ studyId: study.id }}>
                  {study.title}
                </Link>
              </th>
              <td>{study.runnerName}</td>
              <td>
                {study.relation === 'runner' ? (
                  t('relation.runner')
                ) : (
                  <>
                    {t('relation.participant')} <ParticipationBadge status={study.participation} />
                  </>
                )}
              </td>
              <td>
                <StudyStatusBadge status={study.status} />
              </td>
              <td className="study-number">{study.participantCount}</td>
              <td>
                <DateTime value={study.createdAt} dateOnly />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The studies the organisation runs and those it is invited to or takes part in; admins and analysts start one. */
export function StudiesPage() {
  const { t } = useTranslation('studies');
  const session = useSignedInSession();
  const role = session.activeOrganisation?.role;
  const canRun = role === 'admin' || role === 'analyst';
  const studies = useStudies();
  return (
    <Page title={t('list.pageTitle')} lead={t('list.lead')}>
      <QueryState query={studies}>
        {(list) => {
          const runs = list.filter((s) => s.relation === 'runner');
          const takesPart = list.filter((s) => s.relation === 'participant');
          const waiting = takesPart.filter((s) => s.participation === 'invited');
          if (list.length === 0)
            return (
              <section aria-labelledby="study-empty-heading" className="study-empty">
                <h2 id="study-empty-heading">{t('list.emptyHeading')}</h2>
                <p>{t('list.emptyWhat')}</p>
                <p>{canRun ? t('list.emptyRunner') : t('list.emptyParticipant')}</p>
              </section>
            );
          return (
            <>
              {waiting.length > 0 ? (
                <Alert variant="info" heading={t('list.waitingHeading', { count: waiting.length })} live={false}>
                  <p>{t('list.waitingText')}</p>
                </Alert>
              ) : null}
              {runs.length > 0 ? <StudiesTable studies={runs} caption={t('list.runsCaption')} /> : null}
              {takesPart.length > 0 ? <StudiesTable studies={takesPart} caption={t('list.takesPartCaption')} /> : null}
            </>
          );
        }}
      </QueryState>
      {canRun ? <NewStudyForm /> : null}
    </Page>
  );
}
