import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { SelectField, TextField } from '../../web/ui/fields';
import { type AreaDto, type LeaderStatusFilter, type LeaderSummary, orgKeys } from './organisations.api';

export interface LeaderFilterValues {
  status: LeaderStatusFilter;
  areaId: string;
  unitId: string;
  q: string;
}

export const defaultLeaderFilters: LeaderFilterValues = { status: 'suggested', areaId: '', unitId: '', q: '' };

const STATUSES: LeaderStatusFilter[] = ['suggested', 'confirmed', 'rejected', 'all'];

/** The organisation's areas, for filters and the area form; the API creates the default list on first use. */
export function useAreas() {
  return useQuery({ queryKey: orgKeys.areas, queryFn: () => api.get<AreaDto[]>('/areas') });
}

export function useLeaderSummary() {
  return useQuery({ queryKey: orgKeys.summary, queryFn: () => api.get<LeaderSummary>('/leaders/summary') });
}

/** Units with people, by name, for unit filters. */
export function useUnitOptions() {
  const summary = useLeaderSummary();
  return (summary.data?.byUnit ?? [])
    .filter((u) => u.people > 0)
    .map((u) => ({ id: u.unitId, name: u.unitName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Filters, applied when the form is submitted (Enter in the search box or the button). */
export function LeaderFilters({
  value,
  onApply,
}: {
  value: LeaderFilterValues;
  onApply: (filters: LeaderFilterValues) => void;
}) {
  const { t } = useTranslation('organisations');
  const [draft, setDraft] = useState(value);
  const areas = useAreas();
  const units = useUnitOptions();
  const set = (key: keyof LeaderFilterValues) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form onSubmit={submit} className="filter-form" aria-labelledby="leader-filters-heading">
      <h2 id="leader-filters-heading">{t('filters.heading')}</h2>
      <div className="filter-grid">
        <SelectField id="leader-status" label={t('filters.leaderStatus')} value={draft.status} onChange={set('status')}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`leaderFilter.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="leader-area" label={t('filters.area')} value={draft.areaId} onChange={set('areaId')}>
          <option value="">{t('filters.allAreas')}</option>
          {(areas.data ?? []).map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="leader-unit" label={t('filters.unit')} value={draft.unitId} onChange={set('unitId')}>
          <option value="">{t('filters.allUnits')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="leader-search"
          type="search"
          label={t('filters.search')}
          hint={t('filters.leaderSearchHint')}
          value={draft.q}
          onChange={set('q')}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('filters.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(defaultLeaderFilters);
            onApply(defaultLeaderFilters);
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
