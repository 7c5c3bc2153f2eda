import { describe, expect, it } from 'vitest';
import type { Role } from '../platform/accounts/accounts.model';
import { canOpen, visibleNavItems } from './navigation';
import type { Session } from './session';

function session(role: Role | null, isPlatformAdmin = false): Session {
  const org = role ? { id: 'o1', name: 'Viborg Kommune', kind: 'municipality' as const, role } : null;
  return {
    user: { id: 'u1', email: 'a@example.dk', name: 'A', locale: 'da', isPlatformAdmin },
    activeOrganisation: org,
    organisations: org ? [org] : [],
    csrfToken: 'x',
    authKind: 'session',
  };
}

const sections = (s: Session | null) => visibleNavItems(s).map((i) => i.section);

describe('visibleNavItems', () => {
  it('shows an admin the organisation and administration sections but not the platform ones', () => {
    expect(sections(session('admin'))).toEqual([
      'start',
      'orgchart',
      'leaders',
      'people',
      'frameworks',
      'roleProfiles',
      'studies',
      'members',
      'tokens',
      'outbox',
      'audit',
    ]);
  });

  it('shows HR the org chart, leaders, people, frameworks, role profiles, studies and API tokens', () => {
    expect(sections(session('hr'))).toEqual([
      'start',
      'orgchart',
      'leaders',
      'people',
      'frameworks',
      'roleProfiles',
      'studies',
      'tokens',
    ]);
  });

  it('shows analysts start, frameworks, role profiles, studies and API tokens', () => {
    expect(sections(session('analyst'))).toEqual(['start', 'frameworks', 'roleProfiles', 'studies', 'tokens']);
  });

  it('shows leaders and coordinators start, frameworks, role profiles and API tokens, but not studies', () => {
    for (const role of ['leader', 'coordinator'] as const) {
      expect(sections(session(role))).toEqual(['start', 'frameworks', 'roleProfiles', 'tokens']);
      expect(canOpen('studies', session(role))).toBe(false);
    }
  });

  it('shows a user without an organisation the start page and the national frameworks and profiles', () => {
    expect(sections(session(null))).toEqual(['start', 'frameworks', 'roleProfiles']);
  });

  it('adds organisations for platform administrators, even without an organisation', () => {
    expect(sections(session(null, true))).toEqual(['start', 'frameworks', 'roleProfiles', 'organisations']);
    expect(sections(session('admin', true))).toEqual([
      'start',
      'orgchart',
      'leaders',
      'people',
      'frameworks',
      'roleProfiles',
      'studies',
      'members',
      'tokens',
      'outbox',
      'audit',
      'organisations',
    ]);
  });

  it('shows nothing when signed out', () => {
    expect(sections(null)).toEqual([]);
    expect(canOpen('start', null)).toBe(false);
  });
});
