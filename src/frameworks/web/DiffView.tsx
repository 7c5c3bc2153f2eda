import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { SelectField } from '../../web/ui/fields';
import { QueryState } from '../../web/ui/QueryState';
import type { FrameworkItem } from '../frameworks.model';
import { parentTitle, valueText } from './diffText';
import { pickText } from './FrameworkBits';
import { type FieldChange, type FrameworkDiff, frameworkKeys, useVersion, type VersionSummary } from './frameworks.api';

function ChangeTable({ changes, caption, language }: { changes: FieldChange[]; caption: string; language: string }) {
  const { t } = useTranslation('frameworks');
  const show = (value: unknown) => valueText(value, language) || <span className="fw-muted">{t('diff.empty')}</span>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact fw-diff-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diff.field')}</th>
            <th scope="col">{t('diff.before')}</th>
            <th scope="col">{t('diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{t(`fields.${change.field}`, { defaultValue: change.field })}</th>
              <td className="fw-pre fw-before">{show(change.before)}</td>
              <td className="fw-pre fw-after">{show(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ItemList({ items, language }: { items: FrameworkItem[]; language: string }) {
  const { t } = useTranslation('frameworks');
  return (
    <ul>
      {items.map((item) => (
        <li key={item.identifier}>
          {item.code ? <span className="fw-code">{item.code}</span> : null}{' '}
          {pickText(language, item.titleDa, item.titleEn)} <span className="fw-muted">({t(`kinds.${item.kind}`)})</span>
        </li>
      ))}
    </ul>
  );
}

function DiffResult({ diff, language }: { diff: FrameworkDiff; language: string }) {
  const { t } = useTranslation('frameworks');
  const to = useVersion(diff.to.id);
  const from = useVersion(diff.from.id);
  const sources = [to.data?.content.items, from.data?.content.items];
  const none =
    diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length + diff.framework.length === 0;
  const parent = (id: string | null) => parentTitle(id, sources, language) ?? t('diff.topLevel');
  return (
    <section className="fw-diff" aria-labelledby="fw-diff-result-heading">
      <h3 id="fw-diff-result-heading">{t('diff.resultHeading', { from: diff.from.number, to: diff.to.number })}</h3>
      {none ? (
        <p>{t('diff.none')}</p>
      ) : (
        <ul className="fw-diff-summary">
          <li>{t('diff.countAdded', { count: diff.added.length })}</li>
          <li>{t('diff.countRemoved', { count: diff.removed.length })}</li>
          <li>{t('diff.countChanged', { count: diff.changed.length })}</li>
          <li>{t('diff.countMoved', { count: diff.moved.length })}</li>
        </ul>
      )}
      {diff.framework.length > 0 ? (
        <>
          <h4>{t('diff.frameworkHeading')}</h4>
          <ChangeTable changes={diff.framework} caption={t('diff.frameworkHeading')} language={language} />
        </>
      ) : null}
      {diff.added.length > 0 ? (
        <>
          <h4>{t('diff.addedHeading', { count: diff.added.length })}</h4>
          <ItemList items={diff.added} language={language} />
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h4>{t('diff.removedHeading', { count: diff.removed.length })}</h4>
          <ItemList items={diff.removed} language={language} />
        </>
      ) : null}
      {diff.changed.length > 0 ? (
        <>
          <h4>{t('diff.changedHeading', { count: diff.changed.length })}</h4>
          {diff.changed.map((change) => {
            const title = pickText(language, change.titleDa, change.titleEn);
            return (
              <div key={change.identifier} className="fw-diff-item">
                <h5>{title}</h5>
                <ChangeTable
                  changes={change.fields}
                  caption={t('diff.changedCaption', { title })}
                  language={language}
                />
              </div>
            );
          })}
        </>
      ) : null}
      {diff.moved.length > 0 ? (
        <>
          <h4>{t('diff.movedHeading', { count: diff.moved.length })}</h4>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t('diff.movedHeading', { count: diff.moved.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diff.item')}</th>
                  <th scope="col">{t('diff.fromParent')}</th>
                  <th scope="col">{t('diff.toParent')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.moved.map((m) => (
                  <tr key={m.identifier}>
                    <th scope="row">{pickText(language, m.titleDa, m.titleEn)}</th>
                    <td>{parent(m.fromParent)}</td>
                    <td>{parent(m.toParent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** Pick two versions and see what changed between them: items added, removed, changed field by field, and moved. */
export function DiffView({ versions, language }: { versions: VersionSummary[]; language: string }) {
  const { t } = useTranslation('frameworks');
  const [fromId, setFromId] = useState(versions[1]?.id ?? '');
  const [toId, setToId] = useState(versions[0]?.id ?? '');
  const [compared, setCompared] = useState<{ fromId: string; toId: string } | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const diff = useQuery({
    queryKey: frameworkKeys.diff(compared?.toId ?? '', compared?.fromId ?? ''),
    queryFn: () =>
      api.get<FrameworkDiff>(`/framework-versions/${compared?.toId}/diff`, { query: { against: compared?.fromId } }),
    enabled: Boolean(compared),
  });
  if (versions.length < 2) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('diff.invalid'), {
      to: fromId === toId ? t('diff.sameVersion') : undefined,
    });
    setClientError(invalid);
    if (!invalid) setCompared({ fromId, toId });
  }
  const option = (v: VersionSummary) => (
    <option key={v.id} value={v.id}>
      {t('diff.option', { number: v.number, status: t(`status.${v.status}`) })}
    </option>
  );
  return (
    <section aria-labelledby="fw-diff-heading" className="fw-section">
      <h2 id="fw-diff-heading">{t('diff.heading')}</h2>
      <form onSubmit={submit} noValidate className="fw-diff-form">
        <ErrorSummary error={clientError} fields={{ to: 'fw-diff-to' }} />
        <div className="fw-inline-fields">
          <SelectField
            id="fw-diff-from"
            label={t('diff.from')}
            value={fromId}
            onChange={(e) => setFromId(e.target.value)}
          >
            {versions.map(option)}
          </SelectField>
          <SelectField
            id="fw-diff-to"
            label={t('diff.to')}
            value={toId}
            error={fieldError(clientError, 'to')}
            onChange={(e) => setToId(e.target.value)}
          >
            {versions.map(option)}
          </SelectField>
        </div>
        <button type="submit" className="button button-secondary">
          {t('diff.submit')}
        </button>
      </form>
      {compared ? (
        <QueryState query={diff}>{(data) => <DiffResult diff={data} language={language} />}</QueryState>
      ) : (
        <p className="fw-muted">{t('diff.hint')}</p>
      )}
    </section>
  );
}
