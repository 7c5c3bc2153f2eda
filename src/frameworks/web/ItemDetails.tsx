import { useTranslation } from 'react-i18next';
import type { FrameworkItem, ScaleLevel } from '../frameworks.model';
import { pickText } from './FrameworkBits';

/** Everything about one item of a published version (or of a draft the reader may not edit), both languages. */
export function ItemDetails({ item, scale, language }: { item: FrameworkItem; scale: ScaleLevel[]; language: string }) {
  const { t } = useTranslation('frameworks');
  const descriptors = new Map(item.levels.map((l) => [l.level, l]));
  const empty = <span className="fw-muted">{t('details.empty')}</span>;
  return (
    <section aria-labelledby="fw-item-heading" className="fw-panel">
      <h3 id="fw-item-heading">
        {item.code ? <span className="fw-code">{item.code}</span> : null}{' '}
        {pickText(language, item.titleDa, item.titleEn)}
      </h3>
      <dl className="fw-details">
        <dt>{t('fields.kind')}</dt>
        <dd>{t(`kinds.${item.kind}`)}</dd>
        <dt>{t('fields.titleDa')}</dt>
        <dd lang="da">{item.titleDa || empty}</dd>
        <dt>{t('fields.titleEn')}</dt>
        <dd lang="en">{item.titleEn || empty}</dd>
        <dt>{t('fields.descriptionDa')}</dt>
        <dd lang="da" className="fw-pre">
          {item.descriptionDa || empty}
        </dd>
        <dt>{t('fields.descriptionEn')}</dt>
        <dd lang="en" className="fw-pre">
          {item.descriptionEn || empty}
        </dd>
        <dt>{t('fields.keywordsDa')}</dt>
        <dd lang="da">{item.keywordsDa.length ? item.keywordsDa.join(', ') : empty}</dd>
        <dt>{t('fields.keywordsEn')}</dt>
        <dd lang="en">{item.keywordsEn.length ? item.keywordsEn.join(', ') : empty}</dd>
      </dl>
      {item.levels.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('details.levelsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('details.level')}</th>
                <th scope="col">{t('details.descriptorDa')}</th>
                <th scope="col">{t('details.descriptorEn')}</th>
              </tr>
            </thead>
            <tbody>
              {scale.map((step) => (
                <tr key={step.level}>
                  <th scope="row">
                    {t('scale.levelName', { level: step.level, label: pickText(language, step.labelDa, step.labelEn) })}
                  </th>
                  <td lang="da">{descriptors.get(step.level)?.da || empty}</td>
                  <td lang="en">{descriptors.get(step.level)?.en || empty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('details.noLevels')}</p>
      )}
    </section>
  );
}
