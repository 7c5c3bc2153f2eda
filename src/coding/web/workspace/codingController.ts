/**
 * The coder's changes to their codings: applied at once to the cached list (so a bar is drawn in the same frame as
 * the key press), sent to the server one after another (so an undo never overtakes the apply it reverses), and
 * rolled back with an error when the server refuses. Codings made here carry a temporary id until the server
 * answers; later steps that name that id wait for, and then use, the real one.
 */
import type { Span } from '../../coding.model.js';
import {
  type CodingRef,
  dropEntries,
  EMPTY_STACK,
  record,
  redo,
  renameIds,
  revertMove,
  type UndoEntry,
  type UndoStack,
  undo,
} from './undoStack.js';
import { type Coding, type CodingOrigin, ME } from './workspace.api.js';

export interface CodingBackend {
  create(codeIds: string[], span: Span): Promise<Coding[]>;
  remove(codingId: string): Promise<void>;
  /** Creates these codings again for the caller (undo of a remove, redo of an apply). */
  restore(codings: Omit<CodingRef, 'id'>[]): Promise<Coding[]>;
  accept(suggestionId: string): Promise<Coding>;
}

/** The cached list of codings the page draws from. */
export interface CodingStore {
  get(): readonly Coding[];
  update(change: (list: readonly Coding[]) => Coding[]): void;
}

export type Step = 'apply' | 'remove' | 'undo' | 'redo' | 'accept';

export interface ControllerEvents {
  /** Whether a coding in the store is the caller's own (duplicates are checked among those). */
  isMine(coding: Coding): boolean;
  onError(step: Step, error: unknown): void;
  /** After the server confirmed a step (for announcements and refreshing counts). */
  onSaved?(step: Step): void;
}

const TEMP = 'tmp-';
export const isTemporary = (id: string) => id.startsWith(TEMP);

export class CodingController {
  private stack: UndoStack = EMPTY_STACK;
  private queue: Promise<void> = Promise.resolve();
  private nextTemp = 1;
  private nextKey = 1;
  /** temporary id → real id, once the server answered. */
  private readonly resolved = new Map<string, string>();
  /** Temporary ids whose creation the server refused: steps naming them are skipped. */
  private readonly failed = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private pendingSteps = 0;

  constructor(
    private readonly backend: CodingBackend,
    private readonly store: CodingStore,
    private readonly events: ControllerEvents,
  ) {}

  // --- state for the UI (useSyncExternalStore) ---

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getStack = (): UndoStack => this.stack;

  get pending(): number {
    return this.pendingSteps;
  }

  /** Resolves when every step sent so far has been answered (tests, and leaving the page). */
  settled(): Promise<void> {
    return this.queue;
  }

  private setStack(next: UndoStack) {
    if (next === this.stack) return;
    this.stack = next;
    for (const listener of this.listeners) listener();
  }

  // --- steps ---

  /** Applies codes to a span; returns the optimistic codings (empty when every code was already there). */
  apply(codeIds: string[], span: Span): Coding[] {
    const mine = this.store.get().filter((c) => c.coderId === ME || this.events.isMine(c));
    const fresh = codeIds.filter((codeId) => !this.hasOwnDuplicate(mine, codeId, span));
    if (fresh.length === 0) return [];
    const temps = fresh.map((codeId) => this.temporary({ codeId, start: span.start, end: span.end }, 'human'));
    this.add(temps);
    this.setStack(record(this.stack, this.entry('apply', temps)));
    this.send(
      'apply',
      async () => this.settle(temps, await this.backend.create(fresh, span)),
      () => this.forget(temps),
    );
    return temps;
  }

  /** Accepts a machine suggestion: it becomes the caller's coding (and can be undone like any other). */
  accept(suggestionId: string, suggestion: Span & { codeId: string }): Coding {
    const temp = this.temporary(suggestion, 'machine');
    this.add([temp]);
    this.setStack(record(this.stack, this.entry('apply', [temp])));
    this.send(
      'accept',
      async () => this.settle([temp], [await this.backend.accept(suggestionId)]),
      () => this.forget([temp]),
    );
    return temp;
  }

  remove(coding: Coding): void {
    this.take([coding.id]);
    const entry = this.entry('remove', [coding]);
    this.setStack(record(this.stack, entry));
    this.send(
      'remove',
      () => this.removeOnServer([coding.id]),
      () => {
        this.add([coding]);
        this.setStack(dropEntries(this.stack, new Set([coding.id])));
      },
    );
  }

  /** Reverses the last change; false when there is none. */
  undo(): UndoEntry | null {
    const step = undo(this.stack);
    if (!step) return null;
    this.setStack(step.stack);
    if (step.entry.kind === 'apply') this.takeAway(step.entry, 'undo');
    else this.bringBack(step.entry, 'undo');
    return step.entry;
  }

  redo(): UndoEntry | null {
    const step = redo(this.stack);
    if (!step) return null;
    this.setStack(step.stack);
    if (step.entry.kind === 'apply') this.bringBack(step.entry, 'redo');
    else this.takeAway(step.entry, 'redo');
    return step.entry;
  }

  // --- the two ways of reversing ---

  private takeAway(entry: UndoEntry, step: 'undo' | 'redo') {
    const ids = entry.codings.map((c) => c.id);
    const gone = this.store.get().filter((c) => ids.includes(c.id));
    this.take(ids);
    this.send(
      step,
      () => this.removeOnServer(ids),
      () => {
        this.add(gone);
        this.setStack(revertMove(this.stack, entry, step));
      },
    );
  }

  private bringBack(entry: UndoEntry, step: 'undo' | 'redo') {
    const temps = entry.codings.map((c) => this.temporary(c, 'human'));
    this.add(temps);
    this.setStack(renameIds(this.stack, new Map(entry.codings.map((c, i) => [c.id, temps[i].id]))));
    this.send(
      step,
      async () => this.settle(temps, await this.backend.restore(entry.codings.map(({ id: _, ...span }) => span))),
      () => {
        for (const temp of temps) this.failed.add(temp.id);
        this.take(temps.map((t) => t.id));
        this.setStack(
          revertMove(renameIds(this.stack, new Map(temps.map((t, i) => [t.id, entry.codings[i].id]))), entry, step),
        );
      },
    );
  }

  // --- helpers ---

  private hasOwnDuplicate(mine: readonly Coding[], codeId: string, span: Span) {
    return mine.some((c) => c.codeId === codeId && c.start === span.start && c.end === span.end);
  }

  private temporary(span: Span & { codeId: string }, origin: CodingOrigin): Coding {
    return {
      id: `${TEMP}${this.nextTemp++}`,
      codeId: span.codeId,
      coderId: ME,
      start: span.start,
      end: span.end,
      origin,
      createdAt: new Date().toISOString(),
    };
  }

  private entry(kind: UndoEntry['kind'], codings: CodingRef[]): UndoEntry {
    return {
      key: this.nextKey++,
      kind,
      codings: codings.map(({ id, codeId, start, end }) => ({ id, codeId, start, end })),
    };
  }

  private add(codings: Coding[]) {
    if (codings.length) this.store.update((list) => [...list, ...codings]);
  }

  private take(ids: string[]) {
    const drop = new Set(ids);
    this.store.update((list) => list.filter((c) => !drop.has(c.id)));
  }

  /** The server answered a creation: temporary codings become real ones (if they are still shown). */
  private settle(temps: Coding[], created: Coding[]) {
    const renames = new Map<string, string>();
    const real = new Map<string, Coding>();
    temps.forEach((temp, i) => {
      const match =
        created.find((c) => c.codeId === temp.codeId && c.start === temp.start && c.end === temp.end) ?? created[i];
      if (!match) return;
      this.resolved.set(temp.id, match.id);
      renames.set(temp.id, match.id);
      real.set(temp.id, match);
    });
    this.store.update((list) => list.map((c) => real.get(c.id) ?? c));
    this.setStack(renameIds(this.stack, renames));
  }

  private forget(temps: Coding[]) {
    for (const temp of temps) this.failed.add(temp.id);
    this.take(temps.map((t) => t.id));
    this.setStack(dropEntries(this.stack, new Set(temps.map((t) => t.id))));
  }

  /** The id a coding has now: a temporary id the server has answered becomes the real one. */
  currentId(id: string): string {
    let current = id;
    while (this.resolved.has(current)) current = this.resolved.get(current)!;
    return current;
  }

  private realId(id: string): string | null {
    let current = id;
    while (isTemporary(current)) {
      if (this.failed.has(current)) return null;
      const next = this.resolved.get(current);
      if (!next) return null;
      current = next;
    }
    return current;
  }

  private async removeOnServer(ids: string[]) {
    for (const id of ids) {
      const real = this.realId(id);
      if (real) await this.backend.remove(real);
    }
  }

  private send(step: Step, run: () => Promise<void>, rollback: () => void) {
    this.pendingSteps++;
    this.queue = this.queue.then(async () => {
      try {
        await run();
        this.events.onSaved?.(step);
      } catch (error) {
        rollback();
        this.events.onError(step, error);
      } finally {
        this.pendingSteps--;
      }
    });
  }
}
