import type { TFunction } from 'i18next';
import { ApiError } from '../api';

/** A message a user can act on, for any error an API call or the app can throw. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('shell:errors.network');
    if (error.detail) return error.detail;
    if (error.status === 404) return t('shell:errors.notFound');
    if (error.status === 403) return t('shell:errors.forbidden');
    return t('shell:errors.unexpected', { status: error.status });
  }
  return t('shell:errors.unexpectedClient');
}

const CODE_LIKE = /^[a-z]+(_[a-z]+)+$/;

/**
 * The message to show next to a field. The server normally sends a sentence; when it sends only a code
 * (e.g. `weak_password`) the problem's own detail says it better.
 */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldError(path);
  if (message === undefined) return undefined;
  return CODE_LIKE.test(message) && error.detail ? error.detail : message;
}

/** A validation error raised in the browser, shaped like the server's so forms show both the same way. */
export function clientValidationError(detail: string, fields: Record<string, string | undefined>): ApiError | null {
  const errors = Object.entries(fields)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([path, message]) => ({ path, message }));
  return errors.length ? new ApiError(400, 'validation', detail, errors) : null;
}
