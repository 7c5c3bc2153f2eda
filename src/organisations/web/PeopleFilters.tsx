import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../web/ui/fields';
import { useAreas, useUnitOptions } from './LeaderFilters';

export interface PeopleFilterValues {
  q: string;
  unitId: string;
  areaId: string;
  leader: '' | 'first_line' | 'confirmed' | 'none';
  status: 'active' | 'left' | 'all';
  sort: 'name' | 'unit' | 'tenure';
}

export const defaultPeopleFilters: PeopleFilterValues = {
  q: '',
  unitId: '',
  areaId: '',
  leader: '',
  status: 'active',
  sort: 'name',
};

const LEADER_OPTIONS = ['', 'first_line', 'confirmed', 'none'] as const;
const STATUS_OPTIONS = ['active', 'left', 'all'] as const;
const SORT_OPTIONS = ['name', 'unit', 'tenure'] as const;

export function PeopleFilters({
  value,
  onApply,
}: {
  value: PeopleFilterValues;
  onApply: (filters: PeopleFilterValues) => void;
}) {
  const { t } = useTranslation('organisations');
  const [draft, setDraft] = useState(value);
  const areas = useAreas();
  const units = useUnitOptions();
  const set = (key: keyof PeopleFilterValues) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form onSubmit={submit} aria-labelledby="people-filters-heading">
      <h2 id="people-filters-heading">{t('filters.searchHeading')}</h2>
      <div className="filter-grid">
        <TextField
          id="people-search"
          type="search"
          label={t('filters.search')}
          hint={t('filters.searchHint')}
          value={draft.q}
          onChange={set('q')}
        />
        <SelectField id="people-unit" label={t('filters.unit')} value={draft.unitId} onChange={set('unitId')}>
          <option value="">{t('filters.allUnits')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="people-area" label={t('filters.area')} value={draft.areaId} onChange={set('areaId')}>
          <option value="">{t('filters.allAreas')}</option>
          {(areas.data ?? []).map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="people-leader" label={t('filters.leaderStatus')} value={draft.leader} onChange={set('leader')}>
          {LEADER_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`peopleLeaderFilter.${option || 'all'}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="people-status" label={t('filters.status')} value={draft.status} onChange={set('status')}>
          {STATUS_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`personStatusFilter.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="people-sort" label={t('filters.sort')} value={draft.sort} onChange={set('sort')}>
          {SORT_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`sort.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('filters.searchSubmit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(defaultPeopleFilters);
            onApply(defaultPeopleFilters);
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
