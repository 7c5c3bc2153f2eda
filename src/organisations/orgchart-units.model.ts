/**
 * The unit tree of an org-chart import, from unit paths ("Viborg Kommune/Teknik og Miljø/Vej og Park": every prefix
 * is a unit) or from unit → parent unit pairs.
 */
import { type OrgChartProblem, problem } from './orgchart-problems.model';

export interface OrgChartUnit {
  /** The unit's path joined with `/` (see `unitKeyOf`): unique, and stable across imports of the same tree. */
  key: string;
  name: string;
  parentKey: string | null;
  path: string[];
}

const PATH_SEPARATORS = ['/', '>', '\\', '|'] as const;

/**
 * The separator a file's unit paths use: the candidate occurring most often ("/" on a tie or when none occurs), so
 * "Viborg Kommune > Social/Beskæftigelse > Jobcenter" splits on ">".
 */
export function detectPathSeparator(paths: readonly string[]): string {
  let best: string = PATH_SEPARATORS[0];
  let bestCount = 0;
  for (const sep of PATH_SEPARATORS) {
    const count = paths.reduce((n, p) => n + p.split(sep).length - 1, 0);
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

const escapeName = (name: string) =>
  name.includes('/') || name.includes('\\') ? name.replaceAll('\\', '\\\\').replaceAll('/', '\\/') : name;

/** The path joined with "/"; a "/" or "\\" inside a name is escaped with "\\", so two different paths never share a key. */
export const unitKeyOf = (path: readonly string[]) => path.map(escapeName).join('/');

/**
 * Units from paths (each prefix a unit) or from unit → parent pairs, where a unit's identity is its name and the
 * first row that names its parent wins.
 */
export class UnitTreeBuilder {
  private readonly byKey = new Map<string, OrgChartUnit>();
  private readonly parents = new Map<string, { parent: string; row: number }>();
  private readonly order: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly problems: OrgChartProblem[]) {}

  /** Adds the path's units (each prefix) and returns the key of its last one: the same string for every person in it. */
  addPath(path: readonly string[]): string {
    let parent = null as OrgChartUnit | null;
    for (let i = 0; i < path.length; i++) {
      // Each key extends its parent's (see unitKeyOf), so a 50,000-row file builds no key from scratch.
      const key: string = parent === null ? escapeName(path[0]) : `${parent.key}/${escapeName(path[i])}`;
      let unit = this.byKey.get(key);
      if (!unit) {
        unit = { key, name: path[i], parentKey: parent?.key ?? null, path: path.slice(0, i + 1) };
        this.byKey.set(key, unit);
      }
      parent = unit;
    }
    return parent?.key ?? '';
  }

  addWithParent(unit: string, parent: string, row: number) {
    this.remember(unit);
    // An empty parent says nothing (a root, or a row that leaves it out); only two different parents conflict.
    if (parent === '') return;
    this.remember(parent);
    const known = this.parents.get(unit);
    if (known === undefined) this.parents.set(unit, { parent, row });
    else if (known.parent !== parent)
      this.problems.push(
        problem(
          'unit_parent_conflict',
          { row, column: 'parentUnit' },
          { unit, parent, firstParent: known.parent, firstRow: known.row },
        ),
      );
  }

  private remember(unit: string) {
    if (!this.seen.has(unit)) {
      this.seen.add(unit);
      this.order.push(unit);
    }
  }

  /**
   * For parent-style trees: each unit's path from its root, keyed by unit name. A cycle (A under B under A) is
   * reported once and cut where the walk closed it, so every unit still gets a path.
   */
  finish(): Map<string, string> {
    const keys = new Map<string, string>();
    const pathOf = new Map<string, string[]>();
    const cut = new Set<string>();
    for (const start of this.order) {
      const chain: string[] = [];
      const onChain = new Set<string>();
      let current: string | undefined = start;
      while (current !== undefined && !pathOf.has(current)) {
        if (onChain.has(current)) {
          const cycle = chain.slice(chain.indexOf(current));
          const rows = cycle.map((u) => this.parents.get(u)!.row);
          this.problems.push(problem('unit_cycle', { row: Math.min(...rows), column: 'parentUnit' }, { units: cycle }));
          cut.add(chain[chain.length - 1]);
          break;
        }
        chain.push(current);
        onChain.add(current);
        current = this.parents.get(current)?.parent;
      }
      // From the top of the walk down: the first unit with a known path (or a root) gives every path below it.
      for (let i = chain.length - 1; i >= 0; i--) {
        const unit = chain[i];
        const parent = cut.has(unit) ? undefined : this.parents.get(unit)?.parent;
        const above = parent === undefined ? undefined : pathOf.get(parent);
        pathOf.set(unit, above ? [...above, unit] : [unit]);
      }
    }
    for (const unit of this.order) keys.set(unit, this.addPath(pathOf.get(unit)!));
    return keys;
  }

  units(): OrgChartUnit[] {
    return [...this.byKey.values()].sort((a, b) => a.path.length - b.path.length || a.key.localeCompare(b.key, 'da'));
  }
}
