/**
 * The sampling table's arithmetic and wording: how a stratum is named (organisation, area, tenure band), what a
 * typed target means, the sums in the table's footer, and which typed targets differ from the saved ones.
 */
import { parseStratumKey, TENURE_BANDS, type TenureBand } from '../sampling.model';
import type { ParticipantRow, StratumRow } from './studies.api';

/** The subset of i18next's `t` these helpers need (keys are given with their namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function isTenureBand(value: unknown): value is TenureBand {
  return typeof value === 'string' && (TENURE_BANDS as readonly string[]).includes(value);
}

/** "Ny leder (under 2 år)", "Erfaren leder", "Ukendt"; "Alle" when the study does not split by tenure. */
export function bandText(band: string | null | undefined, t: Translate): string {
  if (band === null || band === undefined) return t('studies:bands.all');
  return isTenureBand(band) ? t(`studies:bands.${band}`) : band;
}

/**
 * The stratum's area: its name, "Uden område" for leaders whose unit has none, and "Alle områder" when the study
 * does not split by area (the key says which, since a stratum row alone cannot).
 */
export function areaText(stratum: Pick<StratumRow, 'key' | 'area' | 'areaName'>, t: Translate): string {
  const parts = parseStratumKey(stratum.key);
  if (!parts || parts.area === undefined) return t('studies:sampling.allAreas');
  if (parts.area === null) return t('studies:sampling.noArea');
  return stratum.areaName || parts.area;
}

/** One line naming the stratum, for input labels and messages: "Viborg Kommune, Teknik og Miljø, Erfaren leder". */
export function stratumName(stratum: StratumRow, t: Translate): string {
  return [stratum.orgName, areaText(stratum, t), bandText(stratum.band, t)].join(', ');
}

/** A typed target: a whole number from 0 up, or null for anything else. An empty field means 0. */
export function parseTarget(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}

export type TargetProblem = 'invalid' | 'tooLarge';

/** The typed targets that cannot be saved, by stratum key. */
export function targetProblems(strata: readonly StratumRow[], drafts: Readonly<Record<string, string>>) {
  const problems = new Map<string, TargetProblem>();
  for (const s of strata) {
    const text = drafts[s.key];
    if (text === undefined) continue;
    const value = parseTarget(text);
    if (value === null) problems.set(s.key, 'invalid');
    else if (value > s.size) problems.set(s.key, 'tooLarge');
  }
  return problems;
}

/** The target of a stratum as typed (when it is valid), else as saved. */
export function effectiveTarget(stratum: StratumRow, drafts: Readonly<Record<string, string>>): number {
  const text = drafts[stratum.key];
  const value = text === undefined ? null : parseTarget(text);
  return value ?? stratum.target;
}

export interface StrataTotals {
  size: number;
  target: number;
  drawn: number;
  declined: number;
}

export function strataTotals(
  strata: readonly StratumRow[],
  drafts: Readonly<Record<string, string>> = {},
): StrataTotals {
  return strata.reduce(
    (sum, s) => ({
      size: sum.size + s.size,
      target: sum.target + effectiveTarget(s, drafts),
      drawn: sum.drawn + s.drawn,
      declined: sum.declined + s.declined,
    }),
    { size: 0, target: 0, drawn: 0, declined: 0 },
  );
}

/** Whether any typed target differs from the saved one (so drawing now would ignore the edit). */
export function targetsChanged(strata: readonly StratumRow[], drafts: Readonly<Record<string, string>>): boolean {
  return strata.some((s) => drafts[s.key] !== undefined && parseTarget(drafts[s.key]) !== s.target);
}

/** The body of PUT /sampling/targets for the typed targets. */
export function targetsPayload(strata: readonly StratumRow[], drafts: Readonly<Record<string, string>>) {
  return strata.map((s) => ({ key: s.key, target: effectiveTarget(s, drafts) }));
}

const areaIndexKey = (orgId: string, area: string) => `${orgId}\u0000${area}`;

/** Area names by organisation and area key, from the sampling view, for the participant list. */
export function areaNameIndex(strata: readonly StratumRow[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const s of strata) if (s.area && s.areaName) index.set(areaIndexKey(s.orgId, s.area), s.areaName);
  return index;
}

/** A participant's area as a reader wants it: the name when known, else the key; a dash when there is none. */
export function participantArea(participant: ParticipantRow, index: ReadonlyMap<string, string>): string {
  if (participant.areaName) return participant.areaName;
  if (!participant.area) return '–';
  return index.get(areaIndexKey(participant.orgId, participant.area)) ?? participant.area;
}
