import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/** Sets the browser tab's title to "<page> – Frontline" for as long as the page is shown. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('documentTitle', { page: title });
  }, [title, t]);
}

/**
 * A page: its <h1>, the document title, and — after client-side navigation — focus on the heading, so
 * screen-reader and keyboard users start at the new content instead of the link they followed.
 */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {title}
      </h1>
      {lead ? <p className="font-lead">{lead}</p> : null}
      {children}
    </>
  );
}
