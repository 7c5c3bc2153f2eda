/**
 * The response-rate table's arithmetic and wording: the totals row (its rate computed from the summed counts, not
 * averaged over strata), rates as percentages in the reader's language, and how a stratum's area and tenure band
 * are named.
 */
import type { Language } from '../../../web/i18n';
import { parseStratumKey, TENURE_BANDS, type TenureBand } from '../../sampling.model';
import type { StratumRate } from './fieldwork.api';

export type RateCounts = Pick<
  StratumRate,
  'drawn' | 'invited' | 'booked' | 'interviewed' | 'surveyed' | 'declined' | 'responseRate'
>;

export const COUNT_COLUMNS = ['drawn', 'invited', 'booked', 'interviewed', 'surveyed', 'declined'] as const;

/** Interviewed or answered, of those invited; null before anyone is invited (as the server computes it per stratum). */
export function responseRate(counts: Pick<StratumRate, 'invited' | 'interviewed' | 'surveyed'>): number | null {
  return counts.invited > 0 ? (counts.interviewed + counts.surveyed) / counts.invited : null;
}

export function rateTotals(rows: readonly StratumRate[]): RateCounts {
  const sum = (column: (typeof COUNT_COLUMNS)[number]) => rows.reduce((n, r) => n + r[column], 0);
  const counts = {
    drawn: sum('drawn'),
    invited: sum('invited'),
    booked: sum('booked'),
    interviewed: sum('interviewed'),
    surveyed: sum('surveyed'),
    declined: sum('declined'),
  };
  return { ...counts, responseRate: responseRate(counts) };
}

/** "37,5 %" / "37.5%"; a dash before anyone is invited. */
export function formatRate(rate: number | null, language: Language): string {
  if (rate === null || !Number.isFinite(rate)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);
}

export function isTenureBand(value: unknown): value is TenureBand {
  return typeof value === 'string' && (TENURE_BANDS as readonly string[]).includes(value);
}

/** The i18n key (fieldwork namespace) of a stratum's tenure band; `all` when the study does not split by tenure. */
export function bandKey(band: string | null): `bands.${TenureBand | 'all'}` | null {
  if (band === null) return 'bands.all';
  return isTenureBand(band) ? `bands.${band}` : null;
}

export type AreaLabel = { kind: 'all' } | { kind: 'none' } | { kind: 'named'; name: string };

/**
 * The area of a stratum: all areas when the study does not split by area, none when its leaders have no area, else
 * the area's name from the sampling view (by stratum key), falling back to its key.
 */
export function areaLabel(
  row: Pick<StratumRate, 'stratumKey' | 'area'>,
  names: ReadonlyMap<string, string>,
): AreaLabel {
  const parts = parseStratumKey(row.stratumKey);
  if (!parts || parts.area === undefined) return row.area ? { kind: 'named', name: row.area } : { kind: 'all' };
  if (parts.area === null) return { kind: 'none' };
  return { kind: 'named', name: names.get(row.stratumKey) || parts.area };
}
