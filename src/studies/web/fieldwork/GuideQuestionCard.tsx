import { useTranslation } from 'react-i18next';
import type { FrameworkItem } from '../../../frameworks/frameworks.model';
import { currentLanguage } from '../../../web/i18n';
import { TextAreaField } from '../../../web/ui/fields';
import type { GuideQuestion } from '../../interview-guide.model';
import { CompetencyPicker } from './CompetencyPicker';
import { competencyLabel, guideFieldId, type QuestionField } from './guideDraft';
import { named } from './named';

export type QuestionAction = 'edit' | 'up' | 'down' | 'remove';

/** Ids of a question's buttons, by its key (stable while questions move), so focus can follow a moved question. */
export const questionButtonId = (key: string, action: QuestionAction) => `fieldwork-guide-${key}-${action}`;

const TEXT_FIELDS: QuestionField[] = ['textDa', 'textEn', 'probeDa', 'probeEn'];

/**
 * One question of the guide: read as the interviewer will see it, or edited in place (Danish and English text and
 * follow-up, tied competencies). Move and remove buttons name the question for screen readers.
 */
export function GuideQuestionCard({
  question,
  section,
  number,
  count,
  sectionTitle,
  editable,
  editing,
  errors,
  competencies,
  options,
  onToggle,
  onChange,
  onMove,
  onRemove,
  onAddCompetency,
  onRemoveCompetency,
}: {
  question: GuideQuestion;
  section: number;
  /** 1-based place in its section. */
  number: number;
  count: number;
  sectionTitle: string;
  editable: boolean;
  editing: boolean;
  /** The server's messages for this question, by part (text, probe, competencies, key). */
  errors: Partial<Record<string, string>>;
  competencies: ReadonlyMap<string, FrameworkItem>;
  options: FrameworkItem[];
  onToggle: () => void;
  onChange: (patch: Partial<GuideQuestion>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onAddCompetency: (identifier: string) => void;
  onRemoveCompetency: (identifier: string) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  const q = number - 1;
  const context = t('guide.questionContext', { number, section: sectionTitle });
  const fieldError = (field: QuestionField) =>
    field === 'textDa' ? (errors.text ?? errors.key) : field === 'probeDa' ? errors.probe : undefined;
  return (
    <li className={`fieldwork-question${editing ? ' fieldwork-question-editing' : ''}`}>
      <p className="fieldwork-question-number">{t('guide.questionNumber', { number })}</p>
      {editing ? (
        <>
          {TEXT_FIELDS.map((field) => (
            <TextAreaField
              key={field}
              id={guideFieldId(section, q, field)}
              label={
                <>
                  <span className="sr-only">{`${context}: `}</span>
                  {t(`guide.fields.${field}`)}
                </>
              }
              lang={field.endsWith('En') ? 'en' : 'da'}
              rows={field.startsWith('text') ? 3 : 2}
              value={question[field] ?? ''}
              error={fieldError(field)}
              onChange={(event) => onChange({ [field]: event.target.value })}
            />
          ))}
          <CompetencyPicker
            id={guideFieldId(section, q, 'competencies')}
            context={context}
            selected={question.competencyIdentifiers}
            index={competencies}
            options={options}
            error={errors.competencies}
            onAdd={onAddCompetency}
            onRemove={onRemoveCompetency}
          />
        </>
      ) : (
        <>
          <p className="fieldwork-question-text">{question.textDa || question.textEn}</p>
          {question.textEn && question.textDa ? (
            <p className="fieldwork-note" lang="en">
              {question.textEn}
            </p>
          ) : null}
          {question.probeDa || question.probeEn ? (
            <p className="fieldwork-probe">
              <strong>{t('guide.probe')}</strong> {question.probeDa || question.probeEn}
            </p>
          ) : null}
          <p className="fieldwork-question-competencies">
            <strong>{t('guide.competencies')}</strong>{' '}
            {question.competencyIdentifiers.length === 0
              ? t('guide.noCompetencies')
              : question.competencyIdentifiers.map((c) => competencyLabel(c, competencies, language)).join('; ')}
          </p>
        </>
      )}
      {editable ? (
        <div className="button-row fieldwork-question-actions">
          <button
            aria-label={named(t(editing ? 'guide.done' : 'guide.edit'), context)}
            type="button"
            id={questionButtonId(question.key, 'edit')}
            className="button button-secondary"
            aria-expanded={editing}
            onClick={onToggle}
          >
            {t(editing ? 'guide.done' : 'guide.edit')}
          </button>
          <button
            aria-label={named(t('guide.moveUp'), context)}
            type="button"
            id={questionButtonId(question.key, 'up')}
            className="button button-tertiary"
            disabled={number === 1}
            onClick={() => onMove(-1)}
          >
            {t('guide.moveUp')}
          </button>
          <button
            aria-label={named(t('guide.moveDown'), context)}
            type="button"
            id={questionButtonId(question.key, 'down')}
            className="button button-tertiary"
            disabled={number === count}
            onClick={() => onMove(1)}
          >
            {t('guide.moveDown')}
          </button>
          <button
            aria-label={named(t('guide.remove'), context)}
            type="button"
            id={questionButtonId(question.key, 'remove')}
            className="button button-tertiary"
            onClick={onRemove}
          >
            {t('guide.remove')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
