import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Session, useSwitchOrganisation } from '../session';
import { errorMessage } from '../ui/errors';

/**
 * The active organisation, and — for members of several — a choice of another. A button confirms the
 * switch, so moving through the list with the keyboard does not switch on every step.
 */
export function OrganisationSwitch({ session }: { session: Session }) {
  const { t } = useTranslation();
  const switcher = useSwitchOrganisation();
  const active = session.activeOrganisation;
  const [chosen, setChosen] = useState(active?.id ?? '');

  if (session.organisations.length === 0) return null;
  if (session.organisations.length === 1)
    return (
      <p className="organisation-name">
        <span className="sr-only">{t('header.organisation')}: </span>
        {session.organisations[0].name}
      </p>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen && chosen !== active?.id) switcher.mutate(chosen);
  }

  return (
    <form className="organisation-switch" onSubmit={submit}>
      <label className="form-label" htmlFor="organisation-switch">
        {t('header.organisation')}
      </label>
      <div className="organisation-switch-row">
        <select
          id="organisation-switch"
          className="form-select"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          {!active ? <option value="">{t('header.chooseOrganisation')}</option> : null}
          {session.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary" disabled={switcher.isPending}>
          {t('header.switchOrganisation')}
        </button>
      </div>
      {switcher.isError ? (
        <p className="form-error-message" role="alert">
          {errorMessage(switcher.error, t)}
        </p>
      ) : null}
    </form>
  );
}
