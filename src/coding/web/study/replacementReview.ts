/**
 * The pseudonymisation review before a transcript is saved: which proposed replacements the analyst keeps, which
 * terms they mark on top, what the upload then sends (`terms`, `exclude`), and where the preview highlights the
 * replacements. Terms compare case-insensitively, as the server does.
 */
import type { Replacement } from './coding.api.js';

export interface ReviewState {
  /** Proposed terms the analyst rejected (lower-cased). */
  rejected: string[];
  /** Extra terms the analyst marked, as typed. */
  marked: string[];
  /** True when the state changed after the preview was made: the preview no longer shows what will be saved. */
  stale: boolean;
}

export const emptyReview: ReviewState = { rejected: [], marked: [], stale: false };

const key = (term: string) => term.trim().normalize('NFC').toLowerCase();

export function isKept(state: ReviewState, term: string): boolean {
  return !state.rejected.includes(key(term));
}

export function toggleTerm(state: ReviewState, term: string, keep: boolean): ReviewState {
  const k = key(term);
  const rejected = state.rejected.filter((r) => r !== k);
  if (!keep) rejected.push(k);
  return { ...state, rejected, stale: true };
}

export type MarkResult = { state: ReviewState; problem: null } | { state: ReviewState; problem: 'empty' | 'duplicate' };

/** Adds a term to pseudonymise; refuses an empty one and one already marked or proposed. */
export function markTerm(state: ReviewState, term: string, proposed: readonly Replacement[]): MarkResult {
  const text = term.trim().normalize('NFC');
  if (!text) return { state, problem: 'empty' };
  const k = key(text);
  if (state.marked.some((m) => key(m) === k) || proposed.some((r) => key(r.term) === k))
    return { state, problem: 'duplicate' };
  return { state: { ...state, marked: [...state.marked, text], stale: true }, problem: null };
}

export function unmarkTerm(state: ReviewState, term: string): ReviewState {
  const k = key(term);
  return {
    ...state,
    marked: state.marked.filter((m) => key(m) !== k),
    rejected: state.rejected.filter((r) => r !== k),
    stale: true,
  };
}

/** What the upload sends: every marked term, and the rejected terms that are still on offer. */
export function reviewRequest(
  state: ReviewState,
  proposed: readonly Replacement[],
): { terms: string[]; exclude: string[] } {
  const offered = new Map(proposed.map((r) => [key(r.term), r.term]));
  for (const m of state.marked) if (!offered.has(key(m))) offered.set(key(m), m);
  return {
    terms: [...state.marked],
    exclude: state.rejected.filter((r) => offered.has(r)).map((r) => offered.get(r)!),
  };
}

/**
 * Replacements to list after a new dry run: the new answer, plus earlier proposals it no longer names (so a rejected
 * term keeps its checkbox and can be taken back).
 */
export function mergeProposals(previous: readonly Replacement[], next: readonly Replacement[]): Replacement[] {
  const known = new Set(next.map((r) => key(r.term)));
  return [...next, ...previous.filter((r) => !known.has(key(r.term)))];
}

export type PreviewPart =
  | { text: string; kind: null }
  | { text: string; kind: 'replaced'; term: string }
  | { text: string; kind: 'kept'; term: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The preview text in parts: each pseudonym of a kept replacement is marked 'replaced', each rejected term that stays
 * in the text is marked 'kept'. Whole words only, longest match first ("Person 12" before "Person 1").
 */
export function previewParts(text: string, proposed: readonly Replacement[], state: ReviewState): PreviewPart[] {
  const targets = new Map<string, { kind: 'replaced' | 'kept'; term: string }>();
  for (const r of proposed) {
    if (r.count === 0) continue;
    if (isKept(state, r.term)) targets.set(r.pseudonym, { kind: 'replaced', term: r.term });
    else targets.set(r.term.toLowerCase(), { kind: 'kept', term: r.term });
  }
  const needles = [...targets.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (needles.length === 0) return text ? [{ text, kind: null }] : [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${needles.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: PreviewPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const found = targets.get(match[0]) ?? targets.get(match[0].toLowerCase());
    // Pseudonyms match exactly; a case-insensitive hit on a pseudonym ("person 1" in running text) is not one.
    if (!found) continue;
    const start = match.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start), kind: null });
    parts.push({ text: match[0], kind: found.kind, term: found.term });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kind: null });
  return parts;
}
