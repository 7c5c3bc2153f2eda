import { describe, expect, it } from 'vitest';
import { canChange, lifecycleSteps, nextStep, statusMoves, statusThatAllows } from './studyText';

describe('lifecycleSteps', () => {
  it('marks the steps before the current one done and the ones after it upcoming', () => {
    expect(lifecycleSteps('collecting').map((s) => `${s.number}:${s.status}:${s.state}`)).toEqual([
      '1:draft:done',
      '2:recruiting:done',
      '3:collecting:current',
      '4:analysing:upcoming',
      '5:closed:upcoming',
    ]);
  });

  it('has exactly one current step in every status', () => {
    for (const status of ['draft', 'recruiting', 'collecting', 'analysing', 'closed'] as const) {
      const current = lifecycleSteps(status).filter((s) => s.state === 'current');
      expect(current.map((s) => s.status)).toEqual([status]);
    }
  });
});

describe('statusMoves', () => {
  it('offers only the next step from a draft', () => {
    expect(statusMoves('draft')).toEqual([{ to: 'recruiting', direction: 'forward' }]);
  });

  it('offers the next step first and the permitted step back second', () => {
    expect(statusMoves('recruiting')).toEqual([
      { to: 'collecting', direction: 'forward' },
      { to: 'draft', direction: 'back' },
    ]);
    expect(statusMoves('collecting')).toEqual([
      { to: 'analysing', direction: 'forward' },
      { to: 'recruiting', direction: 'back' },
    ]);
  });

  it('offers no step back from analysing, and nothing from closed', () => {
    expect(statusMoves('analysing')).toEqual([{ to: 'closed', direction: 'forward' }]);
    expect(statusMoves('closed')).toEqual([]);
  });
});

describe('canChange and statusThatAllows', () => {
  it('opens the settings in draft only', () => {
    expect(canChange('draft', 'settings')).toBe(true);
    expect(canChange('recruiting', 'settings')).toBe(false);
    expect(statusThatAllows('recruiting', 'settings')).toBe('draft');
  });

  it('keeps sampling open while recruiting, and says nothing allows it after a closed study', () => {
    expect(canChange('recruiting', 'sampling')).toBe(true);
    expect(canChange('collecting', 'sampling')).toBe(false);
    expect(statusThatAllows('collecting', 'sampling')).toBe('recruiting');
    expect(statusThatAllows('draft', 'analysis')).toBeNull();
  });
});

describe('nextStep', () => {
  const org = (orgId: string, status: 'invited' | 'accepted' | 'declined') => ({
    orgId,
    name: orgId,
    kind: 'municipality',
    status,
    respondedAt: null,
  });
  const runner = { status: 'draft' as const, canManage: true, organisations: [], participantsByStatus: {} };

  it('leads a runner from inviting, through acceptance and the draw, to recruiting', () => {
    expect(nextStep(runner, null)).toBe('inviteOrganisations');
    expect(nextStep({ ...runner, organisations: [org('v', 'invited'), org('n', 'declined')] }, null)).toBe(
      'awaitAcceptance',
    );
    expect(nextStep({ ...runner, organisations: [org('v', 'accepted')] }, null)).toBe('drawSample');
    expect(
      nextStep({ ...runner, organisations: [org('v', 'accepted')], participantsByStatus: { drawn: 12 } }, null),
    ).toBe('startRecruiting');
    expect(nextStep({ ...runner, status: 'collecting' }, null)).toBe('collecting');
  });

  it('asks a participating organisation to answer, then to confirm its leaders, then to follow its people', () => {
    const taking = { status: 'draft' as const, canManage: false, participantsByStatus: {} };
    expect(nextStep({ ...taking, organisations: [org('v', 'invited')] }, 'v')).toBe('answerInvitation');
    expect(nextStep({ ...taking, organisations: [org('v', 'accepted')] }, 'v')).toBe('confirmLeaders');
    expect(
      nextStep({ ...taking, organisations: [org('v', 'accepted')], participantsByStatus: { drawn: 3 } }, 'v'),
    ).toBe('followParticipants');
    expect(nextStep({ ...taking, status: 'closed', organisations: [org('v', 'invited')] }, 'v')).toBe(
      'followParticipants',
    );
  });
});
