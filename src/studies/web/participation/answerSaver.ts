/**
 * Saves self-assessment answers as they are given: changes are collected per competency, sent after a short pause
 * (or at once by `flush`, on a page change or before sending), one request at a time, so a fast sequence of clicks
 * becomes few requests and the last value always wins. A failed batch is kept to be sent again, unless the answer
 * has been changed since.
 */
import type { Answer } from '../../survey.model';
import { answerKey } from './surveyState';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveState {
  status: SaveStatus;
  error: unknown;
  /** The batch that failed, for mapping the server's `answers[i]` errors back to competencies. */
  failedBatch: Answer[];
}

export class AnswerSaver {
  private pending = new Map<string, Answer>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = { status: 'idle', error: null, failedBatch: [] };

  constructor(
    private readonly send: (answers: Answer[]) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = 800,
  ) {}

  get hasUnsaved(): boolean {
    return this.pending.size > 0 || this.inFlight !== null;
  }

  /** Notes a changed answer and saves it after `delayMs` (shorter for a click, longer while typing). */
  change(answer: Answer, delayMs = this.delayMs): void {
    this.pending.set(answerKey(answer.itemIdentifier), answer);
    if (this.state.status !== 'error') this.setState({ status: 'pending', error: null, failedBatch: [] });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => {
        // Shown through onState; a timer has no caller to tell.
      });
    }, delayMs);
  }

  /** Sends everything not yet saved and resolves when it is saved; rejects with the server's error if not. */
  async flush(): Promise<void> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight.catch(() => {});
        continue;
      }
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending.clear();
      const request = this.sendBatch(batch);
      this.inFlight = request;
      try {
        await request;
      } finally {
        if (this.inFlight === request) this.inFlight = null;
      }
    }
  }

  dispose(): void {
    this.clearTimer();
  }

  private async sendBatch(batch: Answer[]): Promise<void> {
    this.setState({ status: 'saving', error: null, failedBatch: [] });
    try {
      await this.send(batch);
    } catch (error) {
      // Keep what failed, unless a newer value of the same answer is already waiting.
      for (const answer of batch) {
        const key = answerKey(answer.itemIdentifier);
        if (!this.pending.has(key)) this.pending.set(key, answer);
      }
      this.setState({ status: 'error', error, failedBatch: batch });
      throw error;
    }
    if (this.pending.size === 0) this.setState({ status: 'saved', error: null, failedBatch: [] });
    else this.setState({ status: 'pending', error: null, failedBatch: [] });
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.onState(state);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
