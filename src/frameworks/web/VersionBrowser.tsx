import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from './FrameworkBits';
import { FrameworkTree } from './FrameworkTree';
import type { VersionDetail } from './frameworks.api';
import { ItemDetails } from './ItemDetails';
import { TreeSearch, useTreeSearch } from './TreeSearch';
import { useTreeState } from './useTreeState';

/** A version to read: the tree with search, the selected item's details, and the scale. */
export function VersionBrowser({ version, language }: { version: VersionDetail; language: string }) {
  const { t } = useTranslation('frameworks');
  const items = version.content.items;
  const state = useTreeState(() => items.filter((i) => i.parentIdentifier === null).map((i) => i.identifier));
  const search = useTreeSearch(items, state);
  const selected = useMemo(() => items.find((i) => i.identifier === state.selectedId), [items, state.selectedId]);
  const heading = t(version.status === 'draft' ? 'browser.headingDraft' : 'browser.heading', {
    number: version.number,
  });
  return (
    <section aria-labelledby="fw-content-heading" className="fw-section">
      <h2 id="fw-content-heading">{heading}</h2>
      {items.length === 0 ? (
        <p>{t('browser.empty')}</p>
      ) : (
        <>
          <TreeSearch
            items={items}
            query={search.query}
            onQuery={search.setQuery}
            matches={search.matches}
            state={state}
          />
          <div className="fw-layout">
            <div>
              <p id="fw-tree-help" className="form-hint">
                {t('browser.keyboardHelp')}
              </p>
              <FrameworkTree
                items={items}
                label={t('tree.label')}
                describedBy="fw-tree-help"
                language={language}
                query={search.deferred}
                matches={search.matches}
                state={state}
              />
            </div>
            <div>
              {selected ? (
                <ItemDetails item={selected} scale={version.content.scale} language={language} />
              ) : (
                <p className="fw-panel fw-muted">{t('browser.selectHint')}</p>
              )}
            </div>
          </div>
        </>
      )}
      <h3 className="fw-section">{t('scale.heading')}</h3>
      <ol className="fw-scale-list">
        {version.content.scale.map((step) => (
          <li key={step.level}>
            {t('scale.levelName', { level: step.level, label: pickText(language, step.labelDa, step.labelEn) })}
          </li>
        ))}
      </ol>
    </section>
  );
}
