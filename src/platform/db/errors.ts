/** PostgreSQL errors as they reach a service: drizzle may wrap the driver's error as `cause`. */

/** The SQLSTATE code of a failed query (e.g. '23505'), found through any wrapping. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** unique_violation: another row already holds the key. */
export const isUniqueViolation = (error: unknown): boolean => pgErrorCode(error) === '23505';
