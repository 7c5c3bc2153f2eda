import './coding.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { assertChange } from '../../../studies/study-status.model.js';
import { type StudyDetail, useStudy } from '../../../studies/web/studies.api.js';
import { type TabDef, Tabs } from '../../../studies/web/Tabs.js';
import { Alert } from '../../../web/ui/Alert.js';
import { Page, useDocumentTitle } from '../../../web/ui/Page.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { AgreementTab } from './AgreementTab.js';
import type { CodingStudy } from './bits.js';
import { CodebookTab } from './CodebookTab.js';
import { ExchangeTab } from './ExchangeTab.js';
import { RetrievalTab } from './RetrievalTab.js';
import { SearchTab } from './SearchTab.js';
import { SuggestionsTab } from './SuggestionsTab.js';
import { TranscriptsTab } from './TranscriptsTab.js';

export const CODING_TABS = [
  'transcripts',
  'codebook',
  'retrieval',
  'agreement',
  'search',
  'suggestions',
  'exchange',
] as const;
export type CodingTab = (typeof CODING_TABS)[number];

export function isCodingTab(value: unknown): value is CodingTab {
  return typeof value === 'string' && (CODING_TABS as readonly string[]).includes(value);
}

/** Where a tab switch may carry the reader (a code to retrieve). */
export interface TabTarget {
  code?: string;
}

function CodingView({
  study,
  tab,
  code,
  onTab,
}: {
  study: StudyDetail;
  tab: string | undefined;
  code: string | undefined;
  onTab: (tab: CodingTab, target?: TabTarget) => void;
}) {
  const { t } = useTranslation('coding');
  const title = t('page.title', { title: study.title });
  if (!study.canManage)
    return (
      <Page title={title}>
        <Alert variant="info" live={false}>
          <p>{t('page.teamOnly')}</p>
        </Alert>
      </Page>
    );
  const context: CodingStudy = {
    id: study.id,
    title: study.title,
    canWrite: assertChange(study.status, 'coding') === null,
  };
  const selected: CodingTab = isCodingTab(tab) ? tab : 'transcripts';
  const tabs: TabDef<CodingTab>[] = CODING_TABS.map((id) => ({ id, label: t(`tabs.${id}`) }));
  const panel = (() => {
    switch (selected) {
      case 'codebook':
        return <CodebookTab study={context} onRetrieve={(codeId) => onTab('retrieval', { code: codeId })} />;
      case 'retrieval':
        return <RetrievalTab study={context} codeId={code} onCode={(codeId) => onTab('retrieval', { code: codeId })} />;
      case 'agreement':
        return <AgreementTab study={context} onSuggestions={() => onTab('suggestions')} />;
      case 'search':
        return <SearchTab study={context} />;
      case 'suggestions':
        return <SuggestionsTab study={context} />;
      case 'exchange':
        return <ExchangeTab study={context} />;
      default:
        return <TranscriptsTab study={context} />;
    }
  })();
  return (
    <Page title={title} lead={t('page.lead')}>
      {context.canWrite ? null : (
        <Alert variant="info" live={false}>
          <p>{t('page.readOnly', { status: t(`studies:status.${study.status}`) })}</p>
        </Alert>
      )}
      <Tabs idPrefix="coding" label={t('tabs.label')} tabs={tabs} selected={selected} onSelect={(id) => onTab(id)}>
        {panel}
      </Tabs>
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('coding');
  useDocumentTitle(t('page.loadingTitle'));
  return <h1 className="sr-only">{t('page.loadingTitle')}</h1>;
}

/**
 * A study's interview analysis for its team: transcripts and their upload with a pseudonymisation review, the
 * codebook, retrieval and co-occurrence, agreement between coders, search, machine suggestions and REFI-QDA exchange,
 * as keyboard-operable tabs. The per-transcript coding workspace is a page of its own, linked from here.
 */
export function CodingPage({
  studyId,
  tab,
  code,
  onTab,
}: {
  studyId: string;
  tab?: string;
  code?: string;
  onTab: (tab: CodingTab, target?: TabTarget) => void;
}) {
  const { t } = useTranslation('coding');
  const study = useStudy(studyId);
  return (
    <>
      <p className="back-link-row">
        <Link to="/studies/$studyId" params={{ studyId }} className="back-link">
          {t('page.back')}
        </Link>
      </p>
      {study.isSuccess ? null : <LoadingTitle />}
      <QueryState query={study}>
        {(detail) => <CodingView study={detail} tab={tab} code={code} onTab={onTab} />}
      </QueryState>
    </>
  );
}
