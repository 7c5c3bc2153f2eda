/**
 * Passages lit up without touching the transcript's DOM: the CSS Custom Highlight API paints ranges by name
 * (styled with ::highlight(name) in workspace.css). Browsers without it simply show no highlight; the bar's label
 * and the tooltip still name the passage.
 */

export type HighlightName = 'cw-active' | 'cw-pending' | 'cw-focus';

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
    ? css.highlights
    : null;
}

export function setHighlight(name: HighlightName, range: Range | null) {
  const highlights = registry();
  if (!highlights) return;
  if (!range) highlights.delete(name);
  else {
    const HighlightCtor = (globalThis as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;
    highlights.set(name, new HighlightCtor(range));
  }
}
