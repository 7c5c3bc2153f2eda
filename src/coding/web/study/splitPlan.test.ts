import { describe, expect, it } from 'vitest';
import { assign, removePart, type SplitPlan, splitProblems, splitRequest } from './splitPlan.js';

const part = (name: string) => ({ name, colour: '#1f6fb2', polarity: 'need' as const });

describe('split plan', () => {
  const plan: SplitPlan = {
    parts: [part('Budget'), part(' Likviditet ')],
    assignment: { c3: 1, c1: 0, c2: 1 },
  };

  it('turns the assignment into parts with their codings', () => {
    expect(splitRequest(plan)).toEqual([
      { name: 'Budget', colour: '#1f6fb2', polarity: 'need', codingIds: ['c1'] },
      { name: 'Likviditet', colour: '#1f6fb2', polarity: 'need', codingIds: ['c2', 'c3'] },
    ]);
  });

  it('finds missing and clashing names and a split that moves nothing', () => {
    expect(splitProblems(plan, ['Økonomi'])).toEqual([]);
    expect(splitProblems({ parts: [], assignment: {} }, [])).toEqual([{ kind: 'noParts' }]);
    expect(
      splitProblems({ parts: [part(''), part('økonomi'), part('Budget'), part('budget')], assignment: {} }, [
        'Økonomi',
      ]),
    ).toEqual([
      { kind: 'nameMissing', index: 0 },
      { kind: 'nameTaken', index: 1 },
      { kind: 'nameTaken', index: 3 },
      { kind: 'nothingMoves' },
    ]);
  });

  it('sends passages of a removed part back to the old code and renumbers the rest', () => {
    const three: SplitPlan = { parts: [part('A'), part('B'), part('C')], assignment: { x: 0, y: 1, z: 2 } };
    expect(removePart(three, 1)).toEqual({ parts: [part('A'), part('C')], assignment: { x: 0, z: 1 } });
  });

  it('assigns and unassigns a passage', () => {
    const moved = assign(plan, 'c4', 0);
    expect(moved.assignment.c4).toBe(0);
    expect(assign(moved, 'c4', null).assignment).not.toHaveProperty('c4');
  });
});
