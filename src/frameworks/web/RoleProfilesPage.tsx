import './frameworks.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { useSession } from '../../web/session';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { SelectField, TextField } from '../../web/ui/fields';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { Checkbox } from './Checkbox';
import { OwnerText, pickText, useAuthoring } from './FrameworkBits';
import {
  type FrameworkSummary,
  frameworkKeys,
  type RoleProfileDetail,
  type RoleProfileSummary,
  useFramework,
  useFrameworks,
  useRoleProfiles,
} from './frameworks.api';

const FIELDS = {
  frameworkId: 'rp-new-framework',
  versionId: 'rp-new-version',
  nameDa: 'rp-new-name-da',
  nameEn: 'rp-new-name-en',
  area: 'rp-new-area',
};

function NewRoleProfileForm({ frameworks }: { frameworks: FrameworkSummary[] }) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { canCreateNational } = useAuthoring();
  const hasOrganisation = Boolean(useSession().data?.activeOrganisation);
  const published = frameworks.filter((f) => f.latestPublished);
  const [form, setForm] = useState({
    frameworkId: published[0]?.id ?? '',
    versionId: '',
    nameDa: '',
    nameEn: '',
    area: '',
  });
  const [national, setNational] = useState(!hasOrganisation);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const framework = useFramework(form.frameworkId || null);
  const versions = (framework.data?.versions ?? []).filter((v) => v.status === 'published');
  // Until one is chosen, the newest published version.
  const versionId = form.versionId || versions[0]?.id || '';
  const create = useMutation({
    mutationFn: () =>
      api.post<RoleProfileDetail>('/role-profiles', {
        nameDa: form.nameDa.trim(),
        nameEn: form.nameEn.trim(),
        area: form.area.trim() || null,
        versionId,
        ...(canCreateNational && national ? { national: true } : {}),
      }),
    onSuccess: (profile) => {
      client.setQueryData(frameworkKeys.profile(profile.id), profile);
      void client.invalidateQueries({ queryKey: ['frameworks', 'role-profiles'] });
      void navigate({ to: '/role-profiles/$profileId', params: { profileId: profile.id } });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('profiles.invalid'), {
      frameworkId: form.frameworkId ? undefined : t('profiles.frameworkRequired'),
      versionId: form.frameworkId && !versionId ? t('profiles.versionRequired') : undefined,
      nameDa: form.nameDa.trim() ? undefined : t('profiles.nameRequired'),
    });
    setClientError(invalid);
    if (!invalid) create.mutate();
  }
  const error = clientError ?? create.error;
  if (published.length === 0)
    return (
      <section aria-labelledby="rp-new-heading" className="fw-section">
        <h2 id="rp-new-heading">{t('profiles.createHeading')}</h2>
        <p>{t('profiles.noPublished')}</p>
      </section>
    );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="rp-new-heading" className="fw-section fw-form">
      <h2 id="rp-new-heading">{t('profiles.createHeading')}</h2>
      <p>{t('profiles.createText')}</p>
      <ErrorSummary error={error} fields={FIELDS} />
      <SelectField
        id={FIELDS.frameworkId}
        label={t('profiles.framework')}
        value={form.frameworkId}
        error={fieldError(error, 'frameworkId')}
        onChange={(event) => setForm({ ...form, frameworkId: event.target.value, versionId: '' })}
      >
        {published.map((f) => (
          <option key={f.id} value={f.id}>
            {pickText(language, f.titleDa, f.titleEn)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={FIELDS.versionId}
        label={t('profiles.version')}
        hint={t('profiles.versionHint')}
        value={versionId}
        error={fieldError(error, 'versionId')}
        disabled={versions.length === 0}
        onChange={(event) => setForm({ ...form, versionId: event.target.value })}
      >
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {t('versions.name', { number: v.number })}
          </option>
        ))}
      </SelectField>
      <TextField
        id={FIELDS.nameDa}
        label={t('profiles.nameDa')}
        hint={t('profiles.nameHint')}
        lang="da"
        value={form.nameDa}
        error={fieldError(error, 'nameDa')}
        onChange={(event) => setForm({ ...form, nameDa: event.target.value })}
      />
      <TextField
        id={FIELDS.nameEn}
        label={t('profiles.nameEn')}
        lang="en"
        value={form.nameEn}
        error={fieldError(error, 'nameEn')}
        onChange={(event) => setForm({ ...form, nameEn: event.target.value })}
      />
      <TextField
        id={FIELDS.area}
        label={t('profiles.area')}
        hint={t('profiles.areaHint')}
        value={form.area}
        error={fieldError(error, 'area')}
        onChange={(event) => setForm({ ...form, area: event.target.value })}
      />
      {canCreateNational ? (
        <Checkbox id="rp-new-national" label={t('profiles.national')} checked={national} onChange={setNational} />
      ) : null}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('profiles.create')}
      </button>
    </form>
  );
}

function ProfilesTable({ profiles, frameworks }: { profiles: RoleProfileSummary[]; frameworks: FrameworkSummary[] }) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const titleOf = (id: string) => {
    const f = frameworks.find((x) => x.id === id);
    return f ? pickText(language, f.titleDa, f.titleEn) : '';
  };
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{t('profiles.listHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profiles.name')}</th>
            <th scope="col">{t('profiles.area')}</th>
            <th scope="col">{t('profiles.framework')}</th>
            <th scope="col" className="fw-number">
              {t('profiles.targets')}
            </th>
            <th scope="col">{t('list.owner')}</th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to="/role-profiles/$profileId" params={{ profileId: p.id }}>
                  {pickText(language, p.nameDa, p.nameEn)}
                </Link>
              </th>
              <td>{p.area ?? <span className="fw-muted">{t('profiles.noArea')}</span>}</td>
              <td>
                {titleOf(p.frameworkId)}{' '}
                <span className="fw-muted">{t('versions.name', { number: p.versionNumber })}</span>
              </td>
              <td className="fw-number">{p.targetCount}</td>
              <td>
                <OwnerText scope={p.scope} ownerName={p.ownerName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Role profiles: target levels per competency for a role in an area, e.g. "Førstelinjeleder, Teknik og Miljø". */
export function RoleProfilesPage({ frameworkId }: { frameworkId?: string }) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  const [filter, setFilter] = useState(frameworkId ?? '');
  const profiles = useRoleProfiles(filter || undefined);
  const frameworks = useFrameworks();
  const { canCreate } = useAuthoring();
  return (
    <Page title={t('profiles.pageTitle')} lead={t('profiles.lead')}>
      <section aria-labelledby="rp-list-heading">
        <h2 id="rp-list-heading">{t('profiles.listHeading')}</h2>
        {frameworks.data && frameworks.data.length > 1 ? (
          <SelectField
            id="rp-filter"
            label={t('profiles.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          >
            <option value="">{t('profiles.allFrameworks')}</option>
            {frameworks.data.map((f) => (
              <option key={f.id} value={f.id}>
                {pickText(language, f.titleDa, f.titleEn)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <QueryState query={profiles}>
          {(list) =>
            list.length === 0 ? (
              <p>{canCreate ? t('profiles.emptyAuthor') : t('profiles.empty')}</p>
            ) : (
              <ProfilesTable profiles={list} frameworks={frameworks.data ?? []} />
            )
          }
        </QueryState>
      </section>
      {canCreate && frameworks.data ? <NewRoleProfileForm frameworks={frameworks.data} /> : null}
    </Page>
  );
}
