import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../platform/accounts/accounts.model';
import { useSignedInSession } from '../session';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';

function RoleGuide({ role }: { role: Role }) {
  const { t } = useTranslation();
  switch (role) {
    case 'admin':
      return (
        <ol className="start-steps">
          <li>
            <Link to="/members">{t('start.admin.invite')}</Link> — {t('start.admin.inviteText')}
          </li>
          <li>
            <Link to="/outbox">{t('start.admin.outbox')}</Link> — {t('start.admin.outboxText')}
          </li>
          <li>
            <Link to="/audit">{t('start.admin.audit')}</Link> — {t('start.admin.auditText')}
          </li>
        </ol>
      );
    default:
      return <p>{t(`start.roleText.${role}`)}</p>;
  }
}

/** What a user should do first, by role; the first thing a new user sees after signing in. */
export function StartPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const organisation = session.activeOrganisation;
  return (
    <Page title={t('start.title')} lead={t('start.greeting', { name: session.user.name })}>
      {session.organisations.length === 0 ? (
        <Alert variant="info" heading={t('start.noOrganisation.heading')} live={false}>
          <p>{t('start.noOrganisation.text')}</p>
        </Alert>
      ) : !organisation ? (
        <Alert variant="info" heading={t('start.chooseOrganisation.heading')} live={false}>
          <p>{t('start.chooseOrganisation.text')}</p>
        </Alert>
      ) : (
        <section aria-labelledby="start-first-steps">
          <p>{t('start.youAre', { organisation: organisation.name, role: t(`roles.${organisation.role}`) })}</p>
          <h2 id="start-first-steps">{t('start.firstSteps')}</h2>
          <RoleGuide role={organisation.role} />
          <p>
            <Link to="/tokens">{t('start.tokens')}</Link> — {t('start.tokensText')}
          </p>
        </section>
      )}
      {session.user.isPlatformAdmin ? (
        <section aria-labelledby="start-platform">
          <h2 id="start-platform">{t('start.platform.heading')}</h2>
          <p>
            <Link to="/organisations">{t('start.platform.organisations')}</Link> — {t('start.platform.text')}
          </p>
        </section>
      ) : null}
    </Page>
  );
}
