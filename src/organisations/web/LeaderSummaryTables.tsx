import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { QueryState } from '../../web/ui/QueryState';
import { useLeaderSummary } from './LeaderFilters';
import { formatCount } from './problemText';

const UNITS_SHOWN = 25;

/** Leaders per area and per unit: how many the detection found and how many HR has confirmed. */
export function LeaderSummaryTables() {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const summary = useLeaderSummary();
  const [unitsShown, setUnitsShown] = useState(UNITS_SHOWN);
  const n = (value: number) => formatCount(value, language);
  return (
    <section aria-labelledby="leader-summary-heading">
      <h2 id="leader-summary-heading">{t('summary.heading')}</h2>
      <QueryState query={summary}>
        {(data) => {
          const units = data.byUnit
            .filter((u) => u.leaders > 0 || u.confirmed > 0)
            .sort((a, b) => a.unitName.localeCompare(b.unitName, 'da'));
          return (
            <>
              <h3 id="summary-areas">{t('summary.byArea')}</h3>
              <div className="table--responsive-scroll">
                <table className="table table--zebra table--compact" aria-labelledby="summary-areas">
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.area')}</th>
                      <th scope="col" className="org-number">
                        {t('summary.people')}
                      </th>
                      <th scope="col" className="org-number">
                        {t('summary.leaders')}
                      </th>
                      <th scope="col" className="org-number">
                        {t('summary.suggested')}
                      </th>
                      <th scope="col" className="org-number">
                        {t('summary.confirmed')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.byArea.map((row) => (
                      <tr key={row.areaId ?? 'none'}>
                        <th scope="row">{row.areaName ?? t('summary.noArea')}</th>
                        <td className="org-number">{n(row.people)}</td>
                        <td className="org-number">{n(row.leaders)}</td>
                        <td className="org-number">{n(row.suggested)}</td>
                        <td className="org-number">{n(row.confirmed)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3 id="summary-units">{t('summary.byUnit')}</h3>
              {units.length === 0 ? (
                <p>{t('summary.noUnits')}</p>
              ) : (
                <>
                  <div className="table--responsive-scroll">
                    <table className="table table--zebra table--compact" aria-labelledby="summary-units">
                      <thead>
                        <tr>
                          <th scope="col">{t('columns.unit')}</th>
                          <th scope="col" className="org-number">
                            {t('summary.people')}
                          </th>
                          <th scope="col" className="org-number">
                            {t('summary.leaders')}
                          </th>
                          <th scope="col" className="org-number">
                            {t('summary.confirmed')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {units.slice(0, unitsShown).map((row) => (
                          <tr key={row.unitId}>
                            <th scope="row">{row.unitName}</th>
                            <td className="org-number">{n(row.people)}</td>
                            <td className="org-number">{n(row.leaders)}</td>
                            <td className="org-number">{n(row.confirmed)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {units.length > unitsShown ? (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setUnitsShown((shown) => shown + 100)}
                    >
                      {t('summary.moreUnits', { remaining: n(units.length - unitsShown) })}
                    </button>
                  ) : null}
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
