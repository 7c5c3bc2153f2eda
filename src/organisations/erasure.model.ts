/**
 * What erasure looks for in free-form data (audit details, import previews, mail copies): the person's id, name
 * and e-mail as whole words anywhere in a text, and their employee id as a whole value (a short number would otherwise match
 * inside other people's numbers). Pure, so the rules are tested without a database.
 */

export const ERASED = 'erased';

export interface ErasureNeedles {
  /** Removed wherever they occur in a string, case-insensitively. */
  contained: string[];
  /** Replaced only where a whole string equals them. */
  exact: string[];
}

/** Shorter texts would match inside unrelated words. */
const MIN_NEEDLE_LENGTH = 3;

export function erasureNeedles(person: {
  id: string;
  name: string;
  email: string | null;
  employeeId: string;
}): ErasureNeedles {
  const contained = [person.id, person.name.normalize('NFC').trim(), person.email?.trim() ?? ''].filter(
    (n) => n.length >= MIN_NEEDLE_LENGTH,
  );
  return { contained, exact: [person.employeeId] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A needle as a whole word: "Anne Hansen" is not erased out of "Marianne Hansen", but is out of "Anne Hansen's
 * unit" or an e-mail header "<anne@x.dk>".
 */
function wordPattern(needle: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The text with every occurrence of a needle replaced by `erased`; unchanged when none occurs. */
export function scrubText(text: string, needles: ErasureNeedles): string {
  if (needles.exact.includes(text)) return ERASED;
  let result = text;
  for (const needle of needles.contained) result = result.replace(wordPattern(needle), ERASED);
  return result;
}

/** Whether the text holds any needle as a whole word, or is an exact one. */
export function mentions(text: string, needles: ErasureNeedles): boolean {
  return needles.exact.includes(text) || needles.contained.some((n) => wordPattern(n).test(text));
}

/** Whether any string in a JSON value (keys included) holds a needle. */
export function jsonMentions(value: unknown, needles: ErasureNeedles): boolean {
  if (typeof value === 'string') return mentions(value, needles);
  if (Array.isArray(value)) return value.some((item) => jsonMentions(item, needles));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => mentions(key, needles) || jsonMentions(item, needles));
  }
  return false;
}

/**
 * A JSON value with every string (values and object keys) scrubbed. An object inside an array that mentions the
 * person is a record about them (a preview sample, say) and is dropped whole, since its other fields (job title,
 * unit) could still point at them; strings in arrays are scrubbed in place.
 */
export function scrubJson(value: unknown, needles: ErasureNeedles): unknown {
  if (typeof value === 'string') return scrubText(value, needles);
  if (Array.isArray(value)) {
    return value
      .filter(
        (item) => !(item !== null && typeof item === 'object' && !Array.isArray(item) && jsonMentions(item, needles)),
      )
      .map((item) => scrubJson(item, needles));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[scrubText(key, needles)] = scrubJson(item, needles);
    return out;
  }
  return value;
}

/** `%needle%` patterns for a SQL ILIKE pre-filter (wildcards in the needle taken literally). */
export function likePatterns(needles: ErasureNeedles): string[] {
  return needles.contained.map((n) => `%${n.replace(/[\\%_]/g, '\\$&')}%`);
}
