import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { DateTime } from '../../web/ui/DateTime';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../web/ui/errors';
import { SelectField, TextAreaField, TextField } from '../../web/ui/fields';
import { ConfirmDialog } from '../../web/ui/Modal';
import { CONSENT_METHODS, type ConsentMethod } from '../people.model';
import { type Consent, orgKeys, type PersonDetail } from './organisations.api';

function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

function AddConsentForm({ personId }: { personId: string }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const [purpose, setPurpose] = useState('');
  const [method, setMethod] = useState<ConsentMethod>('web_form');
  const [givenOn, setGivenOn] = useState(today());
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      api.post(`/people/${personId}/consents`, {
        purpose: purpose.trim(),
        method,
        // A calendar day; the API reads it as midnight in Copenhagen.
        givenAt: givenOn,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => {
      setPurpose('');
      setNote('');
      setSaved(true);
      void client.invalidateQueries({ queryKey: orgKeys.person(personId) });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const invalid = clientValidationError(t('consents.invalid'), {
      purpose: purpose.trim() ? undefined : t('consents.purposeRequired'),
      givenAt: givenOn ? (givenOn > today() ? t('consents.dateInFuture') : undefined) : t('consents.dateRequired'),
    });
    setClientError(invalid);
    if (!invalid) add.mutate();
  }
  const error = clientError ?? add.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="consent-add-heading">
      <h3 id="consent-add-heading">{t('consents.addHeading')}</h3>
      <ErrorSummary
        error={error}
        fields={{ purpose: 'consent-purpose', givenAt: 'consent-given', method: 'consent-method' }}
      />
      {saved ? <Alert variant="success">{t('consents.saved')}</Alert> : null}
      <TextField
        id="consent-purpose"
        label={t('consents.purpose')}
        hint={t('consents.purposeHint')}
        value={purpose}
        error={fieldError(error, 'purpose')}
        onChange={(event) => setPurpose(event.target.value)}
      />
      <SelectField
        id="consent-method"
        label={t('consents.method')}
        value={method}
        error={fieldError(error, 'method')}
        onChange={(event) => setMethod(event.target.value as ConsentMethod)}
      >
        {CONSENT_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`consentMethods.${m}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="consent-given"
        type="date"
        label={t('consents.givenAt')}
        value={givenOn}
        max={today()}
        error={fieldError(error, 'givenAt')}
        onChange={(event) => setGivenOn(event.target.value)}
      />
      <TextAreaField
        id="consent-note"
        label={t('consents.note')}
        hint={t('consents.noteHint')}
        rows={3}
        value={note}
        error={fieldError(error, 'note')}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {t('consents.add')}
      </button>
    </form>
  );
}

/** The person's consent records (purpose, how and when given, withdrawn), and recording a new one. */
export function PersonConsents({ person }: { person: PersonDetail }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const withdraw = useMutation({
    mutationFn: (consentId: string) => api.post(`/consents/${consentId}/withdraw`),
    onSuccess: () => {
      setWithdrawing(null);
      void client.invalidateQueries({ queryKey: orgKeys.person(person.id) });
    },
  });
  return (
    <section aria-labelledby="person-consents-heading" className="org-section">
      <h2 id="person-consents-heading">{t('consents.heading')}</h2>
      {person.consents.length === 0 ? (
        <p>{t('consents.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t('consents.caption', { name: person.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consents.purpose')}</th>
                <th scope="col">{t('consents.method')}</th>
                <th scope="col">{t('consents.givenAt')}</th>
                <th scope="col">{t('consents.withdrawnAt')}</th>
                <th scope="col">
                  <span className="sr-only">{t('shell:table.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {person.consents.map((consent) => (
                <tr key={consent.id}>
                  <td>
                    {consent.purpose}
                    {consent.note ? <span className="org-note">{consent.note}</span> : null}
                  </td>
                  <td>{t(`consentMethods.${consent.method}`)}</td>
                  <td>
                    <DateTime value={consent.givenAt} dateOnly />
                  </td>
                  <td>
                    {consent.withdrawnAt ? <DateTime value={consent.withdrawnAt} dateOnly /> : t('consents.active')}
                  </td>
                  <td className="table-actions-cell">
                    {consent.withdrawnAt ? null : (
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => {
                          withdraw.reset();
                          setWithdrawing(consent);
                        }}
                      >
                        {t('consents.withdraw')}
                        <span className="sr-only"> {consent.purpose}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withdrawing ? (
        <ConfirmDialog
          title={t('consents.withdrawTitle')}
          confirmLabel={t('consents.withdraw')}
          pending={withdraw.isPending}
          onConfirm={() => withdraw.mutate(withdrawing.id)}
          onCancel={() => setWithdrawing(null)}
          error={withdraw.isError ? <Alert variant="error">{errorMessage(withdraw.error, t)}</Alert> : undefined}
        >
          <p>{t('consents.withdrawText', { purpose: withdrawing.purpose, name: person.name })}</p>
        </ConfirmDialog>
      ) : null}
      <AddConsentForm personId={person.id} />
    </section>
  );
}
