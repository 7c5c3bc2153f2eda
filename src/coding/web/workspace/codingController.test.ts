import { describe, expect, it } from 'vitest';
import type { Span } from '../../coding.model.js';
import { type CodingBackend, CodingController, isTemporary, type Step } from './codingController.js';
import type { Coding } from './workspace.api.js';

const ME_CODER = 'coder-me';

function coding(id: string, codeId: string, start: number, end: number, coderId = ME_CODER): Coding {
  return { id, codeId, coderId, start, end, origin: 'human', createdAt: '2025-01-01T00:00:00Z' };
}

/** A server in memory: numbered ids, a log of calls, and a switch to refuse the next call. */
function fakeServer() {
  let next = 1;
  const log: string[] = [];
  let refuse = false;
  const gate: { open: Promise<void>; release: () => void } = { open: Promise.resolve(), release: () => {} };
  const check = async (call: string) => {
    await gate.open;
    log.push(call);
    if (refuse) {
      refuse = false;
      throw new Error('refused');
    }
  };
  const make = (codeId: string, span: Span, origin: Coding['origin'] = 'human'): Coding => ({
    ...coding(`s${next++}`, codeId, span.start, span.end),
    origin,
  });
  const backend: CodingBackend = {
    async create(codeIds, span) {
      await check(`create ${codeIds.join('+')} ${span.start}-${span.end}`);
      return codeIds.map((codeId) => make(codeId, span));
    },
    async remove(id) {
      await check(`delete ${id}`);
    },
    async restore(list) {
      await check(`restore ${list.map((c) => `${c.codeId}@${c.start}-${c.end}`).join(',')}`);
      return list.map((c) => make(c.codeId, c));
    },
    async accept(id) {
      await check(`accept ${id}`);
      return make('kS', { start: 5, end: 9 }, 'machine');
    },
  };
  return {
    backend,
    log,
    refuseNext: () => {
      refuse = true;
    },
    hold: () => {
      gate.open = new Promise((resolve) => {
        gate.release = resolve;
      });
    },
    release: () => gate.release(),
  };
}

function setup(initial: Coding[] = []) {
  const server = fakeServer();
  let list: Coding[] = initial;
  const errors: Step[] = [];
  const controller = new CodingController(
    server.backend,
    { get: () => list, update: (change) => (list = change(list)) },
    { isMine: (c) => c.coderId === ME_CODER, onError: (step) => errors.push(step) },
  );
  const shown = () => list.map((c) => `${isTemporary(c.id) ? 'tmp' : c.id}:${c.codeId}@${c.start}-${c.end}`);
  return { server, controller, shown, errors, list: () => list };
}

describe('CodingController', () => {
  it('shows applied codings at once, then swaps in the server ids', async () => {
    const { controller, server, shown } = setup();
    const temps = controller.apply(['k1', 'k2'], { start: 3, end: 8 });
    expect(temps).toHaveLength(2);
    expect(shown()).toEqual(['tmp:k1@3-8', 'tmp:k2@3-8']);
    await controller.settled();
    expect(server.log).toEqual(['create k1+k2 3-8']);
    expect(shown()).toEqual(['s1:k1@3-8', 's2:k2@3-8']);
    expect(controller.getStack().past[0].codings.map((c) => c.id)).toEqual(['s1', 's2']);
  });

  it('does not apply a code the coder already applied to the same span', async () => {
    const { controller, server, shown } = setup([coding('old', 'k1', 3, 8), coding('theirs', 'k2', 3, 8, 'other')]);
    expect(controller.apply(['k1'], { start: 3, end: 8 })).toEqual([]);
    controller.apply(['k1', 'k2'], { start: 3, end: 8 });
    await controller.settled();
    expect(server.log).toEqual(['create k2 3-8']);
    expect(shown()).toEqual(['old:k1@3-8', 'theirs:k2@3-8', 's1:k2@3-8']);
    expect(controller.getStack().past).toHaveLength(1);
  });

  it('undoes an apply by deleting, and redoes it by restoring (new ids followed)', async () => {
    const { controller, server, shown } = setup();
    controller.apply(['k1'], { start: 0, end: 4 });
    await controller.settled();
    expect(controller.undo()?.kind).toBe('apply');
    expect(shown()).toEqual([]);
    await controller.settled();
    expect(controller.redo()?.kind).toBe('apply');
    expect(shown()).toEqual(['tmp:k1@0-4']);
    await controller.settled();
    expect(shown()).toEqual(['s2:k1@0-4']);
    controller.undo();
    await controller.settled();
    expect(server.log).toEqual(['create k1 0-4', 'delete s1', 'restore k1@0-4', 'delete s2']);
    expect(controller.undo()).toBeNull();
  });

  it('undoes a remove through restore and lets the restored coding be removed again', async () => {
    const { controller, server, shown } = setup([coding('c1', 'k1', 10, 20)]);
    controller.remove(coding('c1', 'k1', 10, 20));
    expect(shown()).toEqual([]);
    controller.undo();
    expect(shown()).toEqual(['tmp:k1@10-20']);
    await controller.settled();
    expect(shown()).toEqual(['s1:k1@10-20']);
    controller.redo();
    await controller.settled();
    expect(server.log).toEqual(['delete c1', 'restore k1@10-20', 'delete s1']);
    expect(shown()).toEqual([]);
  });

  it('lets an undo wait for the apply it reverses, then delete by the real id', async () => {
    const { controller, server, shown } = setup();
    server.hold();
    controller.apply(['k1'], { start: 0, end: 4 });
    controller.undo();
    expect(shown()).toEqual([]);
    server.release();
    await controller.settled();
    expect(server.log).toEqual(['create k1 0-4', 'delete s1']);
    // The late answer did not bring the undone coding back.
    expect(shown()).toEqual([]);
    expect(controller.getStack().future[0].codings[0].id).toBe('s1');
  });

  it('rolls back a refused apply and forgets it, also for the undo queued behind it', async () => {
    const { controller, server, shown, errors } = setup();
    server.refuseNext();
    controller.apply(['k1'], { start: 0, end: 4 });
    controller.undo();
    await controller.settled();
    expect(errors).toEqual(['apply']);
    expect(server.log).toEqual(['create k1 0-4']);
    expect(shown()).toEqual([]);
    expect(controller.getStack()).toEqual({ past: [], future: [] });
  });

  it('puts a coding back when the server refuses its removal', async () => {
    const { controller, server, shown, errors } = setup([coding('c1', 'k1', 1, 2)]);
    server.refuseNext();
    controller.remove(coding('c1', 'k1', 1, 2));
    await controller.settled();
    expect(errors).toEqual(['remove']);
    expect(shown()).toEqual(['c1:k1@1-2']);
    expect(controller.getStack().past).toEqual([]);
  });

  it('keeps a refused undo undoable and the codings shown', async () => {
    const { controller, server, shown, errors } = setup();
    controller.apply(['k1'], { start: 0, end: 4 });
    await controller.settled();
    server.refuseNext();
    controller.undo();
    await controller.settled();
    expect(errors).toEqual(['undo']);
    expect(shown()).toEqual(['s1:k1@0-4']);
    expect(controller.getStack().past.map((e) => e.codings[0].id)).toEqual(['s1']);
    expect(controller.getStack().future).toEqual([]);
  });

  it('accepts a suggestion as an undoable coding of origin machine', async () => {
    const { controller, server, list } = setup();
    controller.accept('sug-1', { codeId: 'kS', start: 5, end: 9 });
    expect(list()[0].origin).toBe('machine');
    await controller.settled();
    expect(list()[0].id).toBe('s1');
    controller.undo();
    await controller.settled();
    expect(server.log).toEqual(['accept sug-1', 'delete s1']);
  });

  it('tells subscribers when the stack changes', async () => {
    const { controller } = setup();
    let calls = 0;
    const stop = controller.subscribe(() => calls++);
    controller.apply(['k1'], { start: 0, end: 4 });
    await controller.settled();
    stop();
    controller.undo();
    // record, then the rename after the server answered; nothing after unsubscribing.
    expect(calls).toBe(2);
  });
});
