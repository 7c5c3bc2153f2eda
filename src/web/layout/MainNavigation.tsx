import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { visibleNavItems } from '../navigation';
import type { Session } from '../session';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The sections this user may use in the active organisation, as a DKFDS main menu. */
export function MainNavigation({ session }: { session: Session }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = visibleNavItems(session);
  return (
    <nav className="navigation-menu" aria-label={t('nav.label')}>
      <div className="navigation-menu-inner container">
        <ul className="mainmenu">
          {items.map((item) => {
            const active = isActive(pathname, item.to);
            return (
              <li key={item.section} className={active ? 'active' : undefined}>
                <Link to={item.to} className="nav-link" aria-current={active ? 'page' : undefined}>
                  <span>{t(`nav.${item.section}`)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
