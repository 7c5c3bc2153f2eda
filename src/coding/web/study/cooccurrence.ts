/**
 * The co-occurrence table's shading: counts fall into a few heat levels, each a background colour with a text colour
 * that keeps WCAG AA contrast (4.5:1), so the number stays readable on every cell. The colour is decoration; the
 * number is the content.
 */
import type { Code, Cooccurrence } from './coding.api.js';

/** Background and text colour per level; level 0 is an empty (or zero) cell. */
export const HEAT_LEVELS = [
  { background: '#ffffff', color: '#1a1a1a' },
  { background: '#e3eefa', color: '#1a1a1a' },
  { background: '#b9d3f0', color: '#1a1a1a' },
  { background: '#6f9fd8', color: '#000000' },
  { background: '#2b66b0', color: '#ffffff' },
  { background: '#0b3c7a', color: '#ffffff' },
] as const;

/** The level of a count relative to the table's largest off-diagonal count: 0 for none, else 1..5. */
export function heatLevel(count: number, max: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  const share = Math.min(1, count / max);
  return Math.max(1, Math.ceil(share * (HEAT_LEVELS.length - 1)));
}

function channel(hex: string, at: number): number {
  const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two #rrggbb colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Text colour for a chip in a code's own colour (imported codes may bring any colour): white or black, whichever
 * reads better. One of the two always reaches 4.5:1 (the worst background, luminance ≈ 0.18, still gives 4.58:1);
 * near-black would not (an orange such as #c75b00 gives 4.26:1 with white and 4.08:1 with #1a1a1a, 4.92:1 with black).
 */
export function chipTextColour(background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return '#000000';
  return contrastRatio('#ffffff', background) >= contrastRatio('#000000', background) ? '#ffffff' : '#000000';
}

export interface CooccurrenceTable {
  codes: Code[];
  counts: number[][];
  /** Largest count off the diagonal (the diagonal is each code's own total and would drown the rest). */
  max: number;
}

/**
 * The server's matrix in the codebook's reading order, limited to codes the codebook still has (a code deleted since
 * is left out), and optionally to codes that occur at all.
 */
export function cooccurrenceTable(data: Cooccurrence, ordered: readonly Code[], onlyUsed = true): CooccurrenceTable {
  const index = new Map(data.codes.map((id, i) => [id, i]));
  const kept = ordered.filter((code) => {
    const i = index.get(code.id);
    if (i === undefined) return false;
    return !onlyUsed || (data.counts[i]?.some((n) => n > 0) ?? false);
  });
  const at = kept.map((code) => index.get(code.id)!);
  const counts = at.map((i) => at.map((j) => data.counts[i]?.[j] ?? 0));
  let max = 0;
  counts.forEach((row, i) => {
    row.forEach((n, j) => {
      if (i !== j && n > max) max = n;
    });
  });
  return { codes: kept, counts, max };
}
