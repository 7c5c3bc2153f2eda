import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { DateTime } from '../../web/ui/DateTime';
import { errorMessage } from '../../web/ui/errors';
import { ConfidenceText, LeaderStatusBadge } from './LeaderBadges';
import type { PersonDetail } from './organisations.api';
import { formatCount } from './problemText';
import { reasonTexts } from './reasonText';
import { type DecisionChoice, useLeaderDecision } from './useLeaderDecision';

/** The detection's verdict on this person with its reasons, and HR's decision on it. */
export function PersonLeader({ person }: { person: PersonDetail }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const [announcement, setAnnouncement] = useState('');
  const decide = useLeaderDecision((_result, decision) =>
    setAnnouncement(t(`person.decided.${decision ?? 'reset'}`, { name: person.name })),
  );
  const leader = person.leader;
  const suggested = leader?.suggestion === 'first_line';
  const status = leader?.decision ?? (suggested ? 'suggested' : null);
  const reasons = reasonTexts(leader?.reasons, t);
  const run = (decision: DecisionChoice) => {
    setAnnouncement('');
    decide.mutate({ personIds: [person.id], decision });
  };
  return (
    <section aria-labelledby="person-leader-heading" className="org-section">
      <h2 id="person-leader-heading">{t('person.leaderHeading')}</h2>
      <dl className="summary-list">
        <dt>{t('columns.status')}</dt>
        <dd>
          <LeaderStatusBadge status={status} />
        </dd>
        {suggested ? (
          <>
            <dt>{t('columns.confidence')}</dt>
            <dd>
              <ConfidenceText confidence={leader?.confidence ?? null} />
            </dd>
          </>
        ) : null}
        {leader?.decidedAt ? (
          <>
            <dt>{t('person.decidedAt')}</dt>
            <dd>
              <DateTime value={leader.decidedAt} />
            </dd>
          </>
        ) : null}
        {leader?.leaderSince ? (
          <>
            <dt>{t('person.leaderSince')}</dt>
            <dd>
              <DateTime value={leader.leaderSince} dateOnly />
              {leader.tenureYears !== null && leader.tenureYears !== undefined
                ? ` (${t('people.tenureYears', { count: leader.tenureYears, formatted: formatCount(leader.tenureYears, language) })})`
                : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {reasons.length > 0 ? (
        <>
          <h3>{t('person.reasonsHeading')}</h3>
          <ul>
            {reasons.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('person.notSuggested')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={decide.isPending}
          onClick={() => run('confirmed')}
        >
          {t('person.confirm')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={decide.isPending}
          onClick={() => run('rejected')}
        >
          {t('person.reject')}
        </button>
        {leader?.decision ? (
          <button
            type="button"
            className="button button-tertiary"
            disabled={decide.isPending}
            onClick={() => run(null)}
          >
            {t('person.reset')}
          </button>
        ) : null}
      </div>
      <p role="status" className="org-live">
        {announcement}
      </p>
      {decide.isError ? <Alert variant="error">{errorMessage(decide.error, t)}</Alert> : null}
    </section>
  );
}
