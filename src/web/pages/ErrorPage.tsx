import { Link, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/errors';
import { Page } from '../ui/Page';

/** The router's error boundary: what went wrong, a retry, and a way home. */
export function ErrorPage({ error, reset }: { error: unknown; reset?: () => void }) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Page title={t('errorPage.title')} lead={t('errorPage.text')}>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{errorMessage(error, t)}</p>
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            reset?.();
            void router.invalidate();
          }}
        >
          {t('actions.retry')}
        </button>
        <Link to="/" className="button button-secondary">
          {t('notFound.home')}
        </Link>
      </div>
    </Page>
  );
}
