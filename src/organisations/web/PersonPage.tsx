import './organisations.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { useSignedInSession } from '../../web/session';
import { DateTime } from '../../web/ui/DateTime';
import { Page, useDocumentTitle } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { orgKeys, type PersonDetail } from './organisations.api';
import { PersonConsents } from './PersonConsents';
import { PersonErase } from './PersonErase';
import { PersonLeader } from './PersonLeader';

function PersonLinkItem({
  person,
}: {
  person: { id: string; name: string; pseudonym: string; jobTitle?: string | null };
}) {
  return (
    <>
      <Link to="/organisation/people/$personId" params={{ personId: person.id }}>
        {person.name}
      </Link>{' '}
      ({person.pseudonym}
      {person.jobTitle ? `, ${person.jobTitle}` : ''})
    </>
  );
}

function PersonDetails({ person, onErased }: { person: PersonDetail; onErased: (pseudonym: string) => void }) {
  const { t } = useTranslation('organisations');
  const session = useSignedInSession();
  const isAdmin = session.activeOrganisation?.role === 'admin';
  const exportBase = `/api/v1/people/${encodeURIComponent(person.id)}`;
  return (
    <Page title={person.name} lead={t('person.lead', { pseudonym: person.pseudonym })}>
      <section aria-labelledby="person-data-heading" className="org-section">
        <h2 id="person-data-heading">{t('person.dataHeading')}</h2>
        <dl className="summary-list">
          <dt>{t('columns.pseudonym')}</dt>
          <dd>{person.pseudonym}</dd>
          <dt>{t('fields.employeeId')}</dt>
          <dd>{person.employeeId}</dd>
          <dt>{t('fields.email')}</dt>
          <dd>{person.email ?? '—'}</dd>
          <dt>{t('fields.jobTitle')}</dt>
          <dd>{person.jobTitle ?? '—'}</dd>
          <dt>{t('columns.status')}</dt>
          <dd>
            {person.status === 'left' ? (
              <>
                {t('personStatus.left')}
                {person.leftAt ? (
                  <>
                    {' '}
                    (<DateTime value={person.leftAt} dateOnly />)
                  </>
                ) : null}
              </>
            ) : (
              t('personStatus.active')
            )}
          </dd>
          <dt>{t('fields.unit')}</dt>
          <dd>
            {person.unit ? (
              <nav aria-label={t('person.unitPath')}>
                <ol className="org-unit-path">
                  {person.unit.path.map((name, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a path may repeat a name at different depths
                    <li key={index}>{name}</li>
                  ))}
                </ol>
              </nav>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('columns.area')}</dt>
          <dd>
            {person.area ? `${person.area.name} (${t(`areaSource.${person.area.source}`)})` : t('summary.noArea')}
          </dd>
          <dt>{t('person.manager')}</dt>
          <dd>{person.manager ? <PersonLinkItem person={person.manager} /> : t('person.noManager')}</dd>
          <dt>{t('person.updatedAt')}</dt>
          <dd>
            <DateTime value={person.updatedAt} />
          </dd>
        </dl>
        {person.unit ? (
          <p>
            <Link to="/organisation/people" search={{ unitId: person.unit.id }}>
              {t('person.unitPeople', { unit: person.unit.name })}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="person-reports-heading" className="org-section">
        <h2 id="person-reports-heading">{t('person.reportsHeading', { count: person.reports.length })}</h2>
        {person.reports.length === 0 ? (
          <p>{t('person.noReports')}</p>
        ) : (
          <ul>
            {person.reports.map((report) => (
              <li key={report.id}>
                <PersonLinkItem person={report} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PersonLeader person={person} />
      <PersonConsents person={person} />
      <section aria-labelledby="person-access-heading" className="org-section">
        <h2 id="person-access-heading">{t('person.accessHeading')}</h2>
        <p>{t('person.accessText')}</p>
        <ul>
          <li>
            <a href={`${exportBase}/export`} download>
              {t('person.exportJson')}
            </a>
          </li>
          <li>
            <a href={`${exportBase}/export.html`} target="_blank" rel="noopener">
              {t('person.exportHtml')}
              <span className="sr-only"> {t('person.newWindow')}</span>
            </a>
          </li>
        </ul>
      </section>
      {isAdmin ? <PersonErase person={person} onErased={onErased} /> : null}
    </Page>
  );
}

function LoadingTitle() {
  const { t } = useTranslation('organisations');
  useDocumentTitle(t('person.title'));
  return null;
}

/** Everything the organisation holds about one person; reading it is audit-logged by the API. */
export function PersonPage({ personId, onErased }: { personId: string; onErased: (pseudonym: string) => void }) {
  const { t } = useTranslation('organisations');
  const person = useQuery({
    queryKey: orgKeys.person(personId),
    queryFn: () => api.get<PersonDetail>(`/people/${personId}`),
  });
  return (
    <>
      <p className="back-link-row">
        <Link to="/organisation/people" search={{}} className="back-link">
          {t('person.back')}
        </Link>
      </p>
      {person.isSuccess ? null : (
        <>
          <LoadingTitle />
          <h1 className="sr-only">{t('person.title')}</h1>
        </>
      )}
      <QueryState query={person}>{(data) => <PersonDetails person={data} onErased={onErased} />}</QueryState>
    </>
  );
}
