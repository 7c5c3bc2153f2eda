import { describe, expect, it } from 'vitest';
import type { SurveyPage } from '../../survey.model';
import {
  answerMap,
  emptyAnswer,
  errorsByItem,
  localText,
  pageAnswered,
  startPageIndex,
  withChange,
} from './surveyState';

const A = 'AAAAAAAA-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

const page: SurveyPage = {
  domainIdentifier: 'd',
  titleDa: 'Domæne',
  titleEn: 'Domain',
  competencies: [A, B].map((identifier) => ({
    identifier,
    code: '1',
    titleDa: identifier,
    titleEn: '',
    descriptionDa: '',
    descriptionEn: '',
    levels: [],
  })),
};

describe('answers', () => {
  it('changes one field of an answer and keeps the rest, without touching the old map', () => {
    const before = answerMap([{ ...emptyAnswer(A), currentLevel: 2, comment: 'x' }]);
    const { answers, answer } = withChange(before, A.toLowerCase(), { neededLevel: 4 });
    expect(answer).toMatchObject({ currentLevel: 2, neededLevel: 4, comment: 'x' });
    expect(answers.get(A.toLowerCase())?.neededLevel).toBe(4);
    expect(before.get(A.toLowerCase())?.neededLevel).toBeNull();
  });

  it('starts a new answer for a competency not answered yet', () => {
    const { answer } = withChange(answerMap([]), B, { importance: 5 });
    expect(answer).toEqual({ itemIdentifier: B, currentLevel: null, neededLevel: null, importance: 5, comment: '' });
  });

  it('counts a competency as answered on a page only when both levels are given', () => {
    const answers = answerMap([
      { ...emptyAnswer(A), currentLevel: 2, neededLevel: 3 },
      { ...emptyAnswer(B), currentLevel: 2, importance: 4 },
    ]);
    expect(pageAnswered(page, answers)).toEqual({ answered: 1, total: 2 });
  });
});

describe('startPageIndex', () => {
  it('opens on the first unanswered page, else on the last page', () => {
    expect(startPageIndex({ nextPageIndex: 2 }, 4)).toBe(2);
    expect(startPageIndex({ nextPageIndex: null }, 4)).toBe(3);
    expect(startPageIndex({ nextPageIndex: 0 }, 4)).toBe(0);
  });

  it('stays inside the pages', () => {
    expect(startPageIndex({ nextPageIndex: 9 }, 4)).toBe(3);
    expect(startPageIndex({ nextPageIndex: null }, 0)).toBe(0);
  });
});

describe('errorsByItem', () => {
  it("gives the server's answers[i] errors to the competency sent at that place", () => {
    const batch = [emptyAnswer(B), emptyAnswer(A)];
    const errors = errorsByItem(
      [
        { path: 'answers[1]', message: 'Niveau uden for skalaen.' },
        { path: 'answers[1]', message: 'Vigtighed skal være fra 1 til 5.' },
        { path: 'answers[1]', message: 'Niveau uden for skalaen.' },
        { path: 'answers[7]', message: 'ingen' },
        { path: 'title', message: 'ingen' },
      ],
      batch,
    );
    expect([...errors.entries()]).toEqual([
      [A.toLowerCase(), ['Niveau uden for skalaen.', 'Vigtighed skal være fra 1 til 5.']],
    ]);
  });
});

describe('localText', () => {
  it('uses the reader language and falls back to the other', () => {
    expect(localText('Dansk', 'English', 'en')).toBe('English');
    expect(localText('Dansk', '', 'en')).toBe('Dansk');
    expect(localText('', 'English', 'da')).toBe('English');
  });
});
