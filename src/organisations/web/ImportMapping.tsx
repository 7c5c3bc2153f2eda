import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { SelectField } from '../../web/ui/fields';
import { type ImportDetail, type OrgChartMappingDraft, orgKeys } from './organisations.api';

function sameMapping(a: OrgChartMappingDraft | null | undefined, b: OrgChartMappingDraft | null | undefined) {
  if (!a || !b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof OrgChartMappingDraft>;
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/**
 * Step 2: which column holds which field. Starts from the mapping the preview used (the organisation's remembered
 * one, else the guess from the headers); "Opdatér forhåndsvisning" runs the preview again with the user's choice.
 */
export function ImportMapping({
  detail,
  onPreviewStarted,
}: {
  detail: ImportDetail;
  onPreviewStarted: (jobId: string) => void;
}) {
  const { t } = useTranslation('organisations');
  const remembered = useQuery({
    queryKey: orgKeys.mapping,
    queryFn: () => api.get<{ mapping: OrgChartMappingDraft | null }>('/orgchart/mapping'),
  });
  const initial = Object.keys(detail.mapping ?? {}).length ? detail.mapping : detail.suggestedMapping;
  const [draft, setDraft] = useState<OrgChartMappingDraft>(initial ?? {});
  const update = useMutation({
    mutationFn: (mapping: OrgChartMappingDraft) =>
      api.put<{ jobId: string }>(`/orgchart/imports/${detail.id}/mapping`, { mapping }),
    onSuccess: (data) => onPreviewStarted(data.jobId),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    // Unmapped fields are left out rather than sent as empty headers.
    const mapping = Object.fromEntries(Object.entries(draft).filter(([, header]) => header)) as OrgChartMappingDraft;
    update.mutate(mapping);
  }

  const rememberedMapping = remembered.data?.mapping ?? null;
  return (
    <form onSubmit={submit} aria-labelledby="import-mapping-heading" className="org-mapping">
      <h2 id="import-mapping-heading">{t('mapping.heading')}</h2>
      <p>{t('mapping.text')}</p>
      {rememberedMapping && sameMapping(rememberedMapping, initial) ? (
        <Alert variant="info" live={false}>
          <p>{t('mapping.remembered')}</p>
        </Alert>
      ) : null}
      {detail.headers.length === 0 ? (
        <Alert variant="warning" live={false}>
          <p>{t('mapping.noHeaders')}</p>
        </Alert>
      ) : (
        <>
          <div className="filter-grid">
            {detail.fields.map(({ field, required }) => (
              <SelectField
                key={field}
                id={`mapping-${field}`}
                label={required ? t('mapping.requiredLabel', { field: t(`fields.${field}`) }) : t(`fields.${field}`)}
                hint={t(`fieldHints.${field}`)}
                value={draft[field] ?? ''}
                onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
              >
                <option value="">{t('mapping.notInFile')}</option>
                {detail.headers.map((header, index) => (
                  // Headers may repeat; the position keeps React's keys apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: headers are a fixed list for this import
                  <option key={`${index}:${header}`} value={header}>
                    {header || t('mapping.blankHeader', { column: index + 1 })}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          {update.isError ? <Alert variant="error">{errorMessage(update.error, t)}</Alert> : null}
          <button type="submit" className="button button-secondary" disabled={update.isPending}>
            {t('mapping.submit')}
          </button>
        </>
      )}
    </form>
  );
}
