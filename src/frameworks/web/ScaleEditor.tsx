import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError } from '../../web/ui/errors';
import { MAX_SCALE_LEVELS, type ScaleLevel, validateScale } from '../frameworks.model';
import type { VersionChanges, VersionDetail } from './frameworks.api';

interface Row {
  key: number;
  level: string;
  labelDa: string;
  labelEn: string;
}

let nextKey = 0;
const toRow = (step: ScaleLevel): Row => ({
  key: nextKey++,
  level: String(step.level),
  labelDa: step.labelDa,
  labelEn: step.labelEn,
});

/**
 * The draft's proficiency scale: a level number and a Danish and English label per step. Checked here with the same
 * rules as the server (2–10 distinct whole levels, each labelled) before it is sent.
 */
export function ScaleEditor({
  scale,
  save,
}: {
  scale: ScaleLevel[];
  save: (changes: VersionChanges) => Promise<VersionDetail>;
}) {
  const { t } = useTranslation('frameworks');
  const [rows, setRows] = useState<Row[]>(() => scale.map(toRow));
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (next: ScaleLevel[]) => save({ scale: next }),
    onSuccess: () => setSaved(true),
  });

  const update = (key: number, change: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = rows.map((r) => ({
      level: r.level.trim() === '' ? Number.NaN : Number(r.level),
      labelDa: r.labelDa.trim(),
      labelEn: r.labelEn.trim(),
    }));
    const issues = validateScale(next);
    const fields: Record<string, string> = {};
    for (const issue of issues) {
      const match = /^scale\[(\d+)\]/.exec(issue.path);
      const row = match ? rows[Number(match[1])] : undefined;
      const path = row ? `scale-${row.key}${issue.path.endsWith('.level') ? '-level' : '-da'}` : 'scale';
      fields[path] ??= t(`scaleIssues.${issue.code}`, { ...issue.params });
    }
    const invalid = clientValidationError(t('scale.invalid'), fields);
    setClientError(invalid);
    if (!invalid) mutation.mutate([...next].sort((a, b) => a.level - b.level));
  }

  const error = clientError ?? mutation.error;
  const fieldIds = Object.fromEntries(
    rows.flatMap((r) => [
      [`scale-${r.key}-level`, `fw-scale-${r.key}-level`],
      [`scale-${r.key}-da`, `fw-scale-${r.key}-da`],
    ]),
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="fw-scale-heading">
      <h3 id="fw-scale-heading">{t('scale.heading')}</h3>
      <p>{t('scale.text')}</p>
      <ErrorSummary error={error} fields={fieldIds} />
      {saved && !mutation.isPending ? <Alert variant="success">{t('scale.saved')}</Alert> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fw-scale-row">
          <legend className="fw-level-legend">{t('scale.step', { number: index + 1 })}</legend>
          <div className="form-group">
            <label className="form-label" htmlFor={`fw-scale-${row.key}-level`}>
              {t('scale.level')}
            </label>
            <input
              id={`fw-scale-${row.key}-level`}
              className="form-input input-width-xs"
              inputMode="numeric"
              value={row.level}
              onChange={(event) => update(row.key, { level: event.target.value })}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`fw-scale-${row.key}-da`}>
              {t('scale.labelDa')}
            </label>
            <input
              id={`fw-scale-${row.key}-da`}
              className="form-input"
              lang="da"
              value={row.labelDa}
              onChange={(event) => update(row.key, { labelDa: event.target.value })}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`fw-scale-${row.key}-en`}>
              {t('scale.labelEn')}
            </label>
            <input
              id={`fw-scale-${row.key}-en`}
              className="form-input"
              lang="en"
              value={row.labelEn}
              onChange={(event) => update(row.key, { labelEn: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="button button-tertiary"
            disabled={rows.length <= 2}
            onClick={() => {
              setSaved(false);
              setRows((current) => current.filter((r) => r.key !== row.key));
            }}
          >
            {t('scale.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={rows.length >= MAX_SCALE_LEVELS}
          onClick={() => {
            setSaved(false);
            const top = Math.max(0, ...rows.map((r) => Number(r.level)).filter(Number.isFinite));
            setRows((current) => [...current, toRow({ level: top + 1, labelDa: '', labelEn: '' })]);
          }}
        >
          {t('scale.add')}
        </button>
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('scale.save')}
        </button>
      </div>
    </form>
  );
}
