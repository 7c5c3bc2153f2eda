import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { ConfirmDialog } from '../../web/ui/Modal';
import type { StudyStatus } from '../study-status.model';
import { type StudyDetail, studyKeys } from './studies.api';
import { lifecycleSteps, type StatusMove, statusMoves } from './studyText';

/**
 * The lifecycle draft → recruiting → collecting → analysing → closed with the current step, and for the team the
 * permitted moves, each after a confirmation that says what the move fixes or opens. A refused move (409, e.g. no
 * organisation has accepted) is explained in the dialog with the server's own words.
 */
export function StatusBar({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const [move, setMove] = useState<StatusMove | null>(null);
  const change = useMutation({
    mutationFn: (status: StudyStatus) => api.put<StudyDetail>(`/studies/${study.id}/status`, { status }),
    onSuccess: (updated) => {
      client.setQueryData(studyKeys.detail(study.id), updated);
      void client.invalidateQueries({ queryKey: studyKeys.list });
      void client.invalidateQueries({ queryKey: studyKeys.sampling(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.participants(study.id) });
      setMove(null);
    },
  });
  const steps = lifecycleSteps(study.status);
  const moves = study.canManage ? statusMoves(study.status) : [];
  return (
    <section aria-labelledby="study-status-heading" className="study-status">
      <h2 id="study-status-heading" className="h3">
        {t('statusBar.heading')}
      </h2>
      <ol className="study-steps">
        {steps.map((step) => (
          <li
            key={step.status}
            className={`study-step study-step-${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="study-step-number" aria-hidden="true">
              {step.number}
            </span>
            <span className="study-step-label">{t(`status.${step.status}`)}</span>
            <span className="sr-only">{t(`statusBar.${step.state}`)}</span>
          </li>
        ))}
      </ol>
      <p className="study-step-text">{t(`statusText.${study.status}`)}</p>
      {moves.length > 0 ? (
        <div className="button-row">
          {moves.map((m) => (
            <button
              key={m.to}
              type="button"
              className={`button ${m.direction === 'forward' ? 'button-primary' : 'button-secondary'}`}
              onClick={() => {
                change.reset();
                setMove(m);
              }}
            >
              {t(m.direction === 'forward' ? 'statusBar.forward' : 'statusBar.back', { status: t(`status.${m.to}`) })}
            </button>
          ))}
        </div>
      ) : null}
      {move ? (
        <ConfirmDialog
          title={t('statusBar.confirmTitle', { status: t(`status.${move.to}`) })}
          confirmLabel={t(move.direction === 'forward' ? 'statusBar.forward' : 'statusBar.back', {
            status: t(`status.${move.to}`),
          })}
          pending={change.isPending}
          onConfirm={() => change.mutate(move.to)}
          onCancel={() => setMove(null)}
          error={
            change.isError ? (
              <Alert variant="error" heading={t('statusBar.refused')}>
                <p>{errorMessage(change.error, t)}</p>
              </Alert>
            ) : undefined
          }
        >
          <p>{t(`statusMove.${study.status}_${move.to}`)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
