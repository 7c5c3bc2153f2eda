import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../format';
import { currentLanguage } from '../i18n';

/** A timestamp in Danish time, machine-readable in `datetime`. */
export function DateTime({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const { t } = useTranslation();
  if (!value) return <>{t('never')}</>;
  const language = currentLanguage();
  return <time dateTime={value}>{dateOnly ? formatDate(value, language) : formatDateTime(value, language)}</time>;
}
