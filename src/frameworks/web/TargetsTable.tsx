import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../frameworks.model';
import { pickText } from './FrameworkBits';
import type { ProfileGroup, TargetDraft } from './profileRows';

/**
 * The competencies grouped by domain with their target level and rationale. With `onChange` the level is a select
 * on the framework's scale (its label shown) and the rationales are text areas; without it, plain text.
 */
export function TargetsTable({
  groups,
  drafts,
  scale,
  language,
  onChange,
}: {
  groups: ProfileGroup[];
  drafts: ReadonlyMap<string, TargetDraft>;
  scale: ScaleLevel[];
  language: string;
  onChange?: (identifier: string, change: Partial<TargetDraft>) => void;
}) {
  const { t } = useTranslation('frameworks');
  const editable = Boolean(onChange);
  const columns = editable ? 4 : 3;
  return (
    <div className="table--responsive-scroll">
      <table className="table fw-targets">
        <caption className="sr-only">{t('profile.targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.competency')}</th>
            <th scope="col">{t('profile.target')}</th>
            {editable ? (
              <>
                <th scope="col">{t('profile.rationaleDa')}</th>
                <th scope="col">{t('profile.rationaleEn')}</th>
              </>
            ) : (
              <th scope="col">{t('profile.rationale')}</th>
            )}
          </tr>
        </thead>
        {groups.map((group, groupIndex) => (
          // A domain can appear twice when its competencies are apart; the order makes the key unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <tbody key={groupIndex}>
            <tr className="fw-group-row">
              <th scope="colgroup" colSpan={columns}>
                {group.domain || t('profile.noDomain')}
              </th>
            </tr>
            {group.rows.map((row) => {
              const draft = drafts.get(row.identifier) ?? { level: null, rationaleDa: '', rationaleEn: '' };
              const name = row.code ? `${row.code} ${row.title}` : row.title;
              const id = `rp-${row.identifier}`;
              return (
                <tr key={row.identifier}>
                  <th scope="row" id={`${id}-name`}>
                    {name}
                  </th>
                  {onChange ? (
                    <>
                      <td>
                        <label className="sr-only" htmlFor={`${id}-level`}>
                          {t('profile.levelFor', { name })}
                        </label>
                        <select
                          id={`${id}-level`}
                          className="form-select fw-level-select"
                          value={draft.level === null ? '' : String(draft.level)}
                          onChange={(event) =>
                            onChange(row.identifier, {
                              level: event.target.value === '' ? null : Number(event.target.value),
                            })
                          }
                        >
                          <option value="">{t('profile.noTarget')}</option>
                          {scale.map((step) => (
                            <option key={step.level} value={step.level}>
                              {t('scale.levelName', {
                                level: step.level,
                                label: pickText(language, step.labelDa, step.labelEn),
                              })}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label className="sr-only" htmlFor={`${id}-da`}>
                          {t('profile.rationaleDaFor', { name })}
                        </label>
                        <textarea
                          id={`${id}-da`}
                          className="form-input fw-rationale"
                          rows={2}
                          lang="da"
                          value={draft.rationaleDa}
                          onChange={(event) => onChange(row.identifier, { rationaleDa: event.target.value })}
                        />
                      </td>
                      <td>
                        <label className="sr-only" htmlFor={`${id}-en`}>
                          {t('profile.rationaleEnFor', { name })}
                        </label>
                        <textarea
                          id={`${id}-en`}
                          className="form-input fw-rationale"
                          rows={2}
                          lang="en"
                          value={draft.rationaleEn}
                          onChange={(event) => onChange(row.identifier, { rationaleEn: event.target.value })}
                        />
                      </td>
                    </>
                  ) : (
                    <>
                      <td>
                        {row.level === null
                          ? t('profile.noTarget')
                          : t('scale.levelName', { level: row.level, label: row.levelLabel })}
                      </td>
                      <td className="fw-pre">{pickText(language, draft.rationaleDa, draft.rationaleEn)}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
