import { useTranslation } from 'react-i18next';
import type { Language } from '../../../web/i18n';
import { ANSWER_LIMITS, type Answer, type SurveyCompetency, type SurveyLevel } from '../../survey.model';
import { localText } from './surveyState';

const IMPORTANCE = [1, 2, 3, 4, 5] as const;
/** A click is saved almost at once; typing waits for a pause. */
export const CLICK_DELAY_MS = 400;
export const TYPING_DELAY_MS = 1200;

export type AnswerChange = Partial<Omit<Answer, 'itemIdentifier'>>;

export const competencyElementId = (identifier: string) => `competency-${identifier.toLowerCase()}`;

/**
 * One competency of the self-assessment: its title (legend and heading) and description, the current level and the
 * level the job needs (each option with the scale's label and the competency's descriptor for that level),
 * importance 1–5 and an optional comment. Errors from the server are shown here, by the competency they concern.
 */
export function CompetencyFieldset({
  competency,
  answer,
  language,
  errors,
  onChange,
}: {
  competency: SurveyCompetency;
  answer: Answer | undefined;
  language: Language;
  errors: string[] | undefined;
  onChange: (change: AnswerChange, delayMs: number) => void;
}) {
  const { t } = useTranslation('participation');
  const id = competencyElementId(competency.identifier);
  const description = localText(competency.descriptionDa, competency.descriptionEn, language);
  return (
    <fieldset
      className={`survey-competency${errors ? ' form-error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={errors ? `${id}-error` : undefined}
    >
      <legend className="survey-competency-legend">
        <h3>{localText(competency.titleDa, competency.titleEn, language)}</h3>
      </legend>
      {description ? <p className="survey-description">{description}</p> : null}
      {errors ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
          {errors.join(' ')}
        </span>
      ) : null}
      <LevelGroup
        name={`${id}-current`}
        legend={t('survey.current')}
        levels={competency.levels}
        language={language}
        value={answer?.currentLevel ?? null}
        onChange={(level) => onChange({ currentLevel: level }, CLICK_DELAY_MS)}
      />
      <LevelGroup
        name={`${id}-needed`}
        legend={t('survey.needed')}
        levels={competency.levels}
        language={language}
        value={answer?.neededLevel ?? null}
        onChange={(level) => onChange({ neededLevel: level }, CLICK_DELAY_MS)}
      />
      <div className="form-group survey-choice">
        <fieldset>
          <legend className="form-label">{t('survey.importance')}</legend>
          <div className="survey-importance">
            {IMPORTANCE.map((value) => (
              <div className="form-group-radio" key={value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${id}-importance-${value}`}
                  name={`${id}-importance`}
                  value={value}
                  checked={answer?.importance === value}
                  onChange={() => onChange({ importance: value }, CLICK_DELAY_MS)}
                />
                <label className="form-label" htmlFor={`${id}-importance-${value}`}>
                  {t(`survey.importanceLevels.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-comment`}>
          {t('survey.comment')}
        </label>
        <span className="form-hint" id={`${id}-comment-hint`}>
          {t('survey.commentHint', { max: ANSWER_LIMITS.commentMaxLength })}
        </span>
        <textarea
          id={`${id}-comment`}
          name={`${id}-comment`}
          className="form-input"
          rows={3}
          maxLength={ANSWER_LIMITS.commentMaxLength}
          aria-describedby={`${id}-comment-hint`}
          value={answer?.comment ?? ''}
          onChange={(event) => onChange({ comment: event.target.value }, TYPING_DELAY_MS)}
        />
      </div>
    </fieldset>
  );
}

function LevelGroup({
  name,
  legend,
  levels,
  language,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  levels: SurveyLevel[];
  language: Language;
  value: number | null;
  onChange: (level: number) => void;
}) {
  const { t } = useTranslation('participation');
  return (
    <div className="form-group survey-choice">
      <fieldset>
        <legend className="form-label">{legend}</legend>
        {levels.map((level) => {
          const descriptor = localText(level.descriptorDa, level.descriptorEn, language);
          const optionId = `${name}-${level.level}`;
          return (
            <div className="form-group-radio" key={level.level}>
              <input
                type="radio"
                className="form-radio"
                id={optionId}
                name={name}
                value={level.level}
                checked={value === level.level}
                aria-describedby={descriptor ? `${optionId}-hint` : undefined}
                onChange={() => onChange(level.level)}
              />
              <label className="form-label" htmlFor={optionId}>
                {t('survey.levelOption', {
                  level: level.level,
                  label: localText(level.labelDa, level.labelEn, language),
                })}
              </label>
              {descriptor ? (
                <span className="form-hint survey-descriptor" id={`${optionId}-hint`}>
                  {descriptor}
                </span>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
