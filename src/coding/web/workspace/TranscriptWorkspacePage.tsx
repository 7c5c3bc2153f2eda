import './workspace.css';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../web/format.js';
import { currentLanguage } from '../../../web/i18n.js';
import { Loading } from '../../../web/ui/Loading.js';
import { Page, useDocumentTitle } from '../../../web/ui/Page.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { Workspace } from './Workspace.js';
import { type TranscriptDetail, useCoders, useCodes, useTranscript } from './workspace.api.js';

function Facts({ transcript }: { transcript: TranscriptDetail }) {
  const { t } = useTranslation('codingWorkspace');
  const language = currentLanguage();
  const { organisation, area, role } = transcript.attributes;
  const parts = [
    transcript.pseudonym ? t('facts.pseudonym', { pseudonym: transcript.pseudonym }) : null,
    organisation,
    area,
    role,
    t('facts.size', {
      words: formatNumber(transcript.wordCount, language),
      turns: formatNumber(transcript.segmentCount, language),
    }),
  ].filter(Boolean);
  return (
    <p className="cw-facts">
      {transcript.demo ? <span className="cw-demo-badge">{t('facts.demo')}</span> : null}
      {parts.join(' · ')}
    </p>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('codingWorkspace');
  useDocumentTitle(t('page.loadingTitle'));
  return <h1 className="sr-only">{t('page.loadingTitle')}</h1>;
}

/**
 * "Kodning": one transcript to code. The page takes the full width of the window (the margin, the text and the
 * panels need it) while it is open.
 */
export function TranscriptWorkspacePage({
  studyId,
  transcriptId,
  focusAt,
  compare = false,
}: {
  studyId: string;
  transcriptId: string;
  /** A code point offset to open at (a retrieved passage or a search hit): its turn is shown and focused. */
  focusAt?: number;
  /** Open with the comparison of coders. */
  compare?: boolean;
}) {
  const { t } = useTranslation('codingWorkspace');
  const transcript = useTranscript(studyId, transcriptId);
  const codes = useCodes(studyId);
  const coders = useCoders(studyId);
  useEffect(() => {
    document.body.classList.add('cw-wide');
    return () => document.body.classList.remove('cw-wide');
  }, []);
  return (
    <>
      <p className="back-link-row">
        <Link to="/studies/$studyId/coding" params={{ studyId }} className="back-link">
          {t('page.back')}
        </Link>
      </p>
      {transcript.isSuccess ? null : <LoadingTitle />}
      <QueryState query={transcript}>
        {(detail) => (
          <Page title={t('page.title', { title: detail.title })}>
            <Facts transcript={detail} />
            {codes.isPending || coders.isPending ? (
              <Loading />
            ) : (
              <QueryState query={codes}>
                {(codeList) => (
                  <QueryState query={coders}>
                    {(coderList) => (
                      <Workspace
                        key={detail.id}
                        studyId={studyId}
                        transcript={detail}
                        codes={codeList}
                        coders={coderList}
                        focusAt={focusAt}
                        compare={compare}
                      />
                    )}
                  </QueryState>
                )}
              </QueryState>
            )}
          </Page>
        )}
      </QueryState>
    </>
  );
}
