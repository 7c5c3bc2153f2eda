import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** DKFDS form group: label, optional hint, error message (with a hidden "Fejl:" for screen readers), control. */
function FieldFrame({ id, label, hint, error, children }: FieldFrameProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('errors.fieldPrefix')} </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  className,
  ...input
}: FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="text"
        className={`form-input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

/** A file picker in the same form group (label, hint, error); `name` defaults to the id. */
export function FileField({
  id,
  label,
  hint,
  error,
  ...input
}: FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="file"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  ...input
}: FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        className="form-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: FieldFrameProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className="form-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

/** DKFDS radio buttons in a fieldset with a legend. */
export function RadioGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: ReactNode;
  options: { value: V; label: ReactNode; lang?: string }[];
  value: V;
  onChange: (value: V) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="form-label">{legend}</legend>
        {error ? (
          <span className="form-error-message" id={`${name}-error`}>
            <span className="sr-only">{t('errors.fieldPrefix')} </span>
            {error}
          </span>
        ) : null}
        {options.map((option) => (
          <div className="form-group-radio" key={option.value}>
            <input
              type="radio"
              className="form-radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="form-label" htmlFor={`${name}-${option.value}`} lang={option.lang}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
