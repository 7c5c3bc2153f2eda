import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSessionLanguage } from '../session';
import { Alert } from '../ui/Alert';
import { errorMessage } from '../ui/errors';
import { Loading } from '../ui/Loading';
import { DemoNotice } from './DemoNotice';
import { Footer } from './Footer';
import { Header } from './Header';

/** The frame around every page: skip link, header, demo notice, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  useSessionLanguage(session.data);
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <Header session={session.data ?? null} />
      <div className="container page-container">
        {session.data ? <DemoNotice session={session.data} /> : null}
        <main id="main-content" tabIndex={-1}>
          {session.isPending ? (
            <Loading />
          ) : session.isError ? (
            <Alert variant="error" heading={t('errors.sessionFailed')}>
              <p>{errorMessage(session.error, t)}</p>
              <button type="button" className="button button-secondary" onClick={() => void session.refetch()}>
                {t('actions.retry')}
              </button>
            </Alert>
          ) : (
            <Outlet />
          )}
        </main>
      </div>
      <Footer />
    </>
  );
}
