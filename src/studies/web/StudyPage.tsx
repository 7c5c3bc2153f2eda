import './studies.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../web/session';
import { Alert } from '../../web/ui/Alert';
import { Page, useDocumentTitle } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { OrganisationsSection } from './OrganisationsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { ParticipationPanel } from './ParticipationPanel';
import { SamplingSection } from './SamplingSection';
import { SettingsSection } from './SettingsSection';
import { StatusBar } from './StatusBar';
import { StudyFacts } from './StudyFacts';
import { PARTICIPANT_STATUSES, type StudyDetail, useStudy } from './studies.api';
import { type NextStep, nextStep } from './studyText';
import { type TabDef, Tabs } from './Tabs';
import { TeamSection } from './TeamSection';

export const STUDY_TABS = ['overview', 'settings', 'organisations', 'team', 'sampling', 'participants'] as const;
export type StudyTab = (typeof STUDY_TABS)[number];

export function isStudyTab(value: unknown): value is StudyTab {
  return typeof value === 'string' && (STUDY_TABS as readonly string[]).includes(value);
}

/** Where the overview's "next step" sends the team. */
const stepTab: Partial<Record<NextStep, StudyTab>> = {
  inviteOrganisations: 'organisations',
  awaitAcceptance: 'organisations',
  drawSample: 'sampling',
  startRecruiting: 'participants',
};

function Overview({
  study,
  ownOrgId,
  onTab,
  onDeclined,
}: {
  study: StudyDetail;
  ownOrgId: string | null;
  onTab: (tab: StudyTab) => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation('studies');
  const step = nextStep(study, ownOrgId);
  const own = study.canManage ? undefined : study.organisations.find((o) => o.orgId === ownOrgId);
  const target = stepTab[step];
  const counts = PARTICIPANT_STATUSES.filter((s) => (study.participantsByStatus[s] ?? 0) > 0);
  const accepted = study.organisations.filter((o) => o.status === 'accepted').length;
  return (
    <>
      <h2>{t('overview.heading')}</h2>
      <Alert variant="info" heading={t('overview.nextStep')} live={false}>
        <p>{t(`nextStep.${step}`)}</p>
        {target ? (
          <button type="button" className="button button-secondary" onClick={() => onTab(target)}>
            {t('overview.goTo', { section: t(`tabs.${target}`) })}
          </button>
        ) : null}
      </Alert>
      {own ? <ParticipationPanel study={study} own={own} onDeclined={onDeclined} /> : null}
      {study.purpose ? <p className="study-pre">{study.purpose}</p> : null}
      <StudyFacts study={study} />
      {study.canManage ? <p>{t('overview.organisations', { count: study.organisations.length, accepted })}</p> : null}
      <h3>{t('overview.participantsHeading')}</h3>
      {counts.length === 0 ? (
        <p>{t('participants.none')}</p>
      ) : (
        <dl className="summary-list">
          {counts.map((s) => (
            <div key={s} className="study-contents">
              <dt>{t(`participantStatus.${s}`)}</dt>
              <dd>{study.participantsByStatus[s]}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function StudyView({
  study,
  tab,
  created,
  onTab,
  onDeclined,
}: {
  study: StudyDetail;
  tab: string | undefined;
  created: boolean;
  onTab: (tab: StudyTab) => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation('studies');
  const session = useSignedInSession();
  const ownOrgId = session.activeOrganisation?.id ?? null;
  const own = study.organisations.find((o) => o.orgId === ownOrgId);
  const ids: StudyTab[] = study.canManage
    ? [...STUDY_TABS]
    : own?.status === 'accepted'
      ? ['overview', 'participants']
      : ['overview'];
  const selected = isStudyTab(tab) && ids.includes(tab) ? tab : 'overview';
  const tabs: TabDef<StudyTab>[] = ids.map((id) => ({ id, label: t(`tabs.${id}`) }));
  const panel = (() => {
    switch (selected) {
      case 'settings':
        return <SettingsSection key={study.status} study={study} />;
      case 'organisations':
        return <OrganisationsSection study={study} />;
      case 'team':
        return <TeamSection key={study.team.map((m) => `${m.userId}:${m.role}`).join()} study={study} />;
      case 'sampling':
        return <SamplingSection study={study} />;
      case 'participants':
        return <ParticipantsSection study={study} />;
      default:
        return <Overview study={study} ownOrgId={ownOrgId} onTab={onTab} onDeclined={onDeclined} />;
    }
  })();
  return (
    <Page title={study.title} lead={t('study.lead', { runner: study.runnerName })}>
      {created ? <Alert variant="success">{t('study.created')}</Alert> : null}
      <StatusBar study={study} />
      {study.canManage ? (
        <p>
          <Link to="/studies/$studyId/fieldwork" params={{ studyId: study.id }} className="function-link">
            {t('study.fieldwork')}
          </Link>
        </p>
      ) : null}
      {study.canManage ? (
        <p>
          <Link to="/studies/$studyId/coding" params={{ studyId: study.id }} className="function-link">
            {t('coding:studyLink')}
          </Link>
        </p>
      ) : null}
      {study.canManage || own?.status === 'accepted' ? (
        <p>
          <Link to="/studies/$studyId/analysis" params={{ studyId: study.id }} className="function-link">
            {t('analysis:studyLink')}
          </Link>
        </p>
      ) : null}
      {tabs.length > 1 ? (
        <Tabs idPrefix="study" label={t('tabs.label')} tabs={tabs} selected={selected} onSelect={onTab}>
          {panel}
        </Tabs>
      ) : (
        <div className="study-single-panel">{panel}</div>
      )}
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('studies');
  useDocumentTitle(t('study.title'));
  return <h1 className="sr-only">{t('study.title')}</h1>;
}

/** One study: its status and the sections the reader may use (the team's, or a participating organisation's). */
export function StudyPage({
  studyId,
  tab,
  created = false,
  onTab,
  onDeclined,
}: {
  studyId: string;
  tab?: string;
  created?: boolean;
  onTab: (tab: StudyTab) => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation('studies');
  const study = useStudy(studyId);
  return (
    <>
      <p className="back-link-row">
        <Link to="/studies" className="back-link">
          {t('study.back')}
        </Link>
      </p>
      {study.isSuccess ? null : <LoadingTitle />}
      <QueryState query={study}>
        {(detail) => <StudyView study={detail} tab={tab} created={created} onTab={onTab} onDeclined={onDeclined} />}
      </QueryState>
    </>
  );
}
