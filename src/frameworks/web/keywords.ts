/** Splits typed text into keywords at commas and semicolons, dropping blanks and ones already in the list. */
export function addKeywords(current: readonly string[], typed: string): string[] {
  const seen = new Set(current.map((k) => k.toLocaleLowerCase('da')));
  const out = [...current];
  for (const raw of typed.split(/[,;]/)) {
    const keyword = raw.trim().replace(/\s+/g, ' ');
    const key = keyword.toLocaleLowerCase('da');
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}
