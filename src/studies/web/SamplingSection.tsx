import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage } from '../../web/ui/errors';
import { TextField } from '../../web/ui/fields';
import { ConfirmDialog } from '../../web/ui/Modal';
import { QueryState } from '../../web/ui/QueryState';
import { StrataTable } from './StrataTable';
import { parseTarget, strataTotals, targetProblems, targetsChanged, targetsPayload } from './strata';
import { type SamplingView, type StudyDetail, studyKeys, useSampling } from './studies.api';
import { canChange } from './studyText';

function SeedInfo({ seed }: { seed: string }) {
  const { t } = useTranslation('studies');
  return (
    <div className="study-seed">
      <p>
        {t('sampling.seedLabel')} <code className="study-code">{seed}</code>
      </p>
      <p className="study-note">{t('sampling.seedText')}</p>
    </div>
  );
}

function SamplingEditor({ study, view }: { study: StudyDetail; view: SamplingView }) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const editable = canChange(study.status, 'sampling');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [total, setTotal] = useState('');
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [notice, setNotice] = useState('');
  const [confirmRedraw, setConfirmRedraw] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const adopt = (next: SamplingView) => {
    client.setQueryData(studyKeys.sampling(study.id), next);
    setDrafts({});
  };
  const setTargets = useMutation({
    mutationFn: (body: { total: number } | { targets: { key: string; target: number }[] }) =>
      api.put<SamplingView>(`/studies/${study.id}/sampling/targets`, body),
    onSuccess: (next, body) => {
      adopt(next);
      const sum = strataTotals(next.strata).target;
      setNotice(
        'total' in body ? t('sampling.distributed', { count: sum }) : t('sampling.targetsSaved', { count: sum }),
      );
    },
  });
  const draw = useMutation({
    mutationFn: () => api.post<SamplingView>(`/studies/${study.id}/sampling/draw`),
    onSuccess: (next) => {
      adopt(next);
      setConfirmRedraw(false);
      void client.invalidateQueries({ queryKey: studyKeys.detail(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.participants(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.list });
      setNotice(t('sampling.drawn', { count: strataTotals(next.strata).drawn }));
    },
  });
  const problems = targetProblems(view.strata, drafts);
  const dirty = targetsChanged(view.strata, drafts);
  const totals = strataTotals(view.strata, drafts);
  const alreadyDrawn = view.seed !== null || strataTotals(view.strata).drawn > 0;

  function distribute(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    const value = parseTarget(total);
    const invalid = clientValidationError(t('sampling.totalInvalid'), {
      total: value === null || total.trim() === '' ? t('sampling.totalInvalid') : undefined,
    });
    setClientError(invalid);
    if (!invalid && value !== null) setTargets.mutate({ total: value });
  }

  function saveTargets(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    const fields = Object.fromEntries(
      view.strata.map((s) => [
        `target-${s.key}`,
        problems.get(s.key) === 'invalid'
          ? t('sampling.targetInvalid')
          : problems.get(s.key) === 'tooLarge'
            ? t('sampling.targetTooLarge', { size: s.size })
            : undefined,
      ]),
    );
    const invalid = clientValidationError(t('sampling.targetsInvalid'), fields);
    setClientError(invalid);
    setUnsaved(false);
    if (!invalid) setTargets.mutate({ targets: targetsPayload(view.strata, drafts) });
  }

  function startDraw() {
    setNotice('');
    draw.reset();
    setUnsaved(dirty);
    if (dirty) return;
    setClientError(null);
    if (alreadyDrawn) setConfirmRedraw(true);
    else draw.mutate();
  }

  const fieldIds = Object.fromEntries(view.strata.map((s, i) => [`target-${s.key}`, `study-target-${i}`]));
  const error = clientError;
  return (
    <>
      {view.staleKeys.length > 0 ? (
        <Alert variant="warning" heading={t('sampling.staleHeading')} live={false}>
          <p>{t('sampling.staleText', { count: view.staleKeys.length })}</p>
        </Alert>
      ) : null}
      <p role="status" className="study-live">
        {notice}
      </p>
      <ErrorSummary error={error ?? setTargets.error} fields={{ total: 'study-total', ...fieldIds }} />
      {draw.isError && !confirmRedraw ? (
        <Alert variant="error" heading={t('sampling.drawFailed')}>
          <p>{errorMessage(draw.error, t)}</p>
        </Alert>
      ) : null}
      {editable ? (
        <form onSubmit={distribute} noValidate aria-labelledby="study-distribute-heading" className="study-distribute">
          <h3 id="study-distribute-heading">{t('sampling.distributeHeading')}</h3>
          <TextField
            id="study-total"
            label={t('sampling.total')}
            hint={t('sampling.totalHint', { count: view.candidateCount })}
            inputMode="numeric"
            className="input-width-xs"
            value={total}
            error={error?.fieldError('total')}
            onChange={(event) => setTotal(event.target.value)}
          />
          <button type="submit" className="button button-secondary" disabled={setTargets.isPending}>
            {t('sampling.distribute')}
          </button>
        </form>
      ) : null}
      <form onSubmit={saveTargets} noValidate aria-labelledby="study-strata-heading">
        <h3 id="study-strata-heading">{t('sampling.strataHeading')}</h3>
        <p>{t('sampling.strataText')}</p>
        <StrataTable
          strata={view.strata}
          drafts={drafts}
          editable={editable}
          problems={problems}
          inputIds={(index) => `study-target-${index}`}
          totals={totals}
          onDraft={(key, value) => setDrafts((current) => ({ ...current, [key]: value }))}
        />
        {editable ? (
          <div className="button-row">
            <button type="submit" className="button button-secondary" disabled={setTargets.isPending}>
              {t('sampling.saveTargets')}
            </button>
            <button type="button" className="button button-primary" disabled={draw.isPending} onClick={startDraw}>
              {alreadyDrawn ? t('sampling.redraw') : t('sampling.draw')}
            </button>
          </div>
        ) : null}
        {unsaved && dirty ? (
          <Alert variant="warning">
            <p>{t('sampling.saveFirst')}</p>
          </Alert>
        ) : null}
      </form>
      {view.seed ? <SeedInfo seed={view.seed} /> : null}
      {confirmRedraw ? (
        <ConfirmDialog
          title={t('sampling.redrawTitle')}
          confirmLabel={t('sampling.redraw')}
          pending={draw.isPending}
          onConfirm={() => draw.mutate()}
          onCancel={() => setConfirmRedraw(false)}
          error={draw.isError ? <Alert variant="error">{errorMessage(draw.error, t)}</Alert> : undefined}
        >
          <p>{t('sampling.redrawText', { count: strataTotals(view.strata).drawn })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** The runner's sampling: strata of the confirmed leaders of the accepting organisations, targets and the draw. */
export function SamplingSection({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const sampling = useSampling(study.id, study.canManage);
  const accepted = study.organisations.filter((o) => o.status === 'accepted').length;
  return (
    <section aria-labelledby="study-sampling-heading">
      <h2 id="study-sampling-heading">{t('sampling.heading')}</h2>
      <p>{t('sampling.text')}</p>
      {!canChange(study.status, 'sampling') ? (
        <Alert variant="info" live={false}>
          <p>{t('sampling.locked', { status: t(`status.${study.status}`) })}</p>
        </Alert>
      ) : null}
      <QueryState query={sampling}>
        {(view) =>
          accepted === 0 ? (
            <p className="study-empty">{t('sampling.noAccepted')}</p>
          ) : view.strata.length === 0 ? (
            <p className="study-empty">{t('sampling.noLeaders')}</p>
          ) : (
            <SamplingEditor study={study} view={view} />
          )
        }
      </QueryState>
    </section>
  );
}
