import './fieldwork.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/ui/Alert';
import { Page, useDocumentTitle } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { type StudyDetail, useStudy } from '../studies.api';
import { AgendaSection } from './AgendaSection';
import { AvailabilitySection } from './AvailabilitySection';
import { GuideSection } from './GuideSection';
import { InvitationsSection } from './InvitationsSection';
import { ResponseRatesSection } from './ResponseRatesSection';
import { type NavSection, SectionNav } from './SectionNav';

export const FIELDWORK_SECTIONS = ['invitations', 'availability', 'agenda', 'guide', 'rates'] as const;
export type FieldworkSection = (typeof FIELDWORK_SECTIONS)[number];

/** The id of a section's heading: the in-page navigation's target. */
export const sectionHeadingId = (section: FieldworkSection) => `fieldwork-${section}-heading`;

function FieldworkView({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('fieldwork');
  const nav: NavSection[] = FIELDWORK_SECTIONS.map((section) => ({
    headingId: sectionHeadingId(section),
    label: t(`sections.${section}`),
  }));
  return (
    <Page title={t('page.title', { title: study.title })} lead={t('page.lead')}>
      <p>
        {t('page.status')} <strong>{t(`statusNames.${study.status}`)}</strong>
      </p>
      {study.canManage ? (
        <>
          <SectionNav sections={nav} />
          <InvitationsSection study={study} headingId={sectionHeadingId('invitations')} />
          <AvailabilitySection study={study} headingId={sectionHeadingId('availability')} />
          <AgendaSection study={study} headingId={sectionHeadingId('agenda')} />
          <GuideSection study={study} headingId={sectionHeadingId('guide')} />
          <ResponseRatesSection study={study} headingId={sectionHeadingId('rates')} />
        </>
      ) : (
        <Alert variant="info" live={false}>
          <p>{t('page.teamOnly')}</p>
        </Alert>
      )}
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('fieldwork');
  useDocumentTitle(t('page.loadingTitle'));
  return <h1 className="sr-only">{t('page.loadingTitle')}</h1>;
}

/**
 * The study team's fieldwork: invitations and reminders, the interviewers' hours, the agenda of interviews, the
 * interview guide and the live response rates, as sections of one page with a table of contents.
 */
export function FieldworkPage({ studyId }: { studyId: string }) {
  const { t } = useTranslation('fieldwork');
  const study = useStudy(studyId);
  return (
    <>
      <p className="back-link-row">
        <Link to="/studies/$studyId" params={{ studyId }} className="back-link">
          {t('page.back')}
        </Link>
      </p>
      {study.isSuccess ? null : <LoadingTitle />}
      <QueryState query={study}>{(detail) => <FieldworkView study={detail} />}</QueryState>
    </>
  );
}
