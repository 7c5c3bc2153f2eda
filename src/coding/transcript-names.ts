/**
 * The names pseudonymisation looks for in a transcript: people of the participant's organisation and places it knows
 * (the organisation, its areas and units, the municipalities). A municipality's org chart can hold 50,000 people, so
 * only those whose first or last name occurs as a word in the text are fetched at all.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import { orgAreas, orgUnits, people } from '../organisations/organisations.schema.js';
import { organisations } from '../platform/accounts/accounts.schema.js';
import type { DbOrTx } from '../platform/db/client.js';

export interface KnownTerm {
  term: string;
  kind: 'person' | 'place';
}

/** Capitalised words of the text (names start with a capital letter), lower-cased, possessive -s removed too. */
export function capitalisedWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const word = match[0].toLowerCase();
    words.add(word);
    if (word.endsWith('s') && word.length > 3) words.add(word.slice(0, -1));
  }
  return [...words];
}

export async function knownTerms(db: DbOrTx, orgId: string, text: string): Promise<KnownTerm[]> {
  const words = capitalisedWords(text);
  const terms: KnownTerm[] = [];
  if (words.length > 0) {
    const list = sql`${`{${words.map((w) => `"${w.replaceAll('"', '')}"`).join(',')}}`}::text[]`;
    const found = await db
      .select({ name: people.name })
      .from(people)
      .where(
        and(
          eq(people.orgId, orgId),
          or(
            sql`lower(split_part(${people.name}, ' ', 1)) = any(${list})`,
            sql`lower(regexp_replace(${people.name}, '^.* ', '')) = any(${list})`,
          ),
        ),
      )
      .limit(5000);
    for (const p of found) terms.push({ term: p.name, kind: 'person' });
  }
  const places = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(or(eq(organisations.id, orgId), eq(organisations.kind, 'municipality')));
  const areas = await db.select({ name: orgAreas.name }).from(orgAreas).where(eq(orgAreas.orgId, orgId));
  const units = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.orgId, orgId));
  const lower = text.toLowerCase();
  for (const p of [...places, ...areas, ...units]) {
    // A place counts when its name occurs; "Viborg Kommune" is also found as "Viborg".
    const short = p.name.replace(/\s+(Kommune|Region)$/i, '');
    if (lower.includes(short.toLowerCase())) terms.push({ term: short, kind: 'place' });
  }
  return dedupe(terms);
}

function dedupe(terms: KnownTerm[]): KnownTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.kind}:${t.term.toLowerCase()}`;
    if (seen.has(key) || t.term.trim().length < 2) return false;
    seen.add(key);
    return true;
  });
}
