import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { ConfidenceText, LeaderStatusBadge, statusOf } from './LeaderBadges';
import type { LeaderRow } from './organisations.api';
import { formatCount } from './problemText';
import { reasonTexts } from './reasonText';

function SelectAll({
  rows,
  selected,
  onChange,
}: {
  rows: LeaderRow[];
  selected: ReadonlySet<string>;
  onChange: (ids: string[], on: boolean) => void;
}) {
  const { t } = useTranslation('organisations');
  const ref = useRef<HTMLInputElement>(null);
  const count = rows.filter((r) => selected.has(r.personId)).length;
  const all = rows.length > 0 && count === rows.length;
  const some = count > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <div className="form-group-checkbox org-table-checkbox">
      <input
        ref={ref}
        id="leaders-select-all"
        type="checkbox"
        className="form-checkbox"
        checked={all}
        onChange={(event) =>
          onChange(
            rows.map((r) => r.personId),
            event.target.checked,
          )
        }
      />
      <label className="form-label" htmlFor="leaders-select-all">
        <span className="sr-only">{t('leaders.selectAll')}</span>
      </label>
    </div>
  );
}

/** The suggestions on this page, each with a checkbox, its facts and the reasons in plain words. */
export function LeadersTable({
  rows,
  selected,
  onToggle,
}: {
  rows: LeaderRow[];
  selected: ReadonlySet<string>;
  onToggle: (ids: string[], on: boolean) => void;
}) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra table--selectable table--compact org-leaders-table">
        <caption className="sr-only">{t('leaders.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="org-checkbox-cell">
              <SelectAll rows={rows} selected={selected} onChange={onToggle} />
            </th>
            <th scope="col">{t('columns.namePseudonym')}</th>
            <th scope="col">{t('columns.jobTitle')}</th>
            <th scope="col">{t('columns.unitArea')}</th>
            <th scope="col" className="org-number">
              {t('columns.reports')}
            </th>
            <th scope="col">{t('columns.confidence')}</th>
            <th scope="col">{t('columns.reasons')}</th>
            <th scope="col">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const checked = selected.has(row.personId);
            const id = `leader-${row.personId}`;
            return (
              <tr key={row.personId} className={checked ? 'table-row-selected' : undefined}>
                <td className="org-checkbox-cell">
                  <div className="form-group-checkbox org-table-checkbox">
                    <input
                      id={id}
                      type="checkbox"
                      className="form-checkbox"
                      checked={checked}
                      onChange={(event) => onToggle([row.personId], event.target.checked)}
                    />
                    <label className="form-label" htmlFor={id}>
                      <span className="sr-only">{t('leaders.select', { name: row.name })}</span>
                    </label>
                  </div>
                </td>
                <td>
                  <Link to="/organisation/people/$personId" params={{ personId: row.personId }}>
                    {row.name}
                  </Link>
                  <span className="org-sub">{row.pseudonym}</span>
                </td>
                <td>{row.jobTitle ?? '—'}</td>
                <td>
                  {row.unitName ?? '—'}
                  <span className="org-sub">{row.areaName ?? t('summary.noArea')}</span>
                </td>
                <td className="org-number">{formatCount(row.reportCount, language)}</td>
                <td>
                  <ConfidenceText confidence={row.confidence} />
                </td>
                <td>
                  <ul className="org-plain-list org-reasons">
                    {reasonTexts(row.reasons, t).map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <LeaderStatusBadge status={statusOf(row.decision)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
