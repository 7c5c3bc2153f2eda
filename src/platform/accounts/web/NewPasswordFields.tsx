import { useTranslation } from 'react-i18next';
import { TextField } from '../../../web/ui/fields';
import { MIN_PASSWORD_LENGTH } from '../accounts.model';

/**
 * A new password and its repetition, as every form that sets a password asks for them (ids `new-password` and
 * `repeat-password`, for ErrorSummary links).
 */
export function NewPasswordFields(props: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  passwordError?: string;
  repeatError?: string;
}) {
  const { t } = useTranslation('accounts');
  return (
    <>
      <TextField
        id="new-password"
        type="password"
        autoComplete="new-password"
        label={t('fields.newPassword')}
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        value={props.password}
        onChange={(event) => props.onPassword(event.target.value)}
        error={props.passwordError}
      />
      <TextField
        id="repeat-password"
        type="password"
        autoComplete="new-password"
        label={t('fields.repeatPassword')}
        value={props.repeat}
        onChange={(event) => props.onRepeat(event.target.value)}
        error={props.repeatError}
      />
    </>
  );
}
