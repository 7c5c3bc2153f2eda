import { useTranslation } from 'react-i18next';
import { areaText, bandText, type StrataTotals, stratumName, type TargetProblem } from './strata';
import type { StratumRow } from './studies.api';

/** One row per stratum (organisation × area × tenure band) with its size, target (an input while open) and draw. */
export function StrataTable({
  strata,
  drafts,
  editable,
  problems,
  inputIds,
  totals,
  onDraft,
}: {
  strata: StratumRow[];
  drafts: Record<string, string>;
  editable: boolean;
  problems: ReadonlyMap<string, TargetProblem>;
  inputIds: (index: number) => string;
  totals: StrataTotals;
  onDraft: (key: string, value: string) => void;
}) {
  const { t } = useTranslation('studies');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra study-strata">
        <caption className="sr-only">{t('sampling.strataHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sampling.organisation')}</th>
            <th scope="col">{t('sampling.area')}</th>
            <th scope="col">{t('sampling.band')}</th>
            <th scope="col" className="study-number">
              {t('sampling.size')}
            </th>
            <th scope="col" className="study-number">
              {t('sampling.target')}
            </th>
            <th scope="col" className="study-number">
              {t('sampling.drawnCount')}
            </th>
            <th scope="col" className="study-number">
              {t('sampling.declinedCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {strata.map((stratum, index) => {
            const problem = problems.get(stratum.key);
            const id = inputIds(index);
            return (
              <tr key={stratum.key}>
                <td>{stratum.orgName}</td>
                <td>{areaText(stratum, t)}</td>
                <td>{bandText(stratum.band, t)}</td>
                <td className="study-number">{stratum.size}</td>
                <td className="study-number">
                  {editable ? (
                    <div className={problem ? 'form-error study-target' : 'study-target'}>
                      <input
                        id={id}
                        type="text"
                        inputMode="numeric"
                        className="form-input study-target-input"
                        aria-label={t('sampling.targetFor', { name: stratumName(stratum, t) })}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `${id}-error` : undefined}
                        value={drafts[stratum.key] ?? String(stratum.target)}
                        onChange={(event) => onDraft(stratum.key, event.target.value)}
                      />
                      {problem ? (
                        <span className="form-error-message" id={`${id}-error`}>
                          <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
                          {problem === 'invalid'
                            ? t('sampling.targetInvalid')
                            : t('sampling.targetTooLarge', { size: stratum.size })}
                        </span>
                      ) : null}
                    </div>
                  ) : (
                    stratum.target
                  )}
                </td>
                <td className="study-number">{stratum.drawn}</td>
                <td className="study-number">{stratum.declined}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('sampling.totals')}
            </th>
            <td className="study-number">{totals.size}</td>
            <td className="study-number">{totals.target}</td>
            <td className="study-number">{totals.drawn}</td>
            <td className="study-number">{totals.declined}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
