import type { ReactNode } from 'react';

/** A DKFDS checkbox with its label, inside a form group. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input
          id={id}
          type="checkbox"
          className="form-checkbox"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
