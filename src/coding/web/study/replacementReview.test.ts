import { describe, expect, it } from 'vitest';
import type { Replacement } from './coding.api.js';
import {
  emptyReview,
  isKept,
  markTerm,
  mergeProposals,
  previewParts,
  reviewRequest,
  toggleTerm,
  unmarkTerm,
} from './replacementReview.js';

const proposed: Replacement[] = [
  { term: 'Mette Hansen', kind: 'person', pseudonym: 'Person 1', count: 2 },
  { term: 'Viborg', kind: 'place', pseudonym: 'Sted 1', count: 1 },
  { term: 'Karen', kind: 'person', pseudonym: 'Person 12', count: 1 },
];

describe('review state', () => {
  it('keeps every proposal until one is rejected, and sends the rejected as exclude', () => {
    let state = emptyReview;
    expect(isKept(state, 'Viborg')).toBe(true);
    state = toggleTerm(state, 'viborg', false);
    expect(isKept(state, 'Viborg')).toBe(false);
    expect(state.stale).toBe(true);
    expect(reviewRequest(state, proposed)).toEqual({ terms: [], exclude: ['Viborg'] });
    state = toggleTerm(state, 'Viborg', true);
    expect(reviewRequest(state, proposed)).toEqual({ terms: [], exclude: [] });
  });

  it('adds marked terms once, refusing empty ones and ones already proposed', () => {
    const first = markTerm(emptyReview, '  Skovbo Plejecenter ', proposed);
    expect(first.problem).toBeNull();
    expect(first.state.marked).toEqual(['Skovbo Plejecenter']);
    expect(markTerm(first.state, 'skovbo plejecenter', proposed).problem).toBe('duplicate');
    expect(markTerm(first.state, 'VIBORG', proposed).problem).toBe('duplicate');
    expect(markTerm(first.state, '   ', proposed).problem).toBe('empty');
    expect(reviewRequest(first.state, proposed)).toEqual({ terms: ['Skovbo Plejecenter'], exclude: [] });
  });

  it('forgets a marked term and its rejection together', () => {
    let state = markTerm(emptyReview, 'Bo', proposed).state;
    state = toggleTerm(state, 'Bo', false);
    expect(reviewRequest(state, proposed)).toEqual({ terms: ['Bo'], exclude: ['Bo'] });
    state = unmarkTerm(state, 'bo');
    expect(reviewRequest(state, proposed)).toEqual({ terms: [], exclude: [] });
  });

  it('does not send rejections of terms no longer on offer', () => {
    const state = toggleTerm(emptyReview, 'Aarhus', false);
    expect(reviewRequest(state, proposed).exclude).toEqual([]);
  });
});

describe('mergeProposals', () => {
  it('keeps earlier proposals the new dry run no longer lists', () => {
    const next: Replacement[] = [{ term: 'mette hansen', kind: 'person', pseudonym: 'Person 1', count: 2 }];
    expect(mergeProposals(proposed, next).map((r) => r.term)).toEqual(['mette hansen', 'Viborg', 'Karen']);
  });
});

describe('previewParts', () => {
  it('marks pseudonyms of kept replacements, whole words only, longest first', () => {
    const text = 'Person 12 talte med Person 1 i Sted 1. Person 100 var der ikke.';
    const parts = previewParts(text, proposed, emptyReview);
    expect(parts).toEqual([
      { text: 'Person 12', kind: 'replaced', term: 'Karen' },
      { text: ' talte med ', kind: null },
      { text: 'Person 1', kind: 'replaced', term: 'Mette Hansen' },
      { text: ' i ', kind: null },
      { text: 'Sted 1', kind: 'replaced', term: 'Viborg' },
      { text: '. Person 100 var der ikke.', kind: null },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('marks a rejected term where it stays in the text, and not its pseudonym', () => {
    const state = toggleTerm(emptyReview, 'Viborg', false);
    const parts = previewParts('Fra Viborg til Sted 1', proposed, state);
    expect(parts).toEqual([
      { text: 'Fra ', kind: null },
      { text: 'Viborg', kind: 'kept', term: 'Viborg' },
      { text: ' til Sted 1', kind: null },
    ]);
  });

  it('does not take a differently cased pseudonym for one', () => {
    expect(previewParts('person 1 og Person 1', proposed, emptyReview).map((p) => p.kind)).toEqual([null, 'replaced']);
  });

  it('returns the text whole when nothing is replaced', () => {
    expect(previewParts('Ingen navne her.', [], emptyReview)).toEqual([{ text: 'Ingen navne her.', kind: null }]);
    expect(previewParts('', [], emptyReview)).toEqual([]);
  });
});
