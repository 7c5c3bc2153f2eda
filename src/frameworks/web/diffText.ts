/**
 * Values of a version diff as text: the API sends each changed field's before and after as it is stored (strings,
 * keyword lists, level descriptors, the scale), and the diff view shows them side by side in the reader's language.
 */
import type { FrameworkItem } from '../frameworks.model';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(record: Record<string, unknown>, language: string, da: string, en: string): string {
  const first = language.startsWith('en') ? record[en] : record[da];
  const second = language.startsWith('en') ? record[da] : record[en];
  return String((typeof first === 'string' && first) || (typeof second === 'string' && second) || '');
}

/** One element of a list value: a level descriptor, a scale step, or anything else. */
function elementText(value: unknown, language: string): string {
  if (isRecord(value) && typeof value.level === 'number') {
    if ('labelDa' in value || 'labelEn' in value)
      return `${value.level} ${pick(value, language, 'labelDa', 'labelEn')}`;
    if ('da' in value || 'en' in value) return `${value.level}: ${pick(value, language, 'da', 'en')}`;
  }
  return valueText(value, language);
}

/** A diff value as one line of text; empty values give '' (the view says "empty" itself). */
export function valueText(value: unknown, language: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => elementText(v, language)).filter((text) => text !== '');
    const separator = value.some((v) => isRecord(v)) ? '; ' : ', ';
    return parts.join(separator);
  }
  return JSON.stringify(value);
}

/** A parent identifier as the parent's title, looked up in the given versions' items (newest first). */
export function parentTitle(
  identifier: string | null,
  sources: readonly (readonly FrameworkItem[] | undefined)[],
  language: string,
): string | null {
  if (identifier === null) return null;
  for (const items of sources) {
    const found = items?.find((i) => i.identifier === identifier);
    if (found) {
      const title = language.startsWith('en') ? found.titleEn || found.titleDa : found.titleDa || found.titleEn;
      return found.code ? `${found.code} ${title}` : title;
    }
  }
  return identifier;
}
