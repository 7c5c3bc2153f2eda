import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkItem } from '../../../frameworks/frameworks.model';
import { currentLanguage } from '../../../web/i18n';
import { competencyLabel } from './guideDraft';
import { named } from './named';

/**
 * The competencies a question is tied to, each removable, and a list to tie another one from the framework version
 * the study is pinned to. Adding takes a button press, so moving through the list with the keyboard changes nothing.
 */
export function CompetencyPicker({
  id,
  context,
  selected,
  index,
  options,
  error,
  onAdd,
  onRemove,
}: {
  id: string;
  /** "Spørgsmål 2 i Indledning", for the controls' accessible names. */
  context: string;
  selected: string[];
  index: ReadonlyMap<string, FrameworkItem>;
  options: FrameworkItem[];
  error?: string;
  onAdd: (identifier: string) => void;
  onRemove: (identifier: string) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  const [choice, setChoice] = useState('');
  const chosen = new Set(selected.map((s) => s.toLowerCase()));
  const available = options.filter((o) => !chosen.has(o.identifier.toLowerCase()));
  const selectId = `${id}-add`;
  return (
    <div id={id} tabIndex={-1} className={`form-group fieldwork-competencies${error ? ' form-error' : ''}`}>
      <p className="form-label">{t('guide.competencies')}</p>
      {error ? (
        <span className="form-error-message">
          <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
          {error}
        </span>
      ) : null}
      {selected.length === 0 ? (
        <p className="fieldwork-note">{t('guide.noCompetencies')}</p>
      ) : (
        <ul className="nobullet-list">
          {selected.map((identifier) => {
            const label = competencyLabel(identifier, index, language);
            return (
              <li key={identifier} className="fieldwork-competency">
                <span>{label}</span>
                <button
                  aria-label={named(t('guide.removeCompetency'), `${label}, ${context}`)}
                  type="button"
                  className="button button-tertiary"
                  onClick={() => onRemove(identifier)}
                >
                  {t('guide.removeCompetency')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {available.length > 0 ? (
        <div className="fieldwork-competency-add">
          <label className="form-label" htmlFor={selectId}>
            <span className="sr-only">{`${context}: `}</span>
            {t('guide.addCompetency')}
          </label>
          <select
            id={selectId}
            className="form-select"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{t('guide.chooseCompetency')}</option>
            {available.map((item) => (
              <option key={item.identifier} value={item.identifier}>
                {competencyLabel(item.identifier, index, language)}
              </option>
            ))}
          </select>
          <button
            aria-label={named(t('guide.tie'), context)}
            type="button"
            className="button button-secondary"
            disabled={!choice}
            onClick={() => {
              onAdd(choice);
              setChoice('');
            }}
          >
            {t('guide.tie')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
