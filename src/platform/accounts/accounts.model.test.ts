import { describe, expect, it } from 'vitest';
import {
  type Access,
  hasAccess,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
  loginLockout,
  normaliseEmail,
} from './accounts.model.js';

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Anne.Hansen@Viborg.DK \n')).toBe('anne.hansen@viborg.dk');
  });

  it('composes decomposed Danish letters (NFC) so both spellings are one key', () => {
    const decomposed = 'A\u030Ase@example.dk'; // "Å" as A + combining ring
    expect(normaliseEmail(decomposed)).toBe('\u00E5se@example.dk');
    expect(normaliseEmail(decomposed)).toBe(normaliseEmail('Åse@Example.dk'));
  });
});

describe('hasAccess', () => {
  const anonymous = { signedIn: false, isPlatformAdmin: false, role: null };
  const noOrg = { signedIn: true, isPlatformAdmin: false, role: null };
  const hr = { signedIn: true, isPlatformAdmin: false, role: 'hr' as const };
  const platformAdmin = { signedIn: true, isPlatformAdmin: true, role: null };

  it('lets anyone call public operations', () => {
    expect(hasAccess('public', anonymous)).toBe('ok');
  });

  it('needs a signed-in user for everything else', () => {
    for (const access of ['user', 'platform', ['admin']] as Access[]) {
      expect(hasAccess(access, anonymous)).toBe('unauthenticated');
    }
  });

  it("'user' needs no organisation", () => {
    expect(hasAccess('user', noOrg)).toBe('ok');
  });

  it("'platform' needs a platform admin, whatever the role", () => {
    expect(hasAccess('platform', platformAdmin)).toBe('ok');
    expect(hasAccess('platform', { ...hr, role: 'admin' })).toBe('platform_admin_required');
  });

  it('role lists need an active organisation and one of the roles', () => {
    expect(hasAccess(['admin', 'hr'], noOrg)).toBe('no_active_org');
    expect(hasAccess(['admin', 'hr'], hr)).toBe('ok');
    expect(hasAccess(['admin'], hr)).toBe('forbidden');
    // Being a platform admin does not stand in for a role in the organisation.
    expect(hasAccess(['admin'], platformAdmin)).toBe('no_active_org');
    expect(hasAccess(['admin'], { ...platformAdmin, role: 'leader' })).toBe('forbidden');
  });
});

describe('loginLockout', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const fail = (minutes: number) => ({ success: false, at: ago(minutes) });
  const ok = (minutes: number) => ({ success: true, at: ago(minutes) });

  it('allows fewer failures than the limit', () => {
    expect(loginLockout([], now)).toBe(0);
    expect(loginLockout([fail(4), fail(3), fail(2), fail(1)], now)).toBe(0);
  });

  it('locks out at the limit until the oldest counted failure leaves the window', () => {
    const attempts = [fail(10), fail(8), fail(6), fail(4), fail(2)];
    expect(attempts).toHaveLength(LOGIN_MAX_FAILURES);
    // The failure 10 minutes ago leaves the 15-minute window in 5 minutes.
    expect(loginLockout(attempts, now)).toBe(5);
  });

  it('with more failures than the limit, waits for enough of them to expire', () => {
    const attempts = [fail(14), fail(12), fail(9), fail(7), fail(5), fail(3)];
    // Six failures: the lock lifts when only four remain, i.e. when the one from 12 minutes ago expires.
    expect(loginLockout(attempts, now)).toBe(3);
  });

  it('rounds up and never answers 0 minutes while locked', () => {
    const almostExpired = [fail(14.99), fail(3), fail(2), fail(1), fail(0.5)];
    expect(loginLockout(almostExpired, now)).toBe(1);
  });

  it('ignores failures older than the window', () => {
    const attempts = [fail(LOGIN_WINDOW_MS / 60_000 + 1), fail(4), fail(3), fail(2), fail(1)];
    expect(loginLockout(attempts, now)).toBe(0);
  });

  it('counts only failures after the last success, in any input order', () => {
    expect(loginLockout([fail(1), fail(2), ok(3), fail(4), fail(5), fail(6), fail(7)], now)).toBe(0);
    expect(loginLockout([fail(1), fail(2), fail(3), ok(8), fail(4), fail(5)], now)).toBe(10);
  });

  it('takes another limit (the per-IP one)', () => {
    const attempts = Array.from({ length: 19 }, (_, i) => fail(i * 0.5));
    expect(loginLockout(attempts, now, 20)).toBe(0);
    expect(loginLockout([...attempts, fail(10)], now, 20)).toBe(5);
  });
});
