import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { SelectField, TextField } from '../../../web/ui/fields';
import { Page } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { type OrganisationKind, organisationKinds } from '../accounts.model';
import { accountsKeys, type Municipality, type Organisation } from './accounts.api';

function MunicipalityField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('accounts');
  const municipalities = useQuery({
    queryKey: accountsKeys.municipalities,
    queryFn: () => api.get<Municipality[]>('/municipalities'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <QueryState query={municipalities}>
      {(list) => (
        <SelectField
          id="organisation-municipality"
          label={t('organisations.municipality')}
          value={value}
          error={error}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('organisations.chooseMunicipality')}</option>
          {list.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name} ({m.code})
            </option>
          ))}
        </SelectField>
      )}
    </QueryState>
  );
}

function CreateOrganisationForm() {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('municipality');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [clientError, setClientError] = useState<unknown>(null);
  const create = useMutation({
    mutationFn: (input: { name?: string; kind: OrganisationKind; municipalityCode?: string }) =>
      api.post<Organisation>('/organisations', input),
    onSuccess: () => {
      setName('');
      setMunicipalityCode('');
      void client.invalidateQueries({ queryKey: accountsKeys.organisations });
    },
  });
  const error = clientError ?? create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('shell:errors.validation'), {
      // A municipality without a name is named after the municipality by the server.
      name: name.trim() || kind === 'municipality' ? undefined : t('organisations.nameRequired'),
      municipalityCode:
        kind === 'municipality' && !municipalityCode ? t('organisations.municipalityRequired') : undefined,
    });
    setClientError(invalid);
    // A browser-side error replaces the outcome of the previous submission.
    if (invalid) create.reset();
    if (invalid) return;
    create.mutate({
      ...(name.trim() ? { name: name.trim() } : {}),
      kind,
      ...(kind === 'municipality' ? { municipalityCode } : {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="organisation-create">
      <h2 id="organisation-create">{t('organisations.createHeading')}</h2>
      <ErrorSummary
        error={error}
        fields={{
          name: 'organisation-name',
          kind: 'organisation-kind',
          municipalityCode: 'organisation-municipality',
        }}
      />
      {create.isSuccess ? (
        <Alert variant="success">{t('organisations.created', { name: create.data.name })}</Alert>
      ) : null}
      <SelectField
        id="organisation-kind"
        label={t('organisations.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as OrganisationKind)}
        error={fieldError(error, 'kind')}
      >
        {organisationKinds.map((value) => (
          <option key={value} value={value}>
            {t(`shell:organisationKinds.${value}`)}
          </option>
        ))}
      </SelectField>
      {kind === 'municipality' ? (
        <MunicipalityField
          value={municipalityCode}
          error={fieldError(error, 'municipalityCode')}
          onChange={setMunicipalityCode}
        />
      ) : null}
      <TextField
        id="organisation-name"
        label={t('organisations.name')}
        hint={kind === 'municipality' ? t('organisations.nameHintMunicipality') : undefined}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(error, 'name')}
      />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('organisations.create')}
      </button>
    </form>
  );
}

/** All organisations on the platform, and creating new ones (platform administrators). */
export function OrganisationsPage() {
  const { t } = useTranslation('accounts');
  const organisations = useQuery({
    queryKey: accountsKeys.organisations,
    queryFn: () => api.get<Organisation[]>('/organisations'),
  });
  return (
    <Page title={t('organisations.title')} lead={t('organisations.lead')}>
      <QueryState query={organisations}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('organisations.empty')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <caption className="sr-only">{t('organisations.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organisations.name')}</th>
                    <th scope="col">{t('organisations.kind')}</th>
                    <th scope="col">{t('organisations.municipality')}</th>
                    <th scope="col">{t('organisations.region')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((organisation) => (
                    <tr key={organisation.id}>
                      <td>
                        {organisation.name}{' '}
                        {organisation.isDemo ? <span className="tag tag-demo">{t('organisations.demo')}</span> : null}
                      </td>
                      <td>{t(`shell:organisationKinds.${organisation.kind}`)}</td>
                      <td>{organisation.municipalityCode ?? '—'}</td>
                      <td>{organisation.regionName ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <CreateOrganisationForm />
    </Page>
  );
}
