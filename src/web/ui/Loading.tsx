import { useTranslation } from 'react-i18next';

/** DKFDS spinner with a status text for screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status">{label ?? t('loading')}</div>
    </div>
  );
}
