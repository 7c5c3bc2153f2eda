// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../web/i18n';
import type { Replacement } from './coding.api.js';
import { Fragments } from './Fragments.js';
import { PseudonymReview } from './PseudonymReview.js';
import { emptyReview, type ReviewState } from './replacementReview.js';

// The DKFDS icon sprite is a Vite asset import that Node cannot load; the icons are decoration anyway.
vi.mock('../../../web/ui/Icon.js', () => ({ Icon: () => null }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('Fragments', () => {
  it('renders hit pieces in <mark> and markup in the text as text', () => {
    act(() =>
      root.render(
        <Fragments
          fragments={[
            { text: 'Vi talte om <b>', hit: false },
            { text: 'ledelse', hit: true },
            { text: '<script>alert(1)</script>', hit: false },
          ]}
        />,
      ),
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['ledelse']);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('Vi talte om <b>ledelse<script>alert(1)</script>');
  });
});

describe('PseudonymReview', () => {
  const proposals: Replacement[] = [
    { term: 'Viborg', kind: 'place', pseudonym: '[Sted 1]', count: 2 },
    { term: 'Mette Hansen', kind: 'person', pseudonym: '[Person 1]', count: 1 },
  ];
  const preview = {
    text: 'I: Du kommer fra [Sted 1]?\n\nD: Ja, [Person 1] og jeg startede i [Sted 1].',
    segments: [],
    format: 'paste',
    warnings: [],
  };

  function renderReview(review: ReviewState, onReview = vi.fn()) {
    act(() =>
      root.render(
        <PseudonymReview
          preview={preview}
          proposals={proposals}
          review={review}
          onReview={onReview}
          onRefresh={vi.fn()}
          refreshing={false}
        />,
      ),
    );
    return onReview;
  }

  it('lists each proposal with a checked box and highlights the pseudonyms in the preview', () => {
    renderReview(emptyReview);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, true]);
    const label = container.querySelector(`label[for="${boxes[0].id}"]`);
    expect(label?.textContent).toBe('Erstat »Viborg« med »[Sted 1]«');
    const marks = [...container.querySelectorAll('mark.coding-mark-replaced')].map((m) => m.textContent);
    // The legend's sample first, then the three replacements in the text.
    expect(marks).toEqual(['Erstattet med pseudonym', '[Sted 1]', '[Person 1]', '[Sted 1]']);
    expect(container.textContent).not.toContain('Forhåndsvisningen viser ikke');
  });

  it('reports an unticked box as a rejected term and says the preview is out of date', () => {
    const onReview = renderReview(emptyReview);
    const viborg = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    act(() => viborg.click());
    expect(onReview).toHaveBeenCalledWith({ rejected: ['viborg'], marked: [], stale: true });
    renderReview({ rejected: ['viborg'], marked: [], stale: true });
    expect(container.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(container.textContent).toContain('Forhåndsvisningen viser ikke dine seneste valg.');
    const refresh = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Opdatér forhåndsvisning');
    expect(refresh).toBeDefined();
  });

  it('adds a marked term on Enter and refuses one already proposed', () => {
    const onReview = renderReview(emptyReview);
    const input = container.querySelector<HTMLInputElement>('#coding-mark-term')!;
    const type = (value: string) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      act(() => {
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      });
    };
    type('viborg');
    expect(onReview).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Ordet er allerede på listen.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type('Fjordhuset');
    expect(onReview).toHaveBeenCalledWith({ rejected: [], marked: ['Fjordhuset'], stale: true });
  });
});
