// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../web/i18n';
import { OrgTree } from './OrgTree';
import type { TreeUnit } from './organisations.api';

// The dkfds icon sprite resolves only through vite.config.ts' alias, which the test runner does not load.
vi.mock('../../web/ui/Icon', () => ({ Icon: () => null }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function unit(id: string, name: string, childCount = 0): TreeUnit {
  return {
    id,
    name,
    areaName: null,
    areaSource: 'none',
    childCount,
    peopleCount: 3,
    leaderCount: 1,
    leaders: [{ id: `${id}-l`, pseudonym: 'L-0001', name: `Leder i ${name}`, decision: null }],
  };
}

// A municipality with a big level: 450 schools under "Skoler".
const roots = [unit('bu', 'Børn og Unge', 1), unit('tm', 'Teknik og Miljø')];
const levels: Record<string, TreeUnit[]> = {
  bu: [unit('sk', 'Skoler', 450)],
  sk: Array.from({ length: 450 }, (_, i) => unit(`s${i}`, `Skole ${String(i + 1).padStart(3, '0')}`)),
};

let container: HTMLDivElement;
let root: Root;
let requested: string[];
let selected: { id: string; parentId: string | null } | null;

beforeEach(() => {
  requested = [];
  selected = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const parentId = new URL(url, 'http://x').searchParams.get('parentId') ?? '';
      requested.push(parentId);
      return new Response(JSON.stringify({ units: levels[parentId] ?? [] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function render() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <OrgTree roots={roots} label="Enheder" onSelect={(u) => (selected = u)} />
      </QueryClientProvider>,
    );
  });
}

const items = () => [...container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (name: string) => items().find((el) => el.dataset.label === name)!;
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.label;

async function press(key: string) {
  await act(async () => {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  // Let fetches of newly opened levels settle.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('OrgTree', () => {
  it('renders only the roots, with one tab stop, and loads a level when it is opened', async () => {
    await render();
    expect(items().map((el) => el.dataset.label)).toEqual(['Børn og Unge', 'Teknik og Miljø']);
    expect(items().map((el) => el.tabIndex)).toEqual([0, -1]);
    expect(item('Børn og Unge').getAttribute('aria-expanded')).toBe('false');
    expect(item('Teknik og Miljø').hasAttribute('aria-expanded')).toBe(false);
    expect(requested).toEqual([]);

    await act(async () => item('Børn og Unge').focus());
    await press('ArrowRight');
    expect(requested).toEqual(['bu']);
    expect(item('Børn og Unge').getAttribute('aria-expanded')).toBe('true');
    expect(item('Skoler').getAttribute('aria-level')).toBe('2');
    expect(selected).toEqual({ id: 'bu', parentId: null });

    await press('ArrowRight');
    expect(focused()).toBe('Skoler');
    expect(selected).toEqual({ id: 'sk', parentId: 'bu' });
    await press('ArrowLeft');
    expect(focused()).toBe('Børn og Unge');
    await press('ArrowLeft');
    expect(item('Børn og Unge').getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(2);
  });

  it('shows a big level 200 at a time; "show more" moves focus to the first new unit', async () => {
    await render();
    await act(async () => item('Børn og Unge').focus());
    await press('ArrowRight');
    await press('ArrowDown');
    await press('ArrowRight');
    const schools = () => items().filter((el) => el.dataset.label?.startsWith('Skole '));
    expect(schools()).toHaveLength(200);
    expect(schools()[0].getAttribute('aria-setsize')).toBe('450');
    // The "show more" item ends the level, before the next root.
    await press('End');
    expect(focused()).toBe('Teknik og Miljø');
    await press('ArrowUp');
    expect(focused()).toBe('Vis 200 enheder mere');
    await press('Enter');
    expect(schools()).toHaveLength(400);
    expect(focused()).toBe('Skole 201');
    await press('End');
    await press('ArrowUp');
    expect(focused()).toBe('Vis 50 enheder mere');
    await press(' ');
    expect(schools()).toHaveLength(450);
    expect(focused()).toBe('Skole 401');
    expect(items().some((el) => el.dataset.treeId?.startsWith('more:'))).toBe(false);
  });

  it('jumps with Home, End and the first letter, and marks each unit’s leaders', async () => {
    await render();
    await act(async () => item('Børn og Unge').focus());
    await press('End');
    expect(focused()).toBe('Teknik og Miljø');
    await press('Home');
    expect(focused()).toBe('Børn og Unge');
    await press('t');
    expect(focused()).toBe('Teknik og Miljø');
    expect(item('Teknik og Miljø').tabIndex).toBe(0);
    expect(item('Børn og Unge').tabIndex).toBe(-1);
    const described = document.getElementById(item('Teknik og Miljø').getAttribute('aria-describedby')!);
    expect(described?.textContent).toContain('Leder i Teknik og Miljø (Foreslået)');
  });
});
