/**
 * Splitting a code: the analyst names N new codes and sends each passage of the old code to one of them, or leaves
 * it where it is. This turns that plan into the API's `parts` and says what is wrong with it first.
 */
import type { Polarity } from '../../coding.model.js';
import type { SplitPart } from './coding.api.js';

export interface PlannedPart {
  name: string;
  colour: string;
  polarity: Polarity;
}

export interface SplitPlan {
  parts: PlannedPart[];
  /** codingId → index into parts; a passage not listed stays on the old code. */
  assignment: Record<string, number>;
}

export type SplitProblem =
  | { kind: 'noParts' }
  | { kind: 'nameMissing'; index: number }
  | { kind: 'nameTaken'; index: number }
  | { kind: 'nothingMoves' };

/**
 * Every part needs a name that is neither another part's nor a sibling's (compared without case); and at least one
 * passage must move, or the split would only add empty codes.
 */
export function splitProblems(plan: SplitPlan, siblingNames: readonly string[]): SplitProblem[] {
  if (plan.parts.length === 0) return [{ kind: 'noParts' }];
  const problems: SplitProblem[] = [];
  const taken = new Set(siblingNames.map((n) => n.trim().toLowerCase()));
  const seen = new Set<string>();
  plan.parts.forEach((part, index) => {
    const name = part.name.trim().toLowerCase();
    if (!name) problems.push({ kind: 'nameMissing', index });
    else if (taken.has(name) || seen.has(name)) problems.push({ kind: 'nameTaken', index });
    seen.add(name);
  });
  const moving = Object.values(plan.assignment).some((i) => i >= 0 && i < plan.parts.length);
  if (!moving) problems.push({ kind: 'nothingMoves' });
  return problems;
}

export function splitRequest(plan: SplitPlan): SplitPart[] {
  return plan.parts.map((part, index) => ({
    name: part.name.trim(),
    colour: part.colour,
    polarity: part.polarity,
    codingIds: Object.entries(plan.assignment)
      .filter(([, at]) => at === index)
      .map(([codingId]) => codingId)
      .sort(),
  }));
}

/** Removes a part; passages sent to it stay on the old code again, later parts' passages keep their part. */
export function removePart(plan: SplitPlan, index: number): SplitPlan {
  const assignment: Record<string, number> = {};
  for (const [codingId, at] of Object.entries(plan.assignment)) {
    if (at === index) continue;
    assignment[codingId] = at > index ? at - 1 : at;
  }
  return { parts: plan.parts.filter((_, i) => i !== index), assignment };
}

export function assign(plan: SplitPlan, codingId: string, index: number | null): SplitPlan {
  const assignment = { ...plan.assignment };
  if (index === null || index < 0) delete assignment[codingId];
  else assignment[codingId] = index;
  return { ...plan, assignment };
}
