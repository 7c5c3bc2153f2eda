import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { errorMessage, fieldError } from './errors';
import { Icon } from './Icon';

/**
 * DKFDS error summary above a form: takes focus when it appears, lists each field error as a link to the
 * field, or shows the problem's message when no field is to blame.
 */
export function ErrorSummary({
  error,
  fields = {},
}: {
  error: unknown;
  /** Server field path → id of the input it belongs to. */
  fields?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;

  const listed =
    error instanceof ApiError
      ? error.fieldErrors.map((e) => ({ path: e.path, message: fieldError(error, e.path) ?? e.message }))
      : [];
  const unique = listed.filter((e, i) => listed.findIndex((o) => o.message === e.message && o.path === e.path) === i);

  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('errors.summaryHeading')}</p>
        {unique.length === 0 ? (
          <p className="alert-text">{errorMessage(error, t)}</p>
        ) : (
          <ul className="alert-text nobullet-list">
            {unique.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                {fields[e.path] ? (
                  <a
                    href={`#${fields[e.path]}`}
                    onClick={(event) => {
                      // Focus the field without changing the router's location.
                      event.preventDefault();
                      document.getElementById(fields[e.path])?.focus();
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
