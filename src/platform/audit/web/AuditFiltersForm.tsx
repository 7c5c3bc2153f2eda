import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { SelectField, TextField } from '../../../web/ui/fields';
import { type AuditFilters, auditKeys, emptyAuditFilters } from './audit.api';

/** Filters are applied when the form is submitted (Enter or the button), not on every keystroke. */
export function AuditFiltersForm({
  value,
  onApply,
}: {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState<AuditFilters>(value);
  const actions = useQuery({ queryKey: auditKeys.actions, queryFn: () => api.get<string[]>('/audit/actions') });
  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form onSubmit={submit} className="filter-form" aria-labelledby="audit-filter-heading">
      <h2 id="audit-filter-heading">{t('filtersHeading')}</h2>
      <div className="filter-grid">
        <SelectField id="audit-action" label={t('action')} value={draft.action} onChange={set('action')}>
          <option value="">{t('allActions')}</option>
          {(actions.data ?? []).map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-actor"
          type="search"
          label={t('actor')}
          hint={t('actorHint')}
          value={draft.actor}
          onChange={set('actor')}
        />
        <TextField
          id="audit-entity-type"
          label={t('entityType')}
          value={draft.entityType}
          onChange={set('entityType')}
        />
        <TextField id="audit-from" type="date" label={t('from')} value={draft.from} onChange={set('from')} />
        <TextField id="audit-to" type="date" label={t('to')} value={draft.to} onChange={set('to')} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(emptyAuditFilters);
            onApply(emptyAuditFilters);
          }}
        >
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
