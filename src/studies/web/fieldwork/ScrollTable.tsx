import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on narrow screens. The scroll area takes keyboard focus, so keyboard users can
 * scroll it too (axe: scrollable-region-focusable); it is a named group rather than a landmark, since a page of
 * agenda days would otherwise fill the landmark list.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard to scroll it.
    <div className="table--responsive-scroll fieldwork-scroll" role="group" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
