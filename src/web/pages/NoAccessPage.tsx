import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

/** Shown instead of a page the user's role in the active organisation does not open. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')} lead={t('noAccess.text')}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
