import './frameworks.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { Icon } from '../../web/ui/Icon';
import { ConfirmDialog } from '../../web/ui/Modal';
import { Page, useDocumentTitle } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { DiffView } from './DiffView';
import { DraftEditor } from './DraftEditor';
import { OwnerText, pickText, VersionStatusBadge } from './FrameworkBits';
import {
  caseExportUrl,
  type FrameworkDetail,
  frameworkKeys,
  moodleExportUrl,
  useFramework,
  useVersion,
  type VersionDetail,
} from './frameworks.api';
import { PublishDialog } from './PublishDialog';
import { VersionBrowser } from './VersionBrowser';
import { VersionsTable } from './VersionsTable';

/** The version shown when the address names none: the draft for its editors, else the latest published. */
export function defaultVersionId(detail: FrameworkDetail): string | null {
  if (detail.canEdit && detail.draft) return detail.draft.id;
  return detail.latestPublished?.id ?? detail.draft?.id ?? detail.versions[0]?.id ?? null;
}

function VersionActions({
  detail,
  version,
  language,
  onShowVersion,
  onNotice,
}: {
  detail: FrameworkDetail;
  version: VersionDetail;
  language: string;
  onShowVersion: (versionId: string | null) => void;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation('frameworks');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [publishing, setPublishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: frameworkKeys.detail(detail.id) });
    void client.invalidateQueries({ queryKey: frameworkKeys.list });
  };
  const newDraft = useMutation({
    mutationFn: () => api.post<VersionDetail>(`/frameworks/${detail.id}/draft`),
    onSuccess: (draft) => {
      client.setQueryData(frameworkKeys.version(draft.id), draft);
      refresh();
      onNotice(t('actions.draftCreated', { number: draft.number }));
      onShowVersion(draft.id);
    },
    onError: async (error) => {
      // Someone made a draft in the meantime: show that one.
      if (error instanceof ApiError && error.code === 'draft_exists') {
        const fresh = await client.fetchQuery({
          queryKey: frameworkKeys.detail(detail.id),
          queryFn: () => api.get<FrameworkDetail>(`/frameworks/${detail.id}`),
        });
        if (fresh.draft) onShowVersion(fresh.draft.id);
      }
    },
  });
  const discard = useMutation({
    mutationFn: () => api.delete(`/framework-versions/${version.id}`),
    onSuccess: () => {
      setDiscarding(false);
      client.removeQueries({ queryKey: frameworkKeys.version(version.id) });
      // A framework that was never published goes with its only draft.
      if (!detail.latestPublished) {
        void client.invalidateQueries({ queryKey: frameworkKeys.list });
        void navigate({ to: '/frameworks' });
        return;
      }
      refresh();
      onNotice(t('actions.discarded', { number: version.number }));
      onShowVersion(detail.latestPublished.id);
    },
  });
  const isDraft = version.status === 'draft';
  const canEdit = detail.canEdit && version.canEdit;
  return (
    <div className="fw-actions">
      <div className="button-row">
        {isDraft && canEdit ? (
          <>
            <button type="button" className="button button-primary" onClick={() => setPublishing(true)}>
              {t('actions.publish')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                discard.reset();
                setDiscarding(true);
              }}
            >
              {t('actions.discard')}
            </button>
          </>
        ) : null}
        {detail.canEdit && !detail.draft && detail.latestPublished ? (
          <button
            type="button"
            className="button button-primary"
            disabled={newDraft.isPending}
            onClick={() => newDraft.mutate()}
          >
            {t('actions.newDraft')}
          </button>
        ) : null}
        {detail.canEdit && detail.draft && detail.draft.id !== version.id ? (
          <Link
            to="/frameworks/$frameworkId"
            params={{ frameworkId: detail.id }}
            search={{ version: detail.draft.id }}
            className="button button-secondary"
          >
            {t('actions.openDraft', { number: detail.draft.number })}
          </Link>
        ) : null}
      </div>
      {newDraft.isError && !(newDraft.error instanceof ApiError && newDraft.error.code === 'draft_exists') ? (
        <Alert variant="error" heading={t('actions.draftFailed')}>
          <p>{errorMessage(newDraft.error, t)}</p>
        </Alert>
      ) : null}
      <div className="fw-exports">
        <span className="fw-exports-label" id="fw-exports-label">
          {t('exports.label', { number: version.number })}
        </span>
        <ul className="fw-plain-list fw-inline-list" aria-labelledby="fw-exports-label">
          <li>
            <a className="button button-secondary" href={caseExportUrl(detail.id, version.id)} download>
              <Icon name="download" />
              {t('exports.case')}
            </a>
          </li>
          <li>
            <a className="button button-secondary" href={moodleExportUrl(detail.id, version.id)} download>
              <Icon name="download" />
              {t('exports.moodle')}
            </a>
          </li>
        </ul>
      </div>
      {publishing ? (
        <PublishDialog
          version={version}
          language={language}
          onClose={() => setPublishing(false)}
          onPublished={(published) => {
            setPublishing(false);
            onNotice(t('actions.published', { number: published.number }));
          }}
        />
      ) : null}
      {discarding ? (
        <ConfirmDialog
          title={t('actions.discardTitle', { number: version.number })}
          confirmLabel={t('actions.discardConfirm')}
          pending={discard.isPending}
          onConfirm={() => discard.mutate()}
          onCancel={() => setDiscarding(false)}
          error={discard.isError ? <Alert variant="error">{errorMessage(discard.error, t)}</Alert> : undefined}
        >
          <p>{t(detail.latestPublished ? 'actions.discardText' : 'actions.discardTextAll')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function ShownVersion({
  detail,
  versionId,
  language,
  onShowVersion,
  onNotice,
}: {
  detail: FrameworkDetail;
  versionId: string;
  language: string;
  onShowVersion: (versionId: string | null) => void;
  onNotice: (notice: string) => void;
}) {
  const version = useVersion(versionId);
  return (
    <QueryState query={version}>
      {(data) => (
        <>
          <VersionActions
            detail={detail}
            version={data}
            language={language}
            onShowVersion={onShowVersion}
            onNotice={onNotice}
          />
          {data.status === 'draft' && data.canEdit && detail.canEdit ? (
            <DraftEditor key={data.id} version={data} language={language} />
          ) : (
            <VersionBrowser key={data.id} version={data} language={language} />
          )}
        </>
      )}
    </QueryState>
  );
}

function FrameworkView({
  detail,
  versionId,
  onShowVersion,
}: {
  detail: FrameworkDetail;
  versionId: string | undefined;
  onShowVersion: (versionId: string | null) => void;
}) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const [notice, setNotice] = useState('');
  const known = versionId && detail.versions.some((v) => v.id === versionId) ? versionId : null;
  const shownId = known ?? defaultVersionId(detail);
  const shown = detail.versions.find((v) => v.id === shownId);
  const description = pickText(language, detail.descriptionDa, detail.descriptionEn);
  return (
    <Page title={pickText(language, detail.titleDa, detail.titleEn)}>
      <dl className="fw-facts">
        <dt>{t('framework.owner')}</dt>
        <dd>
          <OwnerText scope={detail.scope} ownerName={detail.ownerName} />
        </dd>
        {shown ? (
          <>
            <dt>{t('framework.shownVersion')}</dt>
            <dd>
              {t('versions.name', { number: shown.number })} <VersionStatusBadge status={shown.status} />
            </dd>
          </>
        ) : null}
      </dl>
      {description ? <p className="fw-pre">{description}</p> : null}
      {!detail.canEdit ? <p className="fw-muted">{t('framework.readOnly')}</p> : null}
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {versionId && !known ? (
        <Alert variant="warning">
          <p>{t('framework.unknownVersion')}</p>
        </Alert>
      ) : null}
      {shownId ? (
        <ShownVersion
          detail={detail}
          versionId={shownId}
          language={language}
          onShowVersion={onShowVersion}
          onNotice={setNotice}
        />
      ) : (
        <p>{t('framework.noVersions')}</p>
      )}
      <VersionsTable frameworkId={detail.id} versions={detail.versions} shownId={shownId} />
      <DiffView key={detail.versions.map((v) => v.id).join()} versions={detail.versions} language={language} />
      <p className="fw-section">
        <Link to="/role-profiles" search={{ frameworkId: detail.id }}>
          {t('framework.profilesLink')}
        </Link>
      </p>
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('frameworks');
  useDocumentTitle(t('framework.title'));
  return <h1 className="sr-only">{t('framework.title')}</h1>;
}

/** One framework: its versions, the shown version as a tree (or the editor, for a draft), the diff and exports. */
export function FrameworkPage({
  frameworkId,
  versionId,
  onShowVersion,
}: {
  frameworkId: string;
  versionId?: string;
  onShowVersion: (versionId: string | null) => void;
}) {
  const { t } = useTranslation('frameworks');
  const framework = useFramework(frameworkId);
  return (
    <>
      <p className="back-link-row">
        <Link to="/frameworks" className="back-link">
          {t('framework.back')}
        </Link>
      </p>
      {framework.isSuccess ? null : <LoadingTitle />}
      <QueryState query={framework}>
        {(detail) => <FrameworkView detail={detail} versionId={versionId} onShowVersion={onShowVersion} />}
      </QueryState>
    </>
  );
}
