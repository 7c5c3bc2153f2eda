import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../web/ui/DateTime';
import { VersionStatusBadge } from './FrameworkBits';
import type { VersionSummary } from './frameworks.api';

/** Every version of the framework, newest first, with a link to show it. */
export function VersionsTable({
  frameworkId,
  versions,
  shownId,
}: {
  frameworkId: string;
  versions: VersionSummary[];
  shownId: string | null;
}) {
  const { t } = useTranslation('frameworks');
  return (
    <section aria-labelledby="fw-versions-heading" className="fw-section">
      <h2 id="fw-versions-heading">{t('versions.heading')}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">{t('versions.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.number')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.published')}</th>
              <th scope="col">{t('versions.changeNote')}</th>
              <th scope="col" className="fw-number">
                {t('versions.items')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('shell:table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">{t('versions.name', { number: v.number })}</th>
                <td>
                  <VersionStatusBadge status={v.status} />
                </td>
                <td>
                  {v.publishedAt ? (
                    <>
                      <DateTime value={v.publishedAt} />
                      {v.publishedByName ? (
                        <span className="fw-block fw-muted">{t('versions.by', { name: v.publishedByName })}</span>
                      ) : null}
                    </>
                  ) : (
                    <span className="fw-muted">{t('versions.notPublished')}</span>
                  )}
                </td>
                <td className="fw-pre">{v.changeNote ?? ''}</td>
                <td className="fw-number">{v.itemCount}</td>
                <td>
                  {v.id === shownId ? (
                    <span className="fw-muted">{t('versions.shown')}</span>
                  ) : (
                    <Link to="/frameworks/$frameworkId" params={{ frameworkId }} search={{ version: v.id }}>
                      {t('versions.show', { number: v.number })}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
