import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import type { OrgChartProblem, ProblemSeverity } from '../orgchart-problems.model';
import { formatCount, groupBySeverity, problemLocation, problemText } from './problemText';

const FIRST_SHOWN = 20;
const MORE_STEP = 100;

function ProblemGroup({ severity, problems }: { severity: ProblemSeverity; problems: OrgChartProblem[] }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const [shown, setShown] = useState(FIRST_SHOWN);
  const headingId = `problems-${severity}`;
  const visible = problems.slice(0, shown);
  return (
    <section aria-labelledby={headingId} className={`org-problems org-problems-${severity}`}>
      <h3 id={headingId}>
        {t(`problemGroups.${severity}`, { count: problems.length, formatted: formatCount(problems.length, language) })}
      </h3>
      <p className="form-hint">{t(`problemGroupHints.${severity}`)}</p>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">
            {t(`problemGroups.${severity}`, {
              count: problems.length,
              formatted: formatCount(problems.length, language),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('problemsTable.where')}</th>
              <th scope="col">{t('problemsTable.what')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((p, index) => (
              // Problems have no id; their position in the API's sorted list is stable for this preview.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                <td className="org-nowrap">{problemLocation(p, t, language)}</td>
                <td>{problemText(p, t, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > shown ? (
        <button type="button" className="button button-secondary" onClick={() => setShown((n) => n + MORE_STEP)}>
          {t('problemsTable.more', {
            count: Math.min(MORE_STEP, problems.length - shown),
            remaining: formatCount(problems.length - shown, language),
          })}
        </button>
      ) : null}
    </section>
  );
}

/** The preview's problems, most severe first, each with its row and column in plain words. */
export function ImportProblems({ problems, total }: { problems: OrgChartProblem[]; total: number }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  if (total === 0 && problems.length === 0)
    return (
      <Alert variant="success" live={false}>
        <p>{t('problemsTable.none')}</p>
      </Alert>
    );
  return (
    <div>
      <h2>{t('problemsTable.heading', { count: total, formatted: formatCount(total, language) })}</h2>
      {total > problems.length ? (
        <p>
          {t('problemsTable.capped', {
            shown: formatCount(problems.length, language),
            total: formatCount(total, language),
          })}
        </p>
      ) : null}
      {groupBySeverity(problems).map((group) => (
        <ProblemGroup key={group.severity} severity={group.severity} problems={group.problems} />
      ))}
    </div>
  );
}
