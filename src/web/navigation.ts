import { type Access, hasAccess, roles } from '../platform/accounts/accounts.model';
import type { Session } from './session';

/**
 * Who may open each section of the app. The same rules hide menu items and guard the pages; the API
 * enforces its own, these only keep people away from pages that would answer "forbidden".
 */
export const pageAccess = {
  start: 'user',
  profile: 'user',
  tokens: roles,
  members: ['admin'],
  audit: ['admin'],
  outbox: ['admin'],
  organisations: 'platform',
  orgchart: ['admin', 'hr'],
  leaders: ['admin', 'hr'],
  people: ['admin', 'hr'],
  frameworks: 'user',
  roleProfiles: 'user',
  studies: ['admin', 'analyst', 'hr'],
} as const satisfies Record<string, Access>;

export type Section = keyof typeof pageAccess;

export function canOpen(section: Section, session: Session | null): boolean {
  if (!session) return false;
  const who = {
    signedIn: true,
    isPlatformAdmin: session.user.isPlatformAdmin,
    role: session.activeOrganisation?.role ?? null,
  };
  return hasAccess(pageAccess[section], who) === 'ok';
}

export interface NavItem {
  section: Section;
  to:
    | '/'
    | '/members'
    | '/tokens'
    | '/outbox'
    | '/audit'
    | '/organisations'
    | '/organisation/import'
    | '/organisation/leaders'
    | '/organisation/people'
    | '/frameworks'
    | '/role-profiles'
    | '/studies';
}

const mainMenu: NavItem[] = [
  { section: 'start', to: '/' },
  { section: 'orgchart', to: '/organisation/import' },
  { section: 'leaders', to: '/organisation/leaders' },
  { section: 'people', to: '/organisation/people' },
  { section: 'frameworks', to: '/frameworks' },
  { section: 'roleProfiles', to: '/role-profiles' },
  { section: 'studies', to: '/studies' },
  { section: 'members', to: '/members' },
  { section: 'tokens', to: '/tokens' },
  { section: 'outbox', to: '/outbox' },
  { section: 'audit', to: '/audit' },
  { section: 'organisations', to: '/organisations' },
];

/** The main menu for this user in the active organisation. */
export function visibleNavItems(session: Session | null): NavItem[] {
  return mainMenu.filter((item) => canOpen(item.section, session));
}
