import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { StudyDetail } from './studies.api';

/** The study's settings as a read-only list (the overview, and the settings once they are locked). */
export function StudyFacts({ study, withPurpose = false }: { study: StudyDetail; withPurpose?: boolean }) {
  const { t } = useTranslation('studies');
  const split = [study.byArea ? t('facts.byArea') : null, study.byTenure ? t('facts.byTenure') : null].filter(Boolean);
  return (
    <dl className="summary-list study-facts">
      <dt>{t('facts.runner')}</dt>
      <dd>{study.runnerName}</dd>
      {withPurpose ? (
        <>
          <dt>{t('settings.purpose')}</dt>
          <dd className="study-pre">{study.purpose || t('facts.none')}</dd>
        </>
      ) : null}
      <dt>{t('facts.framework')}</dt>
      <dd>
        <Link
          to="/frameworks/$frameworkId"
          params={{ frameworkId: study.frameworkId }}
          search={{ version: study.frameworkVersionId }}
        >
          {t('facts.frameworkVersion', { title: study.frameworkTitle, number: study.frameworkVersionNumber })}
        </Link>
      </dd>
      <dt>{t('settings.answerMode')}</dt>
      <dd>{t(`answerMode.${study.answerMode}`)}</dd>
      <dt>{t('facts.retention')}</dt>
      <dd>{t('facts.months', { count: study.retentionMonths })}</dd>
      <dt>{t('facts.contact')}</dt>
      <dd>
        {study.contactName || t('facts.none')}
        {study.contactEmail ? (
          <>
            {', '}
            <a href={`mailto:${study.contactEmail}`}>{study.contactEmail}</a>
          </>
        ) : null}
      </dd>
      <dt>{t('settings.strata')}</dt>
      <dd>{split.length ? split.join(', ') : t('facts.byOrganisationOnly')}</dd>
    </dl>
  );
}
