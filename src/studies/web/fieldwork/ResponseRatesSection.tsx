import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../web/format';
import { currentLanguage } from '../../../web/i18n';
import { DateTime } from '../../../web/ui/DateTime';
import { QueryState } from '../../../web/ui/QueryState';
import { type StudyDetail, useSampling } from '../studies.api';
import { RATES_REFRESH_MS, type StratumRate, useResponseRates } from './fieldwork.api';
import { type AreaLabel, areaLabel, bandKey, COUNT_COLUMNS, formatRate, rateTotals } from './responseRates';
import { ScrollTable } from './ScrollTable';
import { SectionHeading } from './SectionHeading';

/**
 * Live response rates per stratum (organisation × area × tenure band), with a totals row, fetched again every 30
 * seconds while the page is open. The total rate is in a polite live region, so a change is announced once.
 */
export function ResponseRatesSection({ study, headingId }: { study: StudyDetail; headingId: string }) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  const rates = useResponseRates(study.id);
  // The sampling view names the strata's areas (the rates carry only the area's key).
  const sampling = useSampling(study.id);
  const areaNames = new Map(
    (sampling.data?.strata ?? []).filter((s) => s.areaName).map((s) => [s.key, s.areaName as string]),
  );
  const areaText = (label: AreaLabel) =>
    label.kind === 'named' ? label.name : t(label.kind === 'all' ? 'rates.allAreas' : 'rates.noArea');
  const bandText = (band: string | null) => {
    const key = bandKey(band);
    return key ? t(key) : (band ?? '');
  };
  const count = (n: number) => formatNumber(n, language);
  return (
    <section aria-labelledby={headingId} className="fieldwork-section">
      <SectionHeading id={headingId}>{t('sections.rates')}</SectionHeading>
      <p className="fieldwork-text">{t('rates.text', { seconds: RATES_REFRESH_MS / 1000 })}</p>
      <QueryState query={rates}>
        {(rows: StratumRate[]) => {
          const totals = rateTotals(rows);
          return (
            <>
              <p aria-live="polite" className="fieldwork-rate-summary">
                {totals.responseRate === null
                  ? t('rates.summaryNone')
                  : t('rates.summary', {
                      rate: formatRate(totals.responseRate, language),
                      responded: count(totals.interviewed + totals.surveyed),
                      invited: count(totals.invited),
                    })}
              </p>
              <p className="fieldwork-note">
                {t('rates.updated')} <DateTime value={new Date(rates.dataUpdatedAt).toISOString()} />
              </p>
              {rows.length === 0 ? (
                <p className="fieldwork-note">{t('rates.empty')}</p>
              ) : (
                <ScrollTable label={t('rates.caption')}>
                  <table className="table table--zebra table--compact">
                    <caption className="sr-only">{t('rates.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('rates.organisation')}</th>
                        <th scope="col">{t('rates.area')}</th>
                        <th scope="col">{t('rates.band')}</th>
                        {COUNT_COLUMNS.map((column) => (
                          <th scope="col" key={column} className="fieldwork-number">
                            {t(`rates.columns.${column}`)}
                          </th>
                        ))}
                        <th scope="col" className="fieldwork-number">
                          {t('rates.columns.responseRate')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <tr key={row.stratumKey}>
                          <th scope="row">{row.orgName}</th>
                          <td>{areaText(areaLabel(row, areaNames))}</td>
                          <td>{bandText(row.band)}</td>
                          {COUNT_COLUMNS.map((column) => (
                            <td key={column} className="fieldwork-number">
                              {count(row[column])}
                            </td>
                          ))}
                          <td className="fieldwork-number">{formatRate(row.responseRate, language)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={3}>
                          {t('rates.total')}
                        </th>
                        {COUNT_COLUMNS.map((column) => (
                          <td key={column} className="fieldwork-number">
                            {count(totals[column])}
                          </td>
                        ))}
                        <td className="fieldwork-number">{formatRate(totals.responseRate, language)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </ScrollTable>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
