// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../web/i18n';

// The DKFDS icon sprite is reached through Vite's alias, which the unit tests do not have; icons are decorative.
vi.mock('../../../web/ui/Icon', () => ({ Icon: () => null }));

import { Workspace } from './Workspace.js';
import type { Code, Coder, Coding, TranscriptDetail } from './workspace.api.js';
import { workspaceKeys } from './workspace.api.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const STUDY = 's1';
const ME = 'coder-me';
// Three turns; an emoji in the first makes code points and code units differ after it.
const turns = ['I: Hvordan går det med 😀 budgettet?', 'L: Økonomien fylder meget i min hverdag.', 'I: Tak.'];
const text = turns.join('\n\n');
const segments = (() => {
  let point = 0;
  return turns.map((turn, ordinal) => {
    const length = [...turn].length;
    const segment = {
      ordinal,
      speaker: turn[0],
      role: turn[0] === 'I' ? ('interviewer' as const) : ('participant' as const),
      start: point,
      end: point + length,
      startMs: null,
      endMs: null,
    };
    point += length + 2;
    return segment;
  });
})();

const transcript: TranscriptDetail = {
  id: 't1',
  title: 'Interview',
  participantId: null,
  pseudonym: 'L-0001',
  attributes: { organisation: null, area: null, band: null, role: null },
  format: 'txt',
  segmentCount: 3,
  wordCount: 17,
  codingCount: 1,
  coders: [],
  demo: true,
  createdAt: '2025-01-01T00:00:00Z',
  text,
  segments,
  pseudonymisation: [],
};

const code = (id: string, name: string, shortcut: string | null, ordinal: number): Code => ({
  id,
  parentId: null,
  name,
  description: '',
  colour: '#1f6fb2',
  polarity: 'need',
  competencyId: null,
  competencyTitle: null,
  ordinal,
  shortcut,
  codingCount: 0,
});
const codes = [code('k1', 'Økonomi – behov', '1', 0), code('k2', 'Politik – behov', '2', 1)];
const coders: Coder[] = [
  { id: ME, name: 'Aase', kind: 'human', userId: 'u1', me: true },
  { id: 'other', name: 'Mads', kind: 'human', userId: 'u2', me: false },
];
const theirs: Coding = {
  id: 'c-theirs',
  codeId: 'k2',
  coderId: 'other',
  start: segments[1].start,
  end: segments[1].end,
  origin: 'human',
  createdAt: '2025-01-01T00:00:00Z',
};

let container: HTMLDivElement;
let root: Root;
let calls: { method: string; url: string; body: unknown }[];
let nextId: number;

function respond(method: string, url: string, body: unknown): unknown {
  if (method === 'POST' && url.endsWith('/codings')) {
    const { codeIds, start, end } = body as { codeIds: string[]; start: number; end: number };
    return codeIds.map((codeId) => ({ id: `srv-${nextId++}`, codeId, coderId: ME, start, end, origin: 'human' }));
  }
  if (method === 'POST' && url.endsWith('/codings/restore')) {
    return (body as { codings: { codeId: string; start: number; end: number }[] }).codings.map((c) => ({
      id: `srv-${nextId++}`,
      coderId: ME,
      origin: 'human',
      ...c,
    }));
  }
  if (method === 'GET') return [];
  return undefined;
}

beforeEach(() => {
  document.getSelection()?.removeAllRanges();
  calls = [];
  nextId = 1;
  globalThis.fetch = (async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url: String(input), body });
    const answer = respond(method, String(input), body);
    return new Response(answer === undefined ? null : JSON.stringify(answer), {
      status: answer === undefined ? 204 : 200,
    });
  }) as typeof fetch;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(workspaceKeys.codings(STUDY, transcript.id), [theirs]);
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <Workspace studyId={STUDY} transcript={transcript} codes={codes} coders={coders} />
      </QueryClientProvider>,
    ),
  );
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 30)));
const textOf = (i: number) => container.querySelector<HTMLElement>(`[data-seg="${i}"]`)!;
const bars = () => [...container.querySelectorAll<HTMLButtonElement>('button.cw-bar')];
const live = () => container.querySelector('[data-testid="cw-live"]')?.textContent?.trim();

async function key(k: string, init: KeyboardEventInit = {}, target: Element = document.body) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
  await settle();
}

/** Selects `word` in a turn's text as the mouse would. */
async function select(segment: number, word: string) {
  const node = [...textOf(segment).childNodes].find((n) => n.nodeType === 3 && n.textContent?.includes(word))!;
  const at = node.textContent!.indexOf(word);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + word.length);
  await act(async () => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
  await settle();
}

describe('Workspace', () => {
  it('renders each turn exactly as the transcript has it, with the speaker label in bold', async () => {
    await render();
    expect(textOf(0).textContent).toBe(turns[0]);
    expect(textOf(1).querySelector('strong')?.textContent).toBe('L: ');
    expect(textOf(1).getAttribute('aria-label')).toBe('Replik 2, L');
  });

  it('applies a code by its digit to the selected words (code points), undoes and redoes it', async () => {
    await render();
    expect(bars()).toHaveLength(0); // the other coder's coding is not in "Mine kodninger"
    await select(0, 'budgettet');
    expect(container.querySelector('[data-testid="cw-selection-status"]')?.textContent).toBe('Markeret: »budgettet«');
    await key('1');
    expect(live()).toBe('Koden Økonomi – behov er anvendt');
    // "I: Hvordan går det med 😀 budgettet?": "budgettet" starts at code unit 26 but code point 25 (3 + 8 + 4 + 4 + 4
    // for "I: Hvordan går det med ", 1 for the emoji, 1 for the space): the emoji counts once.
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ codeIds: ['k1'], start: 25, end: 34 });
    expect(bars().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Økonomi – behov, din kodning: »budgettet«. Tryk Delete for at fjerne, M for notat',
    ]);
    expect(bars()[0].dataset.bar).toBe('srv-1');

    await key('z', { ctrlKey: true });
    expect(bars()).toHaveLength(0);
    expect(live()).toBe('Fortrudt: anvendelse af Økonomi – behov');
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE' });
    expect(calls.at(-1)?.url).toMatch(/\/codings\/srv-1$/);

    await key('Z', { ctrlKey: true, shiftKey: true });
    expect(bars()).toHaveLength(1);
    expect(calls.at(-1)).toMatchObject({
      method: 'POST',
      body: { codings: [{ transcriptId: 't1', codeId: 'k1', start: 25, end: 34 }] },
    });
  });

  it('codes a whole turn reached by keyboard with the ticked codes and Enter', async () => {
    await render();
    await act(async () => {
      (container.querySelector('input[aria-label="Vælg Økonomi – behov"]') as HTMLInputElement).click();
      (container.querySelector('input[aria-label="Vælg Politik – behov"]') as HTMLInputElement).click();
    });
    // Reached by keyboard (happy-dom counts every focus as visible focus), the whole turn is the passage.
    await act(async () => textOf(1).focus());
    expect(container.querySelector('[data-testid="cw-selection-status"]')?.textContent).toBe('Hele replik 2 er valgt');
    await key('ArrowDown', {}, textOf(1));
    expect(document.activeElement).toBe(textOf(2));
    await key('ArrowUp', {}, textOf(2));
    await key('Enter', {}, textOf(1));
    expect(live()).toBe('Koderne Økonomi – behov og Politik – behov er anvendt');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      codeIds: ['k1', 'k2'],
      start: segments[1].start,
      end: segments[1].end,
    });
    expect(bars()).toHaveLength(2);
  });

  it("removes one's own coding with Delete on its bar and brings it back with Ctrl+Z through restore", async () => {
    await render();
    await select(2, 'Tak');
    await key('2');
    const [bar] = bars();
    await act(async () => bar.focus());
    await key('Delete', {}, bar);
    expect(bars()).toHaveLength(0);
    expect(live()).toBe('Kodningen Politik – behov er fjernet');
    await key('z', { ctrlKey: true });
    expect(bars()).toHaveLength(1);
    expect(
      calls.map((c) => `${c.method} ${c.url.replace(/.*\/api\/v1/, '')}`).filter((c) => !c.startsWith('GET')),
    ).toEqual([
      'POST /studies/s1/transcripts/t1/codings',
      'DELETE /studies/s1/codings/srv-1',
      'POST /studies/s1/codings/restore',
    ]);
  });

  it('shows every coder\'s bars apart in "Alle kodere" and refuses to remove another coder\'s coding', async () => {
    await render();
    await act(async () => (container.querySelector('input[value="all"]') as HTMLInputElement).click());
    const [bar] = bars();
    expect(bar.getAttribute('aria-label')).toBe(
      'Politik – behov, kodet af Mads: »L: Økonomien fylder meget i min hverdag.«',
    );
    expect(container.textContent).toContain('Mads: spor 1 fra venstre');
    await act(async () => bar.focus());
    await key('Delete', {}, bar);
    expect(live()).toBe('Du kan kun fjerne dine egne kodninger');
    expect(bars()).toHaveLength(1);
  });

  it('asks for a selection when a digit is pressed without one', async () => {
    await render();
    await key('1');
    expect(live()).toBe('Markér først den tekst, koden skal anvendes på');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});
