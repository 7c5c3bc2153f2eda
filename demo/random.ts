/**
 * Seeded randomness for the demo and benchmark data: the same seed gives the same data on every machine and every
 * fresh start, so screenshots, walkthroughs and tests can rely on it.
 */

export type Random = () => number;

/** mulberry32: small, fast, good enough for synthetic data (not for anything secret). */
export function seededRng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Fisher-Yates, in place. */
export function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * Picks from a list ordered from most to least common with Zipf-like weights (1 / (rank + offset)): Jensen is far
 * more common than Ågaard, as in the real name statistics, without needing the statistics themselves.
 */
export function zipfPicker<T>(list: readonly T[], offset = 4): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    total += 1 / (i + offset);
    cumulative.push(total);
  }
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

/** A comma-separated list written as text (names, places): compact to read, one entry per comma. */
export function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
