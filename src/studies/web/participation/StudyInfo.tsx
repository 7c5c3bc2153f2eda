import { useTranslation } from 'react-i18next';
import type { ParticipationView } from './participation.api';

/**
 * What the leader must know before consenting: who runs the study, what is collected, why, how long it is kept,
 * and whom to ask. Headings are one level below `headingLevel`'s parent.
 */
export function StudyInfo({ study, headingLevel = 2 }: { study: ParticipationView['study']; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('participation');
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const contact = study.contactName || study.contactEmail;
  return (
    <div className="participation-info">
      <Heading>{t('info.who')}</Heading>
      <p>{t('info.whoText', { runner: study.runnerName })}</p>

      <Heading>{t('info.why')}</Heading>
      {study.purpose ? <p className="participation-purpose">{study.purpose}</p> : null}
      <p>{t('info.whyText')}</p>

      <Heading>{t('info.what')}</Heading>
      <ul>
        <li>{t('info.whatInterview')}</li>
        <li>{t('info.whatSurvey')}</li>
      </ul>
      <p>{study.answerMode === 'anonymous' ? t('info.anonymous') : t('info.identified')}</p>

      <Heading>{t('info.howLong')}</Heading>
      <p>{t('info.howLongText', { count: study.retentionMonths })}</p>
      <p>{t('info.voluntary')}</p>

      {contact ? (
        <>
          <Heading>{t('info.contact')}</Heading>
          <p>
            {study.contactName ? <>{study.contactName}, </> : null}
            {study.contactEmail ? <a href={`mailto:${study.contactEmail}`}>{study.contactEmail}</a> : null}
          </p>
        </>
      ) : null}
    </div>
  );
}
