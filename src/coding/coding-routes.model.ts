/** Shapes shared by the coding routes' OpenAPI schemas (no I/O). */
export const LAYER_PATTERN = /^(all|me|consensus|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Parses a JSON array of strings from a form field; null when malformed. */
export function stringList(value: unknown): string[] | null {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string' && v.length <= 200)) return null;
    return parsed.length <= 500 ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}
