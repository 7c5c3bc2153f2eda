import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../web/api';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import type { Answer } from '../../survey.model';
import { AnswerSaver, type SaveState } from './answerSaver';
import { type AnswerChange, CompetencyFieldset, competencyElementId } from './CompetencyFieldset';
import { participationPath, type SurveyView } from './participation.api';
import {
  answerKey,
  answerMap,
  errorsByItem,
  localText,
  startPageIndex,
  surveyPosition,
  withChange,
} from './surveyState';

/**
 * The self-assessment form: one page per domain with a progress bar, every change saved after a short pause and
 * before moving page, resumed on the first page with an unanswered competency, and sent once at the end.
 */
export function SurveyForm({
  token,
  survey,
  onHome,
  onSubmitted,
}: {
  token: string;
  survey: SurveyView;
  onHome: () => void;
  onSubmitted: (view: SurveyView) => void;
}) {
  const { t } = useTranslation('participation');
  const language = currentLanguage();
  const { pages } = survey;
  const [answers, setAnswers] = useState(() => answerMap(survey.answers));
  const answersRef = useRef(answers);
  const [pageIndex, setPageIndex] = useState(() => startPageIndex(survey.progress, pages.length));
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle', error: null, failedBatch: [] });
  const [saver] = useState(
    () =>
      new AnswerSaver(async (batch: Answer[]) => {
        await api.put<SurveyView>(participationPath(token, 'survey/answers'), { answers: batch });
      }, setSaveState),
  );
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(pageIndex);
  const submitting = useRef(false);

  // Save what is left when the leader leaves the page or switches to another app (phones rarely unload cleanly).
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush().catch(() => {});
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      saver.flush().catch(() => {});
      saver.dispose();
    };
  }, [saver]);

  // A new page: focus its heading, so keyboard and screen-reader users start at its first question.
  useEffect(() => {
    if (shownPage.current === pageIndex) return;
    shownPage.current = pageIndex;
    pageHeading.current?.focus();
  }, [pageIndex]);

  const submit = useMutation({
    mutationFn: async () => {
      await saver.flush();
      return api.post<SurveyView>(participationPath(token, 'survey/submit'));
    },
    onSuccess: onSubmitted,
    onSettled: () => {
      submitting.current = false;
    },
  });

  function change(itemIdentifier: string, answerChange: AnswerChange, delayMs: number) {
    const { answers: next, answer } = withChange(answersRef.current, itemIdentifier, answerChange);
    answersRef.current = next;
    setAnswers(next);
    saver.change(answer, delayMs);
  }

  async function goTo(index: number) {
    try {
      await saver.flush();
    } catch {
      // The error is shown; the leader stays on the page with the answers that did not save.
      return;
    }
    setPageIndex(index);
  }

  function send() {
    if (submitting.current) return;
    submitting.current = true;
    submit.mutate();
  }

  const page = pages[pageIndex];
  if (!page)
    return (
      <Alert variant="info">
        <p>{t('survey.empty')}</p>
      </Alert>
    );
  const position = surveyPosition(pageIndex, pages, answers);
  const last = pageIndex === pages.length - 1;
  const saveError = saveState.status === 'error' ? saveState.error : null;
  const itemErrors =
    saveError instanceof ApiError ? errorsByItem(saveError.fieldErrors, saveState.failedBatch) : new Map();
  const firstUnanswered = position.nextPageIndex;

  return (
    <div className="survey">
      {pageIndex === 0 ? (
        <>
          <p className="font-lead">{t('survey.intro')}</p>
          <p>{survey.anonymous ? t('survey.anonymous') : t('survey.identified')}</p>
        </>
      ) : null}

      <div className="survey-progress">
        <p className="survey-progress-page">{t('survey.pageOf', { page: position.page, pages: position.pageCount })}</p>
        <div
          className="survey-progress-track"
          role="progressbar"
          aria-label={t('survey.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={position.percent}
          aria-valuetext={t('survey.answeredOf', { answered: position.answered, total: position.total })}
        >
          <div className="survey-progress-fill" style={{ width: `${position.percent}%` }} />
        </div>
        <p className="survey-progress-answered">
          {t('survey.answeredOf', { answered: position.answered, total: position.total })}
        </p>
      </div>

      {saveError ? (
        <Alert variant="error" heading={t('survey.saveFailed')}>
          <p>{errorMessage(saveError, t)}</p>
          {itemErrors.size === 0 ? (
            <button type="button" className="button button-secondary" onClick={() => saver.flush().catch(() => {})}>
              {t('shell:actions.retry')}
            </button>
          ) : (
            <ul className="nobullet-list">
              {[...itemErrors.keys()].map((key) => {
                const competency = pages.flatMap((p) => p.competencies).find((c) => answerKey(c.identifier) === key);
                return competency ? (
                  <li key={key}>
                    <a
                      href={`#${competencyElementId(competency.identifier)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(competencyElementId(competency.identifier))?.focus();
                      }}
                    >
                      {localText(competency.titleDa, competency.titleEn, language)}
                    </a>
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </Alert>
      ) : null}

      <h2 ref={pageHeading} tabIndex={-1} className="survey-page-heading">
        {localText(page.titleDa, page.titleEn, language)}
      </h2>
      {page.competencies.map((competency) => (
        <CompetencyFieldset
          key={competency.identifier}
          competency={competency}
          answer={answers.get(answerKey(competency.identifier))}
          language={language}
          errors={itemErrors.get(answerKey(competency.identifier))}
          onChange={(answerChange, delayMs) => change(competency.identifier, answerChange, delayMs)}
        />
      ))}

      {last ? (
        <div className="survey-send">
          <p>{t('survey.summary', { answered: position.answered, total: position.total })}</p>
          {firstUnanswered !== null ? (
            <p>
              {t('survey.notAll')}{' '}
              <button type="button" className="function-link" onClick={() => void goTo(firstUnanswered)}>
                {t('survey.toUnanswered')}
              </button>
            </p>
          ) : null}
          {submit.isError ? (
            <Alert variant="error" heading={t('survey.sendFailed')}>
              <p>{errorMessage(submit.error, t)}</p>
            </Alert>
          ) : null}
        </div>
      ) : null}

      <div className="button-row survey-nav">
        {pageIndex > 0 ? (
          <button type="button" className="button button-secondary" onClick={() => void goTo(pageIndex - 1)}>
            {t('survey.previous')}
          </button>
        ) : null}
        {last ? (
          <button type="button" className="button button-primary" disabled={submit.isPending} onClick={send}>
            {t('survey.send')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void goTo(pageIndex + 1)}>
            {t('survey.next')}
          </button>
        )}
      </div>
      <p className="participation-back">
        <button
          type="button"
          className="function-link"
          onClick={() =>
            void saver
              .flush()
              .then(onHome)
              .catch(() => {})
          }
        >
          {t('survey.saveAndLeave')}
        </button>
      </p>

      <p className="survey-save-status" role="status">
        {saveState.status === 'saving' || saveState.status === 'pending'
          ? t('survey.saving')
          : saveState.status === 'saved'
            ? t('survey.saved')
            : ''}
      </p>
    </div>
  );
}
