import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../frameworks/web/Checkbox.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { type CodingStudy, Num } from './bits.js';
import { codeRows } from './codeTree.js';
import { type Code, codingApi, codingKeys } from './coding.api.js';
import { cooccurrenceTable, HEAT_LEVELS, heatLevel } from './cooccurrence.js';

/**
 * How often two codes apply to the same speaker turn, as a table with row and column headers; the diagonal is the
 * number of turns with the code. Shading follows the count (its colours keep 4.5:1 contrast with the number).
 */
export function CooccurrenceSection({ study, layer, codes }: { study: CodingStudy; layer: string; codes: Code[] }) {
  const { t } = useTranslation('coding');
  const [onlyUsed, setOnlyUsed] = useState(true);
  const query = useQuery({
    queryKey: codingKeys.cooccurrence(study.id, layer),
    queryFn: () => codingApi.cooccurrence(study.id, layer),
  });
  const ordered = codeRows(codes).map((row) => row.code);
  return (
    <section aria-labelledby="coding-cooccurrence-heading" className="coding-section">
      <h2 id="coding-cooccurrence-heading">{t('cooccurrence.heading')}</h2>
      <p className="coding-text">{t('cooccurrence.intro')}</p>
      <Checkbox
        id="coding-cooccurrence-used"
        label={t('cooccurrence.onlyUsed')}
        checked={onlyUsed}
        onChange={setOnlyUsed}
      />
      <QueryState query={query}>
        {(data) => {
          const table = cooccurrenceTable(data, ordered, onlyUsed);
          if (table.codes.length === 0) return <p className="coding-empty">{t('cooccurrence.none')}</p>;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table to scroll it.
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard to scroll it.
            <div className="table--responsive-scroll" role="group" tabIndex={0} aria-label={t('cooccurrence.caption')}>
              <table className="table table--compact coding-heat-table">
                <caption>{t('cooccurrence.caption')}</caption>
                <thead>
                  <tr>
                    <td />
                    {table.codes.map((code) => (
                      <th key={code.id} scope="col" className="coding-heat-col" title={code.name}>
                        <span className="coding-heat-label">{code.name}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.codes.map((row, i) => (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      {table.counts[i].map((count, j) => {
                        const diagonal = i === j;
                        const style = HEAT_LEVELS[heatLevel(count, table.max)];
                        return (
                          <td
                            key={table.codes[j].id}
                            className={`coding-number coding-heat${diagonal ? ' coding-heat-diagonal' : count === 0 ? ' coding-heat-zero' : ''}`}
                            style={diagonal ? undefined : { background: style.background, color: style.color }}
                          >
                            <Num value={count} />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
