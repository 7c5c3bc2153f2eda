import { useTranslation } from 'react-i18next';
import { useSession } from '../../web/session';
import type { FrameworkScope, VersionStatus } from './frameworks.api';

/** Text in the reader's language, falling back to the other language when it is empty. */
export function pickText(language: string, da: string | null | undefined, en: string | null | undefined): string {
  return ((language.startsWith('en') ? en || da : da || en) ?? '').trim();
}

/** Who may author frameworks and role profiles here: admins and analysts of the active organisation. */
export function useAuthoring(): { canCreate: boolean; canCreateNational: boolean } {
  const session = useSession().data ?? null;
  const role = session?.activeOrganisation?.role ?? null;
  const isPlatformAdmin = session?.user.isPlatformAdmin ?? false;
  return { canCreate: role === 'admin' || role === 'analyst' || isPlatformAdmin, canCreateNational: isPlatformAdmin };
}

export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation('frameworks');
  return (
    <span className={`badge ${status === 'published' ? 'badge-success' : 'badge-warning'}`}>
      {t(`status.${status}`)}
    </span>
  );
}

/** "National" or the owning organisation's name. */
export function OwnerText({ scope, ownerName }: { scope: FrameworkScope; ownerName: string | null }) {
  const { t } = useTranslation('frameworks');
  return <>{scope === 'national' ? t('scope.national') : (ownerName ?? t('scope.organisation'))}</>;
}
