import type { ReactNode } from 'react';

/** A section's heading, focusable from the page's table of contents. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} tabIndex={-1} className="fieldwork-heading">
      {children}
    </h2>
  );
}
