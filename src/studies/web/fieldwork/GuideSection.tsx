import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersion } from '../../../frameworks/web/frameworks.api';
import { Alert } from '../../../web/ui/Alert';
import { QueryState } from '../../../web/ui/QueryState';
import { allowedChanges } from '../../study-status.model';
import type { StudyDetail } from '../studies.api';
import { type GuideView, guideHtmlUrl, guidePdfUrl, useGuide } from './fieldwork.api';
import { GuideEditor } from './GuideEditor';
import { competencyIndex } from './guideDraft';
import { SectionHeading } from './SectionHeading';

/** The saved guide's issues: warnings (e.g. a competency no question covers) and, should a stored guide have any, errors. */
function GuideIssues({ view }: { view: GuideView }) {
  const { t } = useTranslation('fieldwork');
  const warnings = view.issues.filter((i) => i.severity === 'warning');
  const errors = view.issues.filter((i) => i.severity === 'error');
  return (
    <>
      {errors.length > 0 ? (
        <Alert variant="error" heading={t('guide.errorsHeading', { count: errors.length })} live={false}>
          <ul>
            {errors.map((issue) => (
              <li key={`${issue.path}:${issue.code}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert variant="warning" heading={t('guide.warningsHeading', { count: warnings.length })} live={false}>
          <p>{t('guide.warningsText')}</p>
          <ul>
            {warnings.map((issue) => (
              <li key={`${issue.path}:${issue.code}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}

/** Links to the printable guide (new tab) and its PDF, in Danish and English. */
function PrintLinks({ studyId }: { studyId: string }) {
  const { t } = useTranslation('fieldwork');
  return (
    <ul className="nobullet-list fieldwork-print">
      <li>
        <a href={guideHtmlUrl(studyId, 'da')} target="_blank" rel="noopener">
          {t('guide.print')}
          <span className="sr-only">{` ${t('guide.newTab')}`}</span>
        </a>
      </li>
      <li>
        <a href={guideHtmlUrl(studyId, 'en')} target="_blank" rel="noopener" hrefLang="en">
          {t('guide.printEnglish')}
          <span className="sr-only">{` ${t('guide.newTab')}`}</span>
        </a>
      </li>
      <li>
        <a href={guidePdfUrl(studyId, 'da')} download>
          {t('guide.pdf')}
        </a>
      </li>
    </ul>
  );
}

/**
 * The interview guide: the framework's default until the team edits it, each question tied to competencies of the
 * pinned framework version (named from that version), editable while the study's status allows it.
 */
export function GuideSection({ study, headingId }: { study: StudyDetail; headingId: string }) {
  const { t } = useTranslation('fieldwork');
  const guide = useGuide(study.id);
  const version = useVersion(study.frameworkVersionId);
  const editable = allowedChanges(study.status).includes('interview_guide');
  const competencies = useMemo(() => competencyIndex(version.data?.content.items ?? []), [version.data]);
  return (
    <section aria-labelledby={headingId} className="fieldwork-section">
      <SectionHeading id={headingId}>{t('sections.guide')}</SectionHeading>
      <p className="fieldwork-text">{t('guide.text')}</p>
      <PrintLinks studyId={study.id} />
      <p className="fieldwork-note">{t('guide.printNote')}</p>
      {editable ? null : (
        <p className="fieldwork-locked">{t('guide.locked', { status: t(`statusNames.${study.status}`) })}</p>
      )}
      {version.isError ? (
        <Alert variant="warning" live={false}>
          <p>{t('guide.frameworkFailed')}</p>
        </Alert>
      ) : null}
      <QueryState query={guide}>
        {(view) => (
          <>
            <p>{t(view.isDefault ? 'guide.isDefault' : 'guide.isEdited')}</p>
            <GuideIssues view={view} />
            <GuideEditor studyId={study.id} view={view} editable={editable} competencies={competencies} />
          </>
        )}
      </QueryState>
    </section>
  );
}
