import { type ReactNode, useId, useState } from 'react';

/** One DKFDS accordion section; headingLevel keeps the page's heading order intact. */
export function AccordionItem({
  title,
  children,
  headingLevel = 3,
  defaultOpen = false,
}: {
  title: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3 | 4;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <li>
      <Heading>
        <button
          type="button"
          className="accordion-button"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="accordion-title">{title}</span>
        </button>
      </Heading>
      <div id={contentId} className="accordion-content" aria-hidden={!open} hidden={!open}>
        {children}
      </div>
    </li>
  );
}

export function Accordion({ children }: { children: ReactNode }) {
  return <ul className="accordion">{children}</ul>;
}
