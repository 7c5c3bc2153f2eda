import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { formatCount } from './problemText';

/** Previous/next for a paged table, with where the reader is ("Side 2 af 7") announced politely. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** What the pages are of, for the navigation landmark (e.g. "Sider med personer"). */
  label: string;
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="org-pagination" aria-label={label}>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span className="org-pagination-status">
        {t('pagination.status', { page: formatCount(page, language), pages: formatCount(pages, language) })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
