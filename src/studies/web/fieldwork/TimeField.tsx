import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../web/ui/fields';
import { availabilityFieldId } from './availabilityForm';

/**
 * A wall-clock time typed as HH:MM, named by the form's field path. `context` (e.g. "mandag, tidsrum 1") is read by
 * screen readers before the visible label, since the page shows many "Fra" and "Til" fields.
 */
export function TimeField({
  field,
  label,
  context,
  value,
  error,
  disabled,
  onChange,
}: {
  field: string;
  label: string;
  context: string;
  value: string;
  error?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const labelled: ReactNode = (
    <>
      <span className="sr-only">{`${context}: `}</span>
      {label}
    </>
  );
  return (
    <TextField
      id={availabilityFieldId(field)}
      label={labelled}
      className="input-width-xs"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('availability.timePlaceholder')}
      value={value}
      error={error}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
