import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../survey.model';
import { AnswerSaver, type SaveStatus } from './answerSaver';
import { emptyAnswer } from './surveyState';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const answer = (id: string, currentLevel: number): Answer => ({ ...emptyAnswer(id), currentLevel });

function setup(send: (answers: Answer[]) => Promise<void>) {
  const statuses: SaveStatus[] = [];
  const saver = new AnswerSaver(send, (state) => statuses.push(state.status), 500);
  return { saver, statuses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AnswerSaver', () => {
  it('waits for a pause, then sends the latest value of each answer in one request', async () => {
    const sent: Answer[][] = [];
    const { saver, statuses } = setup(async (batch) => {
      sent.push(batch);
    });
    saver.change(answer(A, 1));
    saver.change(answer(A, 3));
    saver.change(answer(B, 2));
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([[answer(A, 3), answer(B, 2)]]);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('sends one request at a time: a change made while saving goes in the next one', async () => {
    const sent: Answer[][] = [];
    let release: () => void = () => {};
    const { saver } = setup(
      (batch) =>
        new Promise<void>((resolve) => {
          sent.push(batch);
          release = resolve;
        }),
    );
    saver.change(answer(A, 1));
    const first = saver.flush();
    saver.change(answer(A, 2));
    const second = saver.flush();
    expect(sent).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([[answer(A, 1)], [answer(A, 2)]]);
    release();
    await Promise.all([first, second]);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('keeps a failed batch for the next try, but not over a newer value', async () => {
    const sent: Answer[][] = [];
    let fail = true;
    const { saver, statuses } = setup(async (batch) => {
      sent.push(batch);
      if (fail) throw new Error('offline');
    });
    saver.change(answer(A, 1));
    saver.change(answer(B, 1));
    await expect(saver.flush()).rejects.toThrow('offline');
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasUnsaved).toBe(true);
    saver.change(answer(B, 4));
    fail = false;
    await saver.flush();
    expect(sent.at(-1)).toEqual([answer(A, 1), answer(B, 4)]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does nothing when there is nothing to save', async () => {
    const send = vi.fn(async () => {});
    const { saver } = setup(send);
    await saver.flush();
    expect(send).not.toHaveBeenCalled();
  });
});
