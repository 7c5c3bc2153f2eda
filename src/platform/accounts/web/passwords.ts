import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH } from '../accounts.model';

/** Browser-side checks of a new password and its repetition; the server checks the rules again. */
export function newPasswordErrors(
  password: string,
  repeat: string,
  t: TFunction<'accounts'>,
): { password?: string; repeat?: string } {
  return {
    password: password.length < MIN_PASSWORD_LENGTH ? t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) : undefined,
    repeat: password !== repeat ? t('password.mismatch') : undefined,
  };
}
