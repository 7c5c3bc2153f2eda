import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../web/ui/Page';
import { SignInForm } from './SignInForm';

export function SignInPage({ onSignedIn }: { onSignedIn?: () => void }) {
  const { t } = useTranslation('accounts');
  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      <SignInForm onSignedIn={onSignedIn} />
      <p className="form-links">
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>{t('signIn.noAccount')}</p>
    </Page>
  );
}
