import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkItem } from '../../../frameworks/frameworks.model';
import { ApiError, api } from '../../../web/api';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { errorMessage } from '../../../web/ui/errors';
import { ConfirmDialog } from '../../../web/ui/Modal';
import type { GuideSection } from '../../interview-guide.model';
import { fieldworkKeys, type GuideView, studyPath } from './fieldwork.api';
import { GuideQuestionCard, questionButtonId } from './GuideQuestionCard';
import {
  addCompetency,
  addQuestion,
  canAddQuestion,
  guideBody,
  guideChanged,
  issueFieldId,
  issueTarget,
  moveQuestion,
  removeCompetency,
  removeQuestion,
  updateQuestion,
} from './guideDraft';
import { named } from './named';
import { usePendingFocus } from './usePendingFocus';

/** The server's messages per question (`s:q`) and part, from a refused save. */
function errorsByQuestion(error: unknown): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  if (!(error instanceof ApiError)) return found;
  for (const e of error.fieldErrors) {
    const target = issueTarget(e.path);
    if (target?.question === undefined) continue;
    const id = `${target.section}:${target.question}`;
    found.set(id, { ...found.get(id), [target.part]: e.message });
  }
  return found;
}

/**
 * The guide as the team edits it: questions per section, edited in place, added, removed and moved; saved as a
 * whole (the server checks it against the framework and names each error by its place), or put back to the
 * framework's default after a confirmation.
 */
export function GuideEditor({
  studyId,
  view,
  editable,
  competencies,
}: {
  studyId: string;
  view: GuideView;
  editable: boolean;
  competencies: ReadonlyMap<string, FrameworkItem>;
}) {
  const { t } = useTranslation('fieldwork');
  const client = useQueryClient();
  const language = currentLanguage();
  const focus = usePendingFocus();
  const [draft, setDraft] = useState<GuideSection[]>(view.sections);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const options = useMemo(
    () =>
      [...competencies.values()].sort(
        (a, b) => a.code.localeCompare(b.code, 'da', { numeric: true }) || a.titleDa.localeCompare(b.titleDa, 'da'),
      ),
    [competencies],
  );
  const adopt = (next: GuideView, message: string) => {
    client.setQueryData(fieldworkKeys.guide(studyId), next);
    setDraft(next.sections);
    setEditing(new Set());
    setNotice(message);
  };
  const save = useMutation({
    mutationFn: (sections: GuideSection[]) => api.put<GuideView>(`${studyPath(studyId)}/guide`, guideBody(sections)),
    onSuccess: (next) => adopt(next, t('guide.saved')),
  });
  const reset = useMutation({
    mutationFn: () => api.delete<GuideView>(`${studyPath(studyId)}/guide`),
    onSuccess: (next) => {
      setConfirmReset(false);
      adopt(next, t('guide.resetDone'));
    },
  });
  const dirty = guideChanged(draft, view.sections);
  const questionErrors = errorsByQuestion(save.error);
  /** Changes that move questions make the server's index-based error paths stale. */
  const restructure = (next: GuideSection[]) => {
    save.reset();
    setNotice('');
    setDraft(next);
  };
  const edit = (next: GuideSection[]) => {
    setNotice('');
    setDraft(next);
  };
  const toggle = (key: string) =>
    setEditing((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const summaryFields = Object.fromEntries(
    (save.error instanceof ApiError ? save.error.fieldErrors : [])
      .map((e) => [e.path, issueFieldId(e.path)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== null),
  );
  const title = (section: GuideSection) =>
    language === 'en' ? section.titleEn || section.titleDa : section.titleDa || section.titleEn;

  return (
    <div className="fieldwork-guide">
      <ErrorSummary error={save.error} fields={summaryFields} />
      <p role="status" className="fieldwork-live">
        {notice}
      </p>
      {draft.map((section, s) => {
        const sectionTitle = title(section);
        const addId = `fieldwork-guide-s${s}-add`;
        return (
          <div key={section.key} className="fieldwork-guide-section">
            <h3>{sectionTitle}</h3>
            {section.questions.length === 0 ? <p className="fieldwork-note">{t('guide.noQuestions')}</p> : null}
            <ol className="nobullet-list fieldwork-questions">
              {section.questions.map((question, q) => {
                const errors = questionErrors.get(`${s}:${q}`) ?? {};
                return (
                  <GuideQuestionCard
                    key={question.key}
                    question={question}
                    section={s}
                    number={q + 1}
                    count={section.questions.length}
                    sectionTitle={sectionTitle}
                    editable={editable}
                    editing={editable && (editing.has(question.key) || Object.keys(errors).length > 0)}
                    errors={errors}
                    competencies={competencies}
                    options={options}
                    onToggle={() => toggle(question.key)}
                    onChange={(patch) => edit(updateQuestion(draft, s, q, patch))}
                    onMove={(delta) => {
                      restructure(moveQuestion(draft, s, q, delta));
                      const target = q + delta;
                      const atEnd = target === 0 || target === section.questions.length - 1;
                      const direction = delta === -1 ? 'up' : 'down';
                      const other = delta === -1 ? 'down' : 'up';
                      focus(questionButtonId(question.key, atEnd ? other : direction));
                    }}
                    onRemove={() => {
                      restructure(removeQuestion(draft, s, q));
                      const next = section.questions[q + 1] ?? section.questions[q - 1];
                      focus(next ? questionButtonId(next.key, 'edit') : addId);
                      setNotice(t('guide.removed', { number: q + 1, section: sectionTitle }));
                    }}
                    onAddCompetency={(identifier) => edit(addCompetency(draft, s, q, identifier))}
                    onRemoveCompetency={(identifier) => edit(removeCompetency(draft, s, q, identifier))}
                  />
                );
              })}
            </ol>
            {editable && canAddQuestion(section) ? (
              <button
                aria-label={named(t('guide.addQuestion'), sectionTitle)}
                type="button"
                id={addId}
                className="button button-secondary"
                onClick={() => {
                  const added = addQuestion(draft, s);
                  restructure(added.sections);
                  setEditing((current) => new Set(current).add(added.key));
                  focus(`fieldwork-guide-s${s}-q${section.questions.length}-textDa`);
                }}
              >
                {t('guide.addQuestion')}
              </button>
            ) : null}
          </div>
        );
      })}
      {editable ? (
        <div className="fieldwork-guide-actions">
          {dirty ? (
            <p className="fieldwork-unsaved">
              <strong>{t('guide.unsaved')}</strong>
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={save.isPending}
              onClick={() => {
                setNotice('');
                save.mutate(draft);
              }}
            >
              {t('guide.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={view.isDefault && !dirty}
              onClick={() => {
                reset.reset();
                setConfirmReset(true);
              }}
            >
              {t('guide.reset')}
            </button>
          </div>
        </div>
      ) : null}
      {confirmReset ? (
        <ConfirmDialog
          title={t('guide.resetTitle')}
          confirmLabel={t('guide.reset')}
          pending={reset.isPending}
          onConfirm={() => reset.mutate()}
          onCancel={() => setConfirmReset(false)}
          error={
            reset.isError ? (
              <Alert variant="error" heading={t('guide.resetFailed')}>
                <p>{errorMessage(reset.error, t)}</p>
              </Alert>
            ) : undefined
          }
        >
          <p>{t('guide.resetText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
