import { describe, expect, it } from 'vitest';
import {
  allowedChanges,
  assertChange,
  CHANGE_KINDS,
  canTransition,
  isStudyStatus,
  nextStatuses,
  STUDY_STATUSES,
  type StudyStatus,
} from './study-status.model.js';

describe('canTransition', () => {
  it('allows exactly one step forward and the two steps back', () => {
    const allowed = STUDY_STATUSES.flatMap((from) =>
      STUDY_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft→recruiting',
        'recruiting→collecting',
        'collecting→analysing',
        'analysing→closed',
        'recruiting→draft',
        'collecting→recruiting',
      ].sort(),
    );
  });

  it('never leaves closed, skips no step and does not stay put', () => {
    for (const to of STUDY_STATUSES) expect(canTransition('closed', to)).toBe(false);
    expect(canTransition('draft', 'collecting')).toBe(false);
    expect(canTransition('analysing', 'collecting')).toBe(false);
    expect(canTransition('draft', 'draft')).toBe(false);
  });

  it('lists the next statuses forward first', () => {
    expect(nextStatuses('collecting')).toEqual(['analysing', 'recruiting']);
    expect(nextStatuses('draft')).toEqual(['recruiting']);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('recognises status strings', () => {
    expect(isStudyStatus('analysing')).toBe(true);
    expect(isStudyStatus('archived')).toBe(false);
  });
});

describe('allowedChanges', () => {
  const statusesAllowing = (change: (typeof CHANGE_KINDS)[number]) =>
    STUDY_STATUSES.filter((s) => allowedChanges(s).includes(change));

  it('fixes settings, framework version and organisations after draft', () => {
    expect(statusesAllowing('settings')).toEqual(['draft']);
    expect(statusesAllowing('framework_version')).toEqual(['draft']);
    expect(statusesAllowing('organisations')).toEqual(['draft']);
  });

  it('allows sampling before collection, contact during it and analysis at its end', () => {
    expect(statusesAllowing('sampling')).toEqual(['draft', 'recruiting']);
    for (const change of ['invitations', 'booking', 'survey_answers'] as const) {
      expect(statusesAllowing(change)).toEqual(['recruiting', 'collecting']);
    }
    for (const change of ['coding', 'analysis'] as const) {
      expect(statusesAllowing(change)).toEqual(['collecting', 'analysing']);
    }
  });

  it('allows nothing in closed and something in every other status', () => {
    expect(allowedChanges('closed')).toEqual([]);
    for (const status of STUDY_STATUSES.filter((s) => s !== 'closed')) {
      expect(allowedChanges(status).length).toBeGreaterThan(0);
    }
  });
});

describe('assertChange', () => {
  it('agrees with allowedChanges for every status and change', () => {
    for (const status of STUDY_STATUSES) {
      for (const change of CHANGE_KINDS) {
        const expected = allowedChanges(status).includes(change) ? null : 'study_status_forbids';
        expect(assertChange(status, change)).toBe(expected);
      }
    }
  });

  it('refuses survey answers in a closed study and settings once recruiting', () => {
    expect(assertChange('closed', 'survey_answers')).toBe('study_status_forbids');
    expect(assertChange('recruiting', 'settings')).toBe('study_status_forbids');
    expect(assertChange('draft', 'settings')).toBeNull();
  });

  it('refuses a change kind it does not know instead of crashing', () => {
    expect(assertChange('draft' as StudyStatus, 'delete_everything' as never)).toBe('study_status_forbids');
  });
});
