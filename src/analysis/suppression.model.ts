/**
 * Small-number suppression for every output of the analysis (pages, API, exports): no figure describes fewer than
 * MIN_CELL people, and none can be recovered from the figures that are shown.
 *
 * A grouped table is one grouping (by organisation, area, tenure band …) of the people a filter selects, with the
 * filter's total. Three rules, applied in order:
 * 1. Primary: a cell with 1…MIN_CELL−1 people is suppressed. (A cell with nobody in it is an empty cell, not a
 *    suppressed one.)
 * 2. Differencing against the unfiltered table: with a filter, the people the filter removed from a cell
 *    (`parentN − n`) are what the two tables' difference would describe; if they are 1…MIN_CELL−1 people, the
 *    cell is suppressed. The same holds for the filtered total against the unfiltered total.
 * 3. Complementary: the shown total minus the shown cells describes the suppressed cells together (and, with a
 *    filter, their difference to the unfiltered table does too); while either holds 1…MIN_CELL−1 people, the
 *    smallest shown cell is suppressed as well.
 * A total of 1…MIN_CELL−1 people suppresses the whole table (an empty table is just empty).
 */

export const MIN_CELL = 5;

export interface CellCount {
  key: string;
  /** People in the cell under the current filter. */
  n: number;
  /** People in the same cell without the filter (omit when there is no filter). */
  parentN?: number;
}

export interface SuppressionResult {
  /** Keys of the cells to show as "færre end 5". */
  suppressed: Set<string>;
  /** Why each was suppressed: the cell itself, the difference to the unfiltered table, or to protect another. */
  reasons: Map<string, 'small' | 'difference' | 'complementary'>;
  totalSuppressed: boolean;
}

const small = (n: number, min: number) => n > 0 && n < min;

export function suppressTable(
  cells: readonly CellCount[],
  total: { n: number; parentN?: number },
  min = MIN_CELL,
): SuppressionResult {
  const reasons = new Map<string, 'small' | 'difference' | 'complementary'>();
  const totalSuppressed = small(total.n, min) || (total.parentN !== undefined && small(total.parentN - total.n, min));
  if (totalSuppressed) {
    for (const c of cells) if (c.n > 0) reasons.set(c.key, 'small');
    return { suppressed: new Set(reasons.keys()), reasons, totalSuppressed };
  }
  for (const c of cells) {
    if (small(c.n, min)) reasons.set(c.key, 'small');
    // Even an empty filtered cell: "0 here" next to the unfiltered count says the filter left out those people.
    else if (c.parentN !== undefined && small(c.parentN - c.n, min)) reasons.set(c.key, 'difference');
  }
  // The people in no cell (e.g. without an area) count as hidden from the start.
  const outside = Math.max(0, total.n - cells.reduce((s, c) => s + c.n, 0));
  const outsideParent = Math.max(0, (total.parentN ?? total.n) - cells.reduce((s, c) => s + (c.parentN ?? c.n), 0));
  const hiddenCells = () => cells.filter((c) => reasons.has(c.key));
  const hidden = () => outside + hiddenCells().reduce((s, c) => s + c.n, 0);
  const hiddenParent = () => outsideParent + hiddenCells().reduce((s, c) => s + (c.parentN ?? c.n), 0);
  // The total minus the shown cells recovers the hidden ones together, and with a filter their difference to the
  // unfiltered table too: neither may describe 1…MIN_CELL−1 people.
  const leaks = () => small(hidden(), min) || small(hiddenParent() - hidden(), min);
  const shown = cells
    // An empty filtered cell of a non-empty unfiltered one can protect a difference too.
    .filter((c) => !reasons.has(c.key) && (c.n > 0 || (c.parentN ?? 0) > 0))
    .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : 1));
  while (leaks() && shown.length > 0) reasons.set((shown.shift() as CellCount).key, 'complementary');
  return { suppressed: new Set(reasons.keys()), reasons, totalSuppressed };
}
