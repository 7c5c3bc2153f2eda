import { createContext, type ReactNode, type RefObject, useContext, useEffect, useRef } from 'react';
import { useDocumentTitle } from '../../../web/ui/Page';

/**
 * Moves focus to each new step's heading, so keyboard and screen-reader users start at the new content. The first
 * heading the page shows (straight from the mail link) is not focused: the browser starts at the top anyway.
 */
const HeadingFocus = createContext<RefObject<boolean> | null>(null);

export function StepFocusScope({ children }: { children: ReactNode }) {
  const shownOnce = useRef(false);
  return <HeadingFocus.Provider value={shownOnce}>{children}</HeadingFocus.Provider>;
}

/** The step's <h1>; also the document title. Give each step its own `key`, so a new step is a new heading. */
export function StepHeading({ children, title }: { children: ReactNode; title: string }) {
  useDocumentTitle(title);
  const shownOnce = useContext(HeadingFocus);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!shownOnce) return;
    if (shownOnce.current) ref.current?.focus();
    shownOnce.current = true;
  }, [shownOnce]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
