/** Roles a user can hold in an organisation (one per membership). */
export const roles = ['admin', 'analyst', 'hr', 'leader', 'coordinator'] as const;
export type Role = (typeof roles)[number];

export const organisationKinds = [
  'municipality',
  'region',
  'state_agency',
  'school',
  'veu_centre',
  'union',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * Who may call an operation: 'public' (anyone), 'user' (any signed-in user, no organisation needed),
 * 'platform' (platform administrators) or the organisation roles that may use it in the active organisation.
 */
export type Access = 'public' | 'user' | 'platform' | readonly Role[];

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
export const RESET_TTL_MS = 3600 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Login rate limit: this many failures for one e-mail (or one IP × 4) within the window locks it out. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

export function hasAccess(
  access: Access,
  who: { signedIn: boolean; isPlatformAdmin: boolean; role: Role | null },
): 'ok' | 'unauthenticated' | 'no_active_org' | 'forbidden' | 'platform_admin_required' {
  if (access === 'public') return 'ok';
  if (!who.signedIn) return 'unauthenticated';
  if (access === 'user') return 'ok';
  if (access === 'platform') return who.isPlatformAdmin ? 'ok' : 'platform_admin_required';
  if (!who.role) return 'no_active_org';
  return access.includes(who.role) ? 'ok' : 'forbidden';
}

/** Counts failures since the last success within the window; returns minutes to wait, or 0 when allowed. */
export function loginLockout(
  attempts: { success: boolean; at: Date }[],
  now: Date,
  maxFailures = LOGIN_MAX_FAILURES,
): number {
  const recent = attempts.filter((a) => now.getTime() - a.at.getTime() < LOGIN_WINDOW_MS).sort((a, b) => +a.at - +b.at);
  const lastSuccess = recent.findLastIndex((a) => a.success);
  const failures = recent.slice(lastSuccess + 1).filter((a) => !a.success);
  if (failures.length < maxFailures) return 0;
  const oldest = failures[failures.length - maxFailures].at.getTime();
  return Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now.getTime()) / 60000));
}
