import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { QueryState } from '../../../web/ui/QueryState';
import { type StudyDetail, studyKeys } from '../studies.api';
import { awaitsOutcome, formatDay, formatTimeRange, groupByDay } from './agenda';
import { type AgendaEntry, fieldworkKeys, studyPath, useAgenda } from './fieldwork.api';
import { named } from './named';
import { ScrollTable } from './ScrollTable';
import { SectionHeading } from './SectionHeading';

type Outcome = 'done' | 'no_show';

const statusBadge: Record<string, string> = {
  booked: 'badge-info',
  done: 'badge-success',
  no_show: 'badge-warning',
};

const KNOWN_MODES = new Set(['place', 'video', 'phone']);
const KNOWN_STATUSES = new Set(['booked', 'done', 'no_show']);

/**
 * The interviews of the study in time order, by day in Danish time. Once a booked interview has started, the team
 * records whether it was held or the leader did not show up; the server's reason is shown when it refuses.
 */
export function AgendaSection({ study, headingId }: { study: StudyDetail; headingId: string }) {
  const { t } = useTranslation('fieldwork');
  const client = useQueryClient();
  const agenda = useAgenda(study.id);
  const language = currentLanguage();
  const [notice, setNotice] = useState('');
  const outcome = useMutation({
    mutationFn: ({ entry, outcome }: { entry: AgendaEntry; outcome: Outcome }) =>
      api.put<AgendaEntry[]>(`${studyPath(study.id)}/bookings/${encodeURIComponent(entry.id)}/outcome`, { outcome }),
    onSuccess: (entries, { entry, outcome }) => {
      client.setQueryData(fieldworkKeys.agenda(study.id), entries);
      setNotice(t(`agenda.recorded_${outcome}`, { pseudonym: entry.pseudonym }));
      void client.invalidateQueries({ queryKey: fieldworkKeys.rates(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.detail(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.participants(study.id) });
    },
  });
  const now = Date.now();
  return (
    <section aria-labelledby={headingId} className="fieldwork-section">
      <SectionHeading id={headingId}>{t('sections.agenda')}</SectionHeading>
      <p className="fieldwork-text">{t('agenda.text')}</p>
      <p role="status" className="fieldwork-live">
        {notice}
      </p>
      {outcome.isError ? (
        <Alert variant="error" heading={t('agenda.outcomeFailed')}>
          <p>{errorMessage(outcome.error, t)}</p>
        </Alert>
      ) : null}
      <QueryState query={agenda}>
        {(entries) => {
          if (entries.length === 0) return <p className="fieldwork-note">{t('agenda.empty')}</p>;
          return groupByDay(entries).map((day) => {
            const dayLabel = formatDay(day.date, language);
            return (
              <div key={day.date} className="fieldwork-agenda-day">
                <h3 className="h4">{dayLabel}</h3>
                <ScrollTable label={t('agenda.caption', { day: dayLabel })}>
                  <table className="table table--compact">
                    <caption className="sr-only">{t('agenda.caption', { day: dayLabel })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('agenda.time')}</th>
                        <th scope="col">{t('agenda.pseudonym')}</th>
                        <th scope="col">{t('agenda.organisation')}</th>
                        <th scope="col">{t('agenda.interviewer')}</th>
                        <th scope="col">{t('agenda.mode')}</th>
                        <th scope="col">{t('agenda.status')}</th>
                        <th scope="col">{t('shell:table.actions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {day.entries.map((entry) => (
                        <tr key={entry.id}>
                          <td className="fieldwork-nowrap">
                            <time dateTime={entry.startsAt}>
                              {formatTimeRange(entry.startsAt, entry.endsAt, language)}
                            </time>
                          </td>
                          <th scope="row" className="fieldwork-nowrap">
                            {entry.pseudonym}
                          </th>
                          <td>{entry.orgName}</td>
                          <td>{entry.interviewerName}</td>
                          <td>
                            {KNOWN_MODES.has(entry.mode) ? t(`modes.${entry.mode}`) : entry.mode}
                            {entry.location ? <span className="fieldwork-note">{entry.location}</span> : null}
                          </td>
                          <td>
                            <span className={`badge ${statusBadge[entry.status] ?? 'badge-info'}`}>
                              {KNOWN_STATUSES.has(entry.status) ? t(`bookingStatus.${entry.status}`) : entry.status}
                            </span>
                          </td>
                          <td className="table-actions-cell">
                            {awaitsOutcome(entry, now)
                              ? (['done', 'no_show'] as const).map((o) => (
                                  <button
                                    aria-label={named(t(`agenda.mark_${o}`), entry.pseudonym)}
                                    key={o}
                                    type="button"
                                    className="button button-secondary"
                                    disabled={outcome.isPending}
                                    onClick={() => {
                                      setNotice('');
                                      outcome.mutate({ entry, outcome: o });
                                    }}
                                  >
                                    {t(`agenda.mark_${o}`)}
                                  </button>
                                ))
                              : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              </div>
            );
          });
        }}
      </QueryState>
    </section>
  );
}
