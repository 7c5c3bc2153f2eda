import { useTranslation } from 'react-i18next';
import { useActiveOrganisation } from '../../platform/accounts/web/accounts.api';
import type { Session } from '../session';
import { Alert } from '../ui/Alert';

/** Says plainly when the active organisation holds invented demo data, so nobody mistakes it for real. */
export function DemoNotice({ session }: { session: Session }) {
  const { t } = useTranslation();
  const organisation = useActiveOrganisation(session.activeOrganisation !== null);
  if (!organisation.data?.isDemo) return null;
  return (
    <div className="demo-notice">
      <Alert variant="warning" heading={t('demo.heading')} live={false}>
        <p>{t('demo.text', { organisation: organisation.data.name })}</p>
      </Alert>
    </div>
  );
}
