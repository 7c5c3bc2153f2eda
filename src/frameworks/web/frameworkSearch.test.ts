import { describe, expect, it } from 'vitest';
import type { FrameworkItem } from '../frameworks.model';
import { ancestorsOf, highlightParts, normaliseForSearch, queryWords, searchItems } from './frameworkSearch';

function item(identifier: string, parentIdentifier: string | null, fields: Partial<FrameworkItem> = {}): FrameworkItem {
  return {
    identifier,
    parentIdentifier,
    position: 0,
    kind: 'competency',
    code: '',
    titleDa: '',
    titleEn: '',
    descriptionDa: '',
    descriptionEn: '',
    keywordsDa: [],
    keywordsEn: [],
    levels: [],
    ...fields,
  };
}

const items = [
  item('d1', null, { kind: 'domain', code: '1', titleDa: 'Økonomi og styring', titleEn: 'Finance and steering' }),
  item('c1', 'd1', { code: '1.1', titleDa: 'Budgetforståelse', titleEn: 'Understanding budgets' }),
  item('i1', 'c1', {
    kind: 'indicator',
    code: '1.1.1',
    titleDa: 'Læser et regnskab',
    titleEn: 'Reads accounts',
    keywordsDa: ['likviditet'],
  }),
  item('d2', null, { kind: 'domain', code: '2', titleDa: 'Politisk tæft', titleEn: 'Political acumen' }),
  item('c2', 'd2', {
    code: '2.1',
    titleDa: 'Samspil med politikere',
    descriptionDa: 'Forstår politiske processer og café-møder',
  }),
];

describe('normaliseForSearch', () => {
  it('ignores case and accents but keeps æ, ø and å', () => {
    expect(normaliseForSearch('ÆRØ Café Ålborg')).toBe('ærø cafe ålborg');
    expect(normaliseForSearch('Å')).toBe('å');
  });

  it('splits a query into words', () => {
    expect(queryWords('  Politisk   TÆFT ')).toEqual(['politisk', 'tæft']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('searchItems', () => {
  it('finds items by title in either language, code, keyword and description, and says where', () => {
    expect([...searchItems(items, 'budget').keys()]).toEqual(['c1']);
    expect(searchItems(items, 'budget').get('c1')).toEqual(['title']);
    expect([...searchItems(items, 'accounts').keys()]).toEqual(['i1']);
    expect(searchItems(items, 'LIKVIDITET').get('i1')).toEqual(['keywords']);
    expect(searchItems(items, 'cafe').get('c2')).toEqual(['description']);
    expect([...searchItems(items, '2.1').keys()]).toEqual(['c2']);
  });

  it('needs every word somewhere in the item', () => {
    expect([...searchItems(items, 'politisk samspil').keys()]).toEqual(['c2']);
    expect([...searchItems(items, 'politisk budget').keys()]).toEqual([]);
  });

  it('treats æ, ø and å as letters of their own', () => {
    expect([...searchItems(items, 'økonomi').keys()]).toEqual(['d1']);
    expect([...searchItems(items, 'okonomi').keys()]).toEqual([]);
  });

  it('matches nothing for an empty query', () => {
    expect(searchItems(items, '  ').size).toBe(0);
  });
});

describe('ancestorsOf', () => {
  it('lists every item above the matches, so the tree can open down to them', () => {
    expect([...ancestorsOf(items, ['i1'])].sort()).toEqual(['c1', 'd1']);
    expect([...ancestorsOf(items, ['d1', 'c2'])].sort()).toEqual(['d2']);
    expect(ancestorsOf(items, []).size).toBe(0);
  });
});

describe('highlightParts', () => {
  it('marks each occurrence of each word, keeping the original spelling', () => {
    expect(highlightParts('Politisk tæft og politik', 'POLITI')).toEqual([
      { text: 'Politi', match: true },
      { text: 'sk tæft og ', match: false },
      { text: 'politi', match: true },
      { text: 'k', match: false },
    ]);
    expect(highlightParts('Café', 'cafe')).toEqual([{ text: 'Café', match: true }]);
  });

  it('merges overlapping words and leaves text without a query alone', () => {
    expect(highlightParts('Budgetforståelse', 'budget getfor')).toEqual([
      { text: 'Budgetfor', match: true },
      { text: 'ståelse', match: false },
    ]);
    expect(highlightParts('Budget', '')).toEqual([{ text: 'Budget', match: false }]);
  });
});
