import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session';
import { useSignOut } from '../session';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNavigation } from './MainNavigation';
import { OrganisationSwitch } from './OrganisationSwitch';

/** DKFDS portal header: logo and user, solution name with organisation and language, then the main menu. */
export function Header({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="logo" aria-label={t('header.logoLabel')}>
            <span>{t('productName')}</span>
          </Link>
          {session ? (
            <div className="portal-user">
              <p className="user">
                <span className="user-name">{session.user.name}</span>
                <span className="user-email">{session.user.email}</span>
              </p>
              <Link to="/profile" className="function-link user-profile-link">
                {t('header.profile')}
              </Link>
              <button
                type="button"
                className="button button-secondary"
                disabled={signOut.isPending}
                onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in' }) })}
              >
                {t('header.signOut')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">{t('productName')}</Link>
          </div>
          <div className="header-tools">
            {session ? <OrganisationSwitch session={session} key={session.activeOrganisation?.id ?? ''} /> : null}
            <LanguageSwitch />
          </div>
        </div>
      </div>
      {session ? <MainNavigation session={session} /> : null}
    </header>
  );
}
