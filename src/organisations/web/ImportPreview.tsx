import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { ConfirmDialog } from '../../web/ui/Modal';
import { ImportProblems } from './ImportProblems';
import { changeText, unitKeyLabel } from './importText';
import type { ImportCounts, ImportDetail, ImportPreview as Preview } from './organisations.api';
import { formatCount } from './problemText';

const COUNT_KEYS = [
  'added',
  'changed',
  'left',
  'returned',
  'unchanged',
  'leadersSuggested',
] as const satisfies readonly (keyof ImportCounts)[];

export function CountList({
  counts,
  keys = COUNT_KEYS,
}: {
  counts: Partial<ImportCounts>;
  keys?: readonly (keyof ImportCounts)[];
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  return (
    <dl className="org-counts">
      {keys.map((key) => (
        <div key={key} className="org-count">
          <dt>{t(`counts.${key}`)}</dt>
          <dd>{formatCount(counts[key] ?? 0, language)}</dd>
        </div>
      ))}
    </dl>
  );
}

function NamedSample({
  id,
  title,
  people,
  total,
}: {
  id: string;
  title: string;
  people: { employeeId: string; name: string }[];
  total: number;
}) {
  const { t } = useTranslation('organisations');
  if (people.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {total > people.length ? (
        <p className="form-hint">{t('samples.capped', { shown: people.length, total })}</p>
      ) : null}
      <div className="table--responsive-scroll">
        <table className="table table--zebra table--compact">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.employeeId')}</th>
              <th scope="col">{t('fields.name')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.employeeId}>
                <td>{p.employeeId}</td>
                <td>{p.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Samples({ preview }: { preview: Preview }) {
  const { t } = useTranslation('organisations');
  const { added, changed, left } = preview.samples;
  const returned = preview.samples.returned ?? [];
  const note = (shown: number, total: number) =>
    total > shown ? <p className="form-hint">{t('samples.capped', { shown, total })}</p> : null;
  return (
    <>
      {added.length > 0 ? (
        <section aria-labelledby="samples-added">
          <h3 id="samples-added">{t('samples.added')}</h3>
          {note(added.length, preview.counts.added)}
          <div className="table--responsive-scroll">
            <table className="table table--zebra table--compact">
              <caption className="sr-only">{t('samples.added')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.employeeId')}</th>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.jobTitle')}</th>
                  <th scope="col">{t('fields.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {added.map((p) => (
                  <tr key={p.employeeId}>
                    <td>{p.employeeId}</td>
                    <td>{p.name}</td>
                    <td>{p.jobTitle ?? '—'}</td>
                    <td>{p.unit ? unitKeyLabel(p.unit) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {changed.length > 0 ? (
        <section aria-labelledby="samples-changed">
          <h3 id="samples-changed">{t('samples.changed')}</h3>
          {note(changed.length, preview.counts.changed)}
          <div className="table--responsive-scroll">
            <table className="table table--zebra table--compact">
              <caption className="sr-only">{t('samples.changed')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.employeeId')}</th>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('samples.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((p) => (
                  <tr key={p.employeeId}>
                    <td>{p.employeeId}</td>
                    <td>{p.name}</td>
                    <td>
                      <ul className="org-plain-list">
                        {p.changes.map((change) => (
                          <li key={change.field}>{changeText(change, t)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <NamedSample id="samples-left" title={t('samples.left')} people={left} total={preview.counts.left} />
      <NamedSample
        id="samples-returned"
        title={t('samples.returned')}
        people={returned}
        total={preview.counts.returned}
      />
    </>
  );
}

/** Step 3: what the import will change, what is wrong with the file, and "Gennemfør import" when it may proceed. */
export function ImportPreview({
  detail,
  onApplyStarted,
}: {
  detail: ImportDetail;
  onApplyStarted: (jobId: string) => void;
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const apply = useMutation({
    mutationFn: () => api.post<{ jobId: string }>(`/orgchart/imports/${detail.id}/apply`),
    onSuccess: (data) => {
      setConfirming(false);
      onApplyStarted(data.jobId);
    },
  });
  const preview = detail.preview;
  if (!preview) return null;
  const { counts } = preview;

  return (
    <section aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('preview.heading')}</h2>
      <p>
        {t('preview.fileSummary', {
          rows: formatCount(counts.rows, language),
          people: formatCount(counts.people, language),
          units: formatCount(counts.units, language),
        })}
      </p>
      <CountList counts={counts} />
      <ImportProblems problems={preview.problems} total={preview.problemCount} />
      <Samples preview={preview} />
      <h2>{t('preview.applyHeading')}</h2>
      {preview.canApply ? (
        <>
          <p>{t('preview.applyText')}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              apply.reset();
              setConfirming(true);
            }}
          >
            {t('preview.apply')}
          </button>
        </>
      ) : (
        <Alert variant="warning" live={false} heading={t('preview.cannotApplyHeading')}>
          <p>{t('preview.cannotApplyText')}</p>
        </Alert>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('preview.confirmTitle')}
          confirmLabel={t('preview.apply')}
          pending={apply.isPending}
          onConfirm={() => apply.mutate()}
          onCancel={() => setConfirming(false)}
          error={apply.isError ? <Alert variant="error">{errorMessage(apply.error, t)}</Alert> : undefined}
        >
          <p>{t('preview.confirmText', { file: detail.fileName })}</p>
          <ul>
            <li>
              {t('preview.confirmAdded', { count: counts.added, formatted: formatCount(counts.added, language) })}
            </li>
            <li>
              {t('preview.confirmChanged', { count: counts.changed, formatted: formatCount(counts.changed, language) })}
            </li>
            <li>{t('preview.confirmLeft', { count: counts.left, formatted: formatCount(counts.left, language) })}</li>
            <li>
              {t('preview.confirmReturned', {
                count: counts.returned,
                formatted: formatCount(counts.returned, language),
              })}
            </li>
            <li>
              {t('preview.confirmLeaders', {
                count: counts.leadersSuggested,
                formatted: formatCount(counts.leadersSuggested, language),
              })}
            </li>
          </ul>
          <p>{t('preview.confirmDecisions')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
