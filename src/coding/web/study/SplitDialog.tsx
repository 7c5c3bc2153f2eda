import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { clientValidationError, fieldError } from '../../../web/ui/errors.js';
import { SelectField, TextField } from '../../../web/ui/fields.js';
import { Modal } from '../../../web/ui/Modal.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { CODE_COLOURS, POLARITIES, type Polarity } from '../../coding.model.js';
import type { CodingStudy } from './bits.js';
import { type Code, codingApi, codingKeys, type Passage } from './coding.api.js';
import { assign, removePart, type SplitPlan, type SplitProblem, splitProblems, splitRequest } from './splitPlan.js';

const MAX_PARTS = 20;
const nameId = (index: number) => `coding-split-name-${index}`;

function nextColour(codes: Code[], offset: number): string {
  return CODE_COLOURS[(codes.length + offset) % CODE_COLOURS.length];
}

function excerpt(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function PassageRow({
  passage,
  plan,
  code,
  onAssign,
}: {
  passage: Passage;
  plan: SplitPlan;
  code: Code;
  onAssign: (index: number | null) => void;
}) {
  const { t } = useTranslation('coding');
  const at = plan.assignment[passage.codingId];
  const id = `coding-split-passage-${passage.codingId}`;
  return (
    <tr>
      <td>
        <span className="coding-note">
          {[passage.transcriptTitle, passage.pseudonym, passage.coderName].filter(Boolean).join(' · ')}
        </span>
        <span className="coding-passage-text">{excerpt(passage.text)}</span>
      </td>
      <td>
        <label className="sr-only" htmlFor={id}>
          {t('split.moveLabel', { passage: excerpt(passage.text, 60) })}
        </label>
        <select
          id={id}
          className="form-select"
          value={at === undefined ? '' : String(at)}
          onChange={(event) => onAssign(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('split.stay', { name: code.name })}</option>
          {plan.parts.map((part, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are identified by their place in the plan
            <option key={index} value={index}>
              {part.name.trim() || t('split.partN', { n: index + 1 })}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

/**
 * Split a code into N new sibling codes: name them, then send each passage of the code to one of them (or leave it).
 * The passages come from retrieval over every coder, so nobody's coding is lost.
 */
export function SplitDialog({
  study,
  codes,
  code,
  onDone,
  onCancel,
}: {
  study: CodingStudy;
  codes: Code[];
  code: Code;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const filter = { codeId: code.id, layer: 'all' };
  const passages = useQuery({
    queryKey: codingKeys.passages(study.id, filter),
    queryFn: () => codingApi.passages(study.id, filter),
  });
  const part = (offset: number) => ({ name: '', colour: nextColour(codes, offset), polarity: code.polarity });
  const [plan, setPlan] = useState<SplitPlan>({ parts: [part(0), part(1)], assignment: {} });
  const [problems, setProblems] = useState<SplitProblem[]>([]);
  const split = useMutation({
    mutationFn: () => codingApi.splitCode(study.id, code.id, splitRequest(plan)),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
      onDone(
        t('split.done', {
          name: code.name,
          count: result.codes.length,
          moved: Object.keys(plan.assignment).length,
        }),
      );
    },
  });
  const siblings = codes.filter((c) => c.parentId === code.parentId).map((c) => c.name);

  function problemText(problem: SplitProblem): string {
    if (problem.kind === 'nameMissing') return t('split.nameMissing', { n: problem.index + 1 });
    if (problem.kind === 'nameTaken') return t('split.nameTaken', { n: problem.index + 1 });
    return t(`split.${problem.kind}`);
  }

  function submit() {
    const found = splitProblems(plan, siblings);
    setProblems(found);
    if (found.length === 0) split.mutate();
  }

  const fields: Record<string, string | undefined> = {};
  for (const problem of problems)
    fields['index' in problem ? `part${problem.index}` : problem.kind] = problemText(problem);
  const clientError = problems.length ? clientValidationError(t('split.invalid'), fields) : null;
  const fieldIds = Object.fromEntries(plan.parts.map((_, index) => [`part${index}`, nameId(index)]));

  function setPart(index: number, change: Partial<{ name: string; polarity: Polarity }>) {
    setPlan((p) => ({ ...p, parts: p.parts.map((x, i) => (i === index ? { ...x, ...change } : x)) }));
  }

  return (
    <Modal
      title={t('split.title', { name: code.name })}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-primary" disabled={split.isPending} onClick={submit}>
            {t('split.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </>
      }
    >
      <ErrorSummary error={clientError ?? split.error} fields={fieldIds} />
      <p>{t('split.text')}</p>
      <fieldset>
        <legend className="h4">{t('split.partsLegend')}</legend>
        {plan.parts.map((p, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are identified by their place in the plan
          <div key={index} className="coding-split-part">
            <TextField
              id={nameId(index)}
              label={t('split.partName', { n: index + 1 })}
              error={fieldError(clientError, `part${index}`)}
              value={p.name}
              maxLength={120}
              onChange={(event) => setPart(index, { name: event.target.value })}
            />
            <SelectField
              id={`coding-split-polarity-${index}`}
              label={t('split.partPolarity', { n: index + 1 })}
              value={p.polarity}
              onChange={(event) => setPart(index, { polarity: event.target.value as Polarity })}
            >
              {POLARITIES.map((polarity) => (
                <option key={polarity} value={polarity}>
                  {t(`polarity.${polarity}`)}
                </option>
              ))}
            </SelectField>
            {plan.parts.length > 1 ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => setPlan((current) => removePart(current, index))}
              >
                {t('split.removePart', { n: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {plan.parts.length < MAX_PARTS ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              setPlan((current) => ({ ...current, parts: [...current.parts, part(current.parts.length)] }))
            }
          >
            {t('split.addPart')}
          </button>
        ) : null}
      </fieldset>
      <h3 className="h4">{t('split.passagesHeading')}</h3>
      <QueryState query={passages}>
        {(data) =>
          data.passages.length === 0 ? (
            <p>{t('split.noPassages')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">{t('split.passagesHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('split.passage')}</th>
                    <th scope="col">{t('split.moveTo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.passages.map((passage) => (
                    <PassageRow
                      key={passage.codingId}
                      passage={passage}
                      plan={plan}
                      code={code}
                      onAssign={(index) => setPlan((current) => assign(current, passage.codingId, index))}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </Modal>
  );
}
