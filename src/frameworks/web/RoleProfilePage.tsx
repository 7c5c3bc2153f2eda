import './frameworks.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../web/ui/errors';
import { TextField } from '../../web/ui/fields';
import { ConfirmDialog } from '../../web/ui/Modal';
import { Page, useDocumentTitle } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { OwnerText, pickText } from './FrameworkBits';
import { frameworkKeys, type RoleProfileDetail, useFramework, useRoleProfile } from './frameworks.api';
import { ProfileChart } from './ProfileChart';
import { draftsFromTargets, profileGroups, type TargetDraft, targetsFromDrafts } from './profileRows';
import { TargetsTable } from './TargetsTable';

function UpgradeButton({
  profile,
  onUpgraded,
}: {
  profile: RoleProfileDetail;
  onUpgraded: (result: { number: number; dropped: string[] }) => void;
}) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const client = useQueryClient();
  const framework = useFramework(profile.frameworkId);
  const [confirming, setConfirming] = useState(false);
  const latest = framework.data?.latestPublished;
  const upgrade = useMutation({
    mutationFn: (versionId: string) =>
      api.post<RoleProfileDetail & { dropped: string[] }>(`/role-profiles/${profile.id}/upgrade`, { versionId }),
    onSuccess: (result) => {
      // Dropped targets' competencies are gone from the new version: name them from the old one.
      const titles = result.dropped.map((id) => {
        const c = profile.competencies.find((x) => x.identifier === id);
        return c ? `${c.code ? `${c.code} ` : ''}${pickText(language, c.titleDa, c.titleEn)}` : id;
      });
      setConfirming(false);
      const { dropped: _dropped, ...detail } = result;
      client.setQueryData(frameworkKeys.profile(profile.id), detail);
      void client.invalidateQueries({ queryKey: ['frameworks', 'role-profiles'] });
      onUpgraded({ number: result.versionNumber, dropped: titles });
    },
  });
  if (!profile.canEdit || !latest || latest.id === profile.versionId || latest.number <= profile.versionNumber)
    return null;
  return (
    <>
      <Alert variant="info" live={false}>
        <p>{t('profile.newerVersion', { number: latest.number, current: profile.versionNumber })}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            upgrade.reset();
            setConfirming(true);
          }}
        >
          {t('profile.upgrade', { number: latest.number })}
        </button>
      </Alert>
      {confirming ? (
        <ConfirmDialog
          title={t('profile.upgradeTitle', { number: latest.number })}
          confirmLabel={t('profile.upgradeConfirm')}
          pending={upgrade.isPending}
          onConfirm={() => upgrade.mutate(latest.id)}
          onCancel={() => setConfirming(false)}
          error={upgrade.isError ? <Alert variant="error">{errorMessage(upgrade.error, t)}</Alert> : undefined}
        >
          <p>{t('profile.upgradeText')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

const FIELDS = { nameDa: 'rp-name-da', nameEn: 'rp-name-en', area: 'rp-area' };

function ProfileView({
  profile,
  upgraded,
  onUpgraded,
  onDeleted,
}: {
  profile: RoleProfileDetail;
  upgraded: { number: number; dropped: string[] } | null;
  onUpgraded: (result: { number: number; dropped: string[] }) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const client = useQueryClient();
  const framework = useFramework(profile.frameworkId);
  const [drafts, setDrafts] = useState(() => draftsFromTargets(profile.competencies, profile.targets));
  const [names, setNames] = useState({ nameDa: profile.nameDa, nameEn: profile.nameEn, area: profile.area ?? '' });
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const groups = useMemo(
    () => profileGroups(profile.competencies, drafts, profile.scale, language),
    [profile.competencies, drafts, profile.scale, language],
  );
  const rows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const save = useMutation({
    mutationFn: () =>
      api.patch<RoleProfileDetail>(`/role-profiles/${profile.id}`, {
        nameDa: names.nameDa.trim(),
        nameEn: names.nameEn.trim(),
        area: names.area.trim() || null,
        targets: targetsFromDrafts(profile.competencies, drafts),
      }),
    onSuccess: (next) => {
      client.setQueryData(frameworkKeys.profile(profile.id), next);
      void client.invalidateQueries({ queryKey: ['frameworks', 'role-profiles'] });
      setSaved(true);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/role-profiles/${profile.id}`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['frameworks', 'role-profiles'] });
      onDeleted();
    },
  });
  const change = (identifier: string, next: Partial<TargetDraft>) => {
    setSaved(false);
    setDrafts((current) => {
      const copy = new Map(current);
      const before = copy.get(identifier) ?? { level: null, rationaleDa: '', rationaleEn: '' };
      copy.set(identifier, { ...before, ...next });
      return copy;
    });
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('profiles.invalid'), {
      nameDa: names.nameDa.trim() ? undefined : t('profiles.nameRequired'),
    });
    setClientError(invalid);
    if (!invalid) save.mutate();
  }
  const error = clientError ?? save.error;
  const name = pickText(language, profile.nameDa, profile.nameEn);
  const frameworkTitle = framework.data ? pickText(language, framework.data.titleDa, framework.data.titleEn) : '';
  const description = pickText(language, profile.descriptionDa, profile.descriptionEn);
  const targetCount = rows.filter((r) => r.level !== null).length;

  return (
    <Page title={name}>
      <dl className="fw-facts">
        <dt>{t('profiles.area')}</dt>
        <dd>{profile.area ?? t('profiles.noArea')}</dd>
        <dt>{t('profiles.framework')}</dt>
        <dd>
          <Link
            to="/frameworks/$frameworkId"
            params={{ frameworkId: profile.frameworkId }}
            search={{ version: profile.versionId }}
          >
            {frameworkTitle || t('profile.frameworkLink')}
          </Link>{' '}
          {t('versions.name', { number: profile.versionNumber })}
        </dd>
        <dt>{t('list.owner')}</dt>
        <dd>
          <OwnerText scope={profile.scope} ownerName={profile.ownerName} />
        </dd>
      </dl>
      {description ? <p className="fw-pre">{description}</p> : null}
      {upgraded ? (
        <Alert
          variant={upgraded.dropped.length ? 'warning' : 'success'}
          heading={t('profile.upgraded', { number: upgraded.number })}
        >
          {upgraded.dropped.length ? (
            <>
              <p>{t('profile.droppedText', { count: upgraded.dropped.length })}</p>
              <ul>
                {upgraded.dropped.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('profile.nothingDropped')}</p>
          )}
        </Alert>
      ) : null}
      <UpgradeButton profile={profile} onUpgraded={onUpgraded} />

      <section aria-labelledby="rp-chart-heading" className="fw-section">
        <h2 id="rp-chart-heading">{t('profile.chartHeading')}</h2>
        {profile.competencies.length === 0 ? (
          <p>{t('profile.noCompetencies')}</p>
        ) : (
          <>
            <p className="fw-muted">{t('profile.chartText', { count: targetCount })}</p>
            <ProfileChart rows={rows} scale={profile.scale} language={language} />
            <div className="sr-only">
              <table>
                <caption>{t('profile.chartTableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('profile.competency')}</th>
                    <th scope="col">{t('profile.target')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.identifier}>
                      <th scope="row">{row.code ? `${row.code} ${row.title}` : row.title}</th>
                      <td>
                        {row.level === null
                          ? t('profile.noTarget')
                          : t('scale.levelName', { level: row.level, label: row.levelLabel })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {profile.canEdit ? (
        <form onSubmit={submit} noValidate aria-labelledby="rp-targets-heading" className="fw-section">
          <h2 id="rp-targets-heading">{t('profile.targetsHeading')}</h2>
          <p>{t('profile.targetsText')}</p>
          <ErrorSummary error={error} fields={FIELDS} />
          {saved && !save.isPending ? <Alert variant="success">{t('profile.saved')}</Alert> : null}
          <div className="fw-inline-fields">
            <TextField
              id={FIELDS.nameDa}
              label={t('profiles.nameDa')}
              lang="da"
              value={names.nameDa}
              error={fieldError(error, 'nameDa')}
              onChange={(event) => setNames({ ...names, nameDa: event.target.value })}
            />
            <TextField
              id={FIELDS.nameEn}
              label={t('profiles.nameEn')}
              lang="en"
              value={names.nameEn}
              error={fieldError(error, 'nameEn')}
              onChange={(event) => setNames({ ...names, nameEn: event.target.value })}
            />
            <TextField
              id={FIELDS.area}
              label={t('profiles.area')}
              value={names.area}
              error={fieldError(error, 'area')}
              onChange={(event) => setNames({ ...names, area: event.target.value })}
            />
          </div>
          <TargetsTable groups={groups} drafts={drafts} scale={profile.scale} language={language} onChange={change} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {t('profile.save')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                remove.reset();
                setDeleting(true);
              }}
            >
              {t('profile.delete')}
            </button>
          </div>
        </form>
      ) : (
        <section aria-labelledby="rp-targets-heading" className="fw-section">
          <h2 id="rp-targets-heading">{t('profile.targetsHeading')}</h2>
          <TargetsTable groups={groups} drafts={drafts} scale={profile.scale} language={language} />
        </section>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('profile.deleteTitle', { name })}
          confirmLabel={t('profile.deleteConfirm')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setDeleting(false)}
          error={remove.isError ? <Alert variant="error">{errorMessage(remove.error, t)}</Alert> : undefined}
        >
          <p>{t('profile.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('frameworks');
  useDocumentTitle(t('profile.title'));
  return <h1 className="sr-only">{t('profile.title')}</h1>;
}

/** One role profile: its chart, and its target levels with rationales (editable for its authors). */
export function RoleProfilePage({ profileId, onDeleted }: { profileId: string; onDeleted: () => void }) {
  const { t } = useTranslation('frameworks');
  const profile = useRoleProfile(profileId);
  const [upgraded, setUpgraded] = useState<{ number: number; dropped: string[] } | null>(null);
  return (
    <>
      <p className="back-link-row">
        <Link to="/role-profiles" className="back-link">
          {t('profile.back')}
        </Link>
      </p>
      {profile.isSuccess ? null : <LoadingTitle />}
      <QueryState query={profile}>
        {(data) => (
          <ProfileView
            key={`${data.id}:${data.versionId}`}
            profile={data}
            upgraded={upgraded}
            onUpgraded={setUpgraded}
            onDeleted={onDeleted}
          />
        )}
      </QueryState>
    </>
  );
}
