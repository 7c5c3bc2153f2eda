import './frameworks.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { DateTime } from '../../web/ui/DateTime';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { OwnerText, pickText, useAuthoring } from './FrameworkBits';
import { type FrameworkSummary, useFrameworks } from './frameworks.api';
import { NewFrameworkForm } from './NewFrameworkForm';

function VersionState({ framework }: { framework: FrameworkSummary }) {
  const { t } = useTranslation('frameworks');
  const published = framework.latestPublished;
  return (
    <>
      {published ? (
        <span className="fw-block">
          {t('list.published', { number: published.number })} <DateTime value={published.publishedAt} dateOnly />
        </span>
      ) : (
        <span className="fw-block">{t('list.notPublished')}</span>
      )}
      {framework.draft ? (
        <span className="fw-block fw-muted">{t('list.draft', { number: framework.draft.number })}</span>
      ) : null}
    </>
  );
}

function FrameworkTable({ frameworks, caption }: { frameworks: FrameworkSummary[]; caption: string }) {
  const { t } = useTranslation('frameworks');
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.title')}</th>
            <th scope="col">{t('list.owner')}</th>
            <th scope="col">{t('list.versions')}</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.id}>
              <th scope="row">
                <Link to="/frameworks/$frameworkId" params={{ frameworkId: framework.id }}>
                  {pickText(language, framework.titleDa, framework.titleEn)}
                </Link>
              </th>
              <td>
                <OwnerText scope={framework.scope} ownerName={framework.ownerName} />
              </td>
              <td>
                <VersionState framework={framework} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The national frameworks and the organisation's own, with their version state; authors create and import here. */
export function FrameworksPage() {
  const { t } = useTranslation('frameworks');
  const frameworks = useFrameworks();
  const { canCreate } = useAuthoring();
  return (
    <Page title={t('list.pageTitle')} lead={t('list.lead')}>
      <QueryState query={frameworks}>
        {(list) => {
          const national = list.filter((f) => f.scope === 'national');
          const own = list.filter((f) => f.scope === 'organisation');
          return (
            <>
              <section aria-labelledby="fw-national-heading">
                <h2 id="fw-national-heading">{t('list.nationalHeading')}</h2>
                {national.length === 0 ? (
                  <p>{t('list.nationalEmpty')}</p>
                ) : (
                  <FrameworkTable frameworks={national} caption={t('list.nationalHeading')} />
                )}
              </section>
              <section aria-labelledby="fw-own-heading" className="fw-section">
                <h2 id="fw-own-heading">{t('list.ownHeading')}</h2>
                {own.length === 0 ? (
                  <p>{canCreate ? t('list.ownEmptyAuthor') : t('list.ownEmpty')}</p>
                ) : (
                  <FrameworkTable frameworks={own} caption={t('list.ownHeading')} />
                )}
              </section>
            </>
          );
        }}
      </QueryState>
      {canCreate ? (
        <>
          <NewFrameworkForm />
          <section aria-labelledby="fw-import-heading" className="fw-section">
            <h2 id="fw-import-heading">{t('list.importHeading')}</h2>
            <p>{t('list.importText')}</p>
            <p>
              <Link to="/frameworks/import">{t('list.importLink')}</Link>
            </p>
          </section>
        </>
      ) : null}
      <p className="fw-section">
        <Link to="/role-profiles">{t('list.profilesLink')}</Link>
      </p>
    </Page>
  );
}
