import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n';
import { useSignedInSession } from '../../../web/session';
import { Alert } from '../../../web/ui/Alert';
import { QueryState } from '../../../web/ui/QueryState';
import type { StudyDetail } from '../studies.api';
import { AvailabilityForm } from './AvailabilityForm';
import { formatDate, weeklySummary } from './availabilityForm';
import { type AvailabilityEntry, useAvailability } from './fieldwork.api';
import { ScrollTable } from './ScrollTable';
import { SectionHeading } from './SectionHeading';

/** The other interviewers' hours, read-only: who offers what, when and how. */
function TeamAvailability({ entries }: { entries: AvailabilityEntry[] }) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  if (entries.length === 0) return <p className="fieldwork-note">{t('availability.noOthers')}</p>;
  return (
    <ScrollTable label={t('availability.othersCaption')}>
      <table className="table table--zebra">
        <caption className="sr-only">{t('availability.othersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('availability.interviewer')}</th>
            <th scope="col">{t('availability.period')}</th>
            <th scope="col">{t('availability.weeklyHeading')}</th>
            <th scope="col">{t('availability.slotMinutes')}</th>
            <th scope="col">{t('availability.mode')}</th>
            <th scope="col">{t('availability.exceptionsHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const a = entry.availability;
            const weekly = weeklySummary(a, language);
            return (
              <tr key={entry.userId}>
                <th scope="row">{entry.name}</th>
                <td>
                  {t('availability.periodValue', {
                    from: formatDate(a.fromDate, language),
                    to: formatDate(a.toDate, language),
                  })}
                </td>
                <td>
                  {weekly.length === 0 ? (
                    t('availability.noWeekly')
                  ) : (
                    <ul className="nobullet-list">
                      {weekly.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="fieldwork-nowrap">
                  {t('availability.slotValue', { slot: a.slotMinutes, buffer: a.bufferMinutes })}
                </td>
                <td>
                  {t(`modes.${entry.mode}`)}
                  {entry.location ? <span className="fieldwork-note">{entry.location}</span> : null}
                </td>
                <td>{t('availability.exceptionCount', { count: a.exceptions.length })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/**
 * Interviewers' availability: the caller edits their own (team members only; the server says so otherwise), and
 * sees the rest of the team's. Leaders are offered the free slots of all of them.
 */
export function AvailabilitySection({ study, headingId }: { study: StudyDetail; headingId: string }) {
  const { t } = useTranslation('fieldwork');
  const session = useSignedInSession();
  const availability = useAvailability(study.id);
  const me = session.user.id;
  const onTeam = study.team.some((member) => member.userId === me);
  const closed = study.status === 'closed';
  return (
    <section aria-labelledby={headingId} className="fieldwork-section">
      <SectionHeading id={headingId}>{t('sections.availability')}</SectionHeading>
      <p className="fieldwork-text">{t('availability.text')}</p>
      <QueryState query={availability}>
        {(entries) => (
          <>
            <h3>{t('availability.ownHeading')}</h3>
            {onTeam ? null : (
              <Alert variant="info" live={false}>
                <p>{t('availability.notOnTeam')}</p>
              </Alert>
            )}
            {closed ? (
              <Alert variant="info" live={false}>
                <p>{t('availability.closedStudy')}</p>
              </Alert>
            ) : null}
            <AvailabilityForm
              studyId={study.id}
              userId={me}
              own={entries.find((e) => e.userId === me)}
              disabled={closed}
            />
            <h3>{t('availability.othersHeading')}</h3>
            <TeamAvailability entries={entries.filter((e) => e.userId !== me)} />
          </>
        )}
      </QueryState>
    </section>
  );
}
