import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { DateTime } from '../../web/ui/DateTime';
import { QueryState } from '../../web/ui/QueryState';
import { type ImportSummary, orgKeys } from './organisations.api';
import { formatCount } from './problemText';

const SHOWN = 10;

/** The organisation's latest uploads, newest first, each linking back to its preview or result. */
export function RecentImports() {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const imports = useQuery({
    queryKey: orgKeys.imports,
    queryFn: () => api.get<{ imports: ImportSummary[] }>('/orgchart/imports'),
  });
  return (
    <section aria-labelledby="recent-imports-heading">
      <h2 id="recent-imports-heading">{t('recent.heading')}</h2>
      <QueryState query={imports}>
        {({ imports: list }) =>
          list.length === 0 ? (
            <p>{t('recent.empty')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <caption className="sr-only">{t('recent.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('recent.file')}</th>
                    <th scope="col">{t('recent.status')}</th>
                    <th scope="col">{t('recent.uploaded')}</th>
                    <th scope="col">{t('recent.by')}</th>
                    <th scope="col">{t('recent.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.slice(0, SHOWN).map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link to="/organisation/import" search={{ importId: item.id }}>
                          {item.fileName}
                        </Link>
                      </td>
                      <td>{t(`status.${item.status}`)}</td>
                      <td>
                        <DateTime value={item.createdAt} />
                      </td>
                      <td>{item.createdByName ?? '—'}</td>
                      <td>
                        {item.counts && (item.status === 'previewed' || item.status === 'applied')
                          ? t('recent.countsText', {
                              added: formatCount(item.counts.added ?? 0, language),
                              changed: formatCount(item.counts.changed ?? 0, language),
                              left: formatCount(item.counts.left ?? 0, language),
                            })
                          : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
