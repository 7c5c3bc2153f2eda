import { describe, expect, it } from 'vitest';
import type { FrameworkItem } from '../../../frameworks/frameworks.model';
import type { GuideSection } from '../../interview-guide.model';
import {
  addCompetency,
  addQuestion,
  competencyIndex,
  competencyLabel,
  guideBody,
  guideChanged,
  issueFieldId,
  issueTarget,
  moveQuestion,
  newQuestionKey,
  removeCompetency,
  removeQuestion,
  updateQuestion,
  updateSection,
} from './guideDraft';

const guide: GuideSection[] = [
  {
    key: 'opening',
    titleDa: 'Indledning',
    titleEn: 'Opening',
    questions: [
      { key: 'q1', textDa: 'Et', textEn: 'One', competencyIdentifiers: [] },
      { key: 'q2', textDa: 'To', textEn: 'Two', competencyIdentifiers: ['C-1'], probeDa: 'Hvorfor?' },
      { key: 'q3', textDa: 'Tre', textEn: 'Three', competencyIdentifiers: [] },
    ],
  },
  { key: 'custom-1', titleDa: 'Afslutning', titleEn: 'Closing', questions: [] },
];

const keys = (sections: GuideSection[], s = 0) => sections[s].questions.map((q) => q.key);

describe('editing the guide', () => {
  it('moves a question up and down, and not past either end', () => {
    expect(keys(moveQuestion(guide, 0, 1, -1))).toEqual(['q2', 'q1', 'q3']);
    expect(keys(moveQuestion(guide, 0, 1, 1))).toEqual(['q1', 'q3', 'q2']);
    expect(keys(moveQuestion(guide, 0, 0, -1))).toEqual(['q1', 'q2', 'q3']);
    expect(keys(moveQuestion(guide, 0, 2, 1))).toEqual(['q1', 'q2', 'q3']);
    // The original is untouched.
    expect(keys(guide)).toEqual(['q1', 'q2', 'q3']);
  });

  it('adds questions with unused keys and removes them', () => {
    expect(newQuestionKey(guide)).toBe('custom-2');
    const added = addQuestion(guide, 1);
    expect(added.key).toBe('custom-2');
    expect(added.sections[1].questions).toEqual([
      { key: 'custom-2', textDa: '', textEn: '', competencyIdentifiers: [] },
    ]);
    expect(newQuestionKey(added.sections)).toBe('custom-3');
    expect(keys(removeQuestion(guide, 0, 1))).toEqual(['q1', 'q3']);
    expect(guide[1].questions).toEqual([]);
  });

  it('edits texts and competencies without duplicates', () => {
    const edited = updateQuestion(guide, 0, 0, { textDa: 'Ét' });
    expect(edited[0].questions[0].textDa).toBe('Ét');
    expect(edited[0].questions[1]).toBe(guide[0].questions[1]);
    expect(updateSection(guide, 1, { titleEn: 'End' })[1].titleEn).toBe('End');
    const tied = addCompetency(guide, 0, 1, 'c-1');
    expect(tied[0].questions[1].competencyIdentifiers).toEqual(['C-1']);
    const more = addCompetency(guide, 0, 1, 'C-2');
    expect(more[0].questions[1].competencyIdentifiers).toEqual(['C-1', 'C-2']);
    expect(removeCompetency(more, 0, 1, 'C-1')[0].questions[1].competencyIdentifiers).toEqual(['C-2']);
  });

  it('saves empty follow-ups as absent and sees whether anything changed', () => {
    const withBlank = updateQuestion(guide, 0, 0, { probeDa: '  ', probeEn: '' });
    expect(guideBody(withBlank).sections[0].questions[0]).toEqual({
      key: 'q1',
      textDa: 'Et',
      textEn: 'One',
      competencyIdentifiers: [],
    });
    expect(guideChanged(withBlank, guide)).toBe(false);
    expect(guideChanged(updateQuestion(guide, 0, 0, { textEn: 'One!' }), guide)).toBe(true);
    expect(guideChanged(moveQuestion(guide, 0, 0, 1), guide)).toBe(true);
  });

  it('finds the field of each server issue path', () => {
    expect(issueTarget('sections[1].questions[0].competencyIdentifiers[2]')).toEqual({
      section: 1,
      question: 0,
      part: 'competencies',
    });
    expect(issueTarget('sections[0].questions[3].text')).toEqual({ section: 0, question: 3, part: 'text' });
    expect(issueTarget('sections[0].questions[3].probe')).toEqual({ section: 0, question: 3, part: 'probe' });
    expect(issueTarget('sections[2].title')).toEqual({ section: 2, part: 'title' });
    expect(issueTarget('sections[2].questions')).toEqual({ section: 2, part: 'questions' });
    expect(issueTarget('sections')).toBeNull();
    expect(issueFieldId('sections[1].questions[0].competencyIdentifiers[0]')).toBe(
      'fieldwork-guide-s1-q0-competencies',
    );
    expect(issueFieldId('sections[0].questions[3].text')).toBe('fieldwork-guide-s0-q3-textDa');
    expect(issueFieldId('sections[0].questions[3].probe')).toBe('fieldwork-guide-s0-q3-probeDa');
    expect(issueFieldId('sections[2].title')).toBe('fieldwork-guide-s2-titleDa');
    expect(issueFieldId('sections')).toBeNull();
  });

  it('labels competencies by code and title', () => {
    const item = (identifier: string, code: string, titleDa: string, titleEn: string, kind = 'competency') =>
      ({ identifier, code, titleDa, titleEn, kind }) as FrameworkItem;
    const index = competencyIndex([
      item('D-1', '1', 'Drift', 'Operations', 'domain'),
      item('C-1', '1.1', 'Økonomisk forståelse', 'Financial understanding'),
      item('C-2', '', 'Politisk tæft', ''),
    ]);
    expect(index.size).toBe(2);
    expect(competencyLabel('c-1', index, 'da')).toBe('1.1 Økonomisk forståelse');
    expect(competencyLabel('C-1', index, 'en')).toBe('1.1 Financial understanding');
    expect(competencyLabel('C-2', index, 'en')).toBe('Politisk tæft');
    expect(competencyLabel('X-9', index, 'da')).toBe('X-9');
  });
});
