/**
 * Search in a framework version: which items match a query in their code, titles, keywords or descriptions (both
 * languages), which items must be opened to show them, and how to cut a title into highlighted and plain parts.
 * Matching ignores case and accents on letters like é, but keeps æ, ø and å distinct, as Danish readers expect.
 */
import type { FrameworkItem } from '../frameworks.model';

export type MatchField = 'code' | 'title' | 'keywords' | 'description';

/** Lower case, NFC, accents stripped except on the Danish letters (å is a letter of its own, not a + ring). */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .split('')
    .map((char) => (char === 'å' ? char : char.normalize('NFD').replace(/\p{M}/gu, '')))
    .join('');
}

/** The query as words; every word must occur somewhere in the item. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

function fieldsOf(item: FrameworkItem): Record<MatchField, string> {
  return {
    code: item.code,
    title: `${item.titleDa}\n${item.titleEn}`,
    keywords: [...item.keywordsDa, ...item.keywordsEn].join('\n'),
    description: `${item.descriptionDa}\n${item.descriptionEn}`,
  };
}

/**
 * Items whose text holds every word of the query, with the fields each word was found in. An empty query matches
 * nothing (the tree is then shown as it is).
 */
export function searchItems(items: readonly FrameworkItem[], query: string): Map<string, MatchField[]> {
  const words = queryWords(query);
  const found = new Map<string, MatchField[]>();
  if (words.length === 0) return found;
  for (const item of items) {
    const fields = Object.entries(fieldsOf(item)).map(([field, text]) => [field, normaliseForSearch(text)] as const);
    const matched = new Set<MatchField>();
    const all = words.every((word) => {
      const hits = fields.filter(([, text]) => text.includes(word));
      for (const [field] of hits) matched.add(field as MatchField);
      return hits.length > 0;
    });
    if (all) found.set(item.identifier, [...matched]);
  }
  return found;
}

/** Every ancestor of the given items: the ones to open so the items can be seen. */
export function ancestorsOf(items: readonly FrameworkItem[], identifiers: Iterable<string>): Set<string> {
  const parentOf = new Map(items.map((i) => [i.identifier, i.parentIdentifier]));
  const out = new Set<string>();
  for (const id of identifiers) {
    let parent = parentOf.get(id) ?? null;
    while (parent && !out.has(parent)) {
      out.add(parent);
      parent = parentOf.get(parent) ?? null;
    }
  }
  return out;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * The text cut into parts, with each occurrence of a query word marked. Falls back to one plain part when
 * normalising changes the text's length (then positions would not line up).
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = queryWords(query);
  const normal = normaliseForSearch(text);
  if (words.length === 0 || normal.length !== text.length) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    let from = normal.indexOf(word);
    while (from !== -1) {
      marked.fill(true, from, from + word.length);
      from = normal.indexOf(word, from + word.length);
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i], match: marked[i] });
  }
  return parts.length ? parts : [{ text, match: false }];
}
