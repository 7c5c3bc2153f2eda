import { useTranslation } from 'react-i18next';

export interface NavSection {
  /** The id of the section's heading (it takes focus when the link is followed). */
  headingId: string;
  label: string;
}

/**
 * The page's table of contents. Following a link moves focus to the section's heading (not only the scroll
 * position), so keyboard and screen-reader users continue from there; the router's location is left alone.
 */
export function SectionNav({ sections }: { sections: NavSection[] }) {
  const { t } = useTranslation('fieldwork');
  return (
    <nav aria-labelledby="fieldwork-nav-heading" className="fieldwork-nav">
      <h2 id="fieldwork-nav-heading" className="h5">
        {t('page.navHeading')}
      </h2>
      <ul className="nobullet-list">
        {sections.map((section) => (
          <li key={section.headingId}>
            <a
              href={`#${section.headingId}`}
              onClick={(event) => {
                event.preventDefault();
                const heading = document.getElementById(section.headingId);
                heading?.focus({ preventScroll: true });
                heading?.scrollIntoView({ block: 'start' });
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
