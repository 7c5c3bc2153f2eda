import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { RadioGroup, SelectField } from '../../web/ui/fields';
import { useAreas } from './LeaderFilters';
import { orgKeys, type TreeUnit } from './organisations.api';

type Mode = 'inherit' | 'set' | 'clear';

function initialMode(unit: TreeUnit): Mode {
  if (unit.areaSource === 'own') return unit.areaName ? 'set' : 'clear';
  return 'inherit';
}

/**
 * A unit's area: inherited from the unit above (the default), set on this unit (and so on every unit below that
 * inherits), or explicitly none. Changing it changes the areas shown all the way down, so the tree is reloaded.
 */
export function UnitAreaForm({ unit }: { unit: TreeUnit }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const areas = useAreas();
  const [mode, setMode] = useState<Mode>(initialMode(unit));
  const currentAreaId = areas.data?.find((a) => a.name === unit.areaName)?.id ?? '';
  const [areaId, setAreaId] = useState<string>('');
  const [saved, setSaved] = useState(false);
  const chosenArea = areaId || (unit.areaSource === 'own' ? currentAreaId : '') || areas.data?.[0]?.id || '';
  const save = useMutation({
    mutationFn: () => api.put(`/units/${unit.id}/area`, mode === 'set' ? { mode, areaId: chosenArea } : { mode }),
    onSuccess: () => {
      setSaved(true);
      void client.invalidateQueries({ queryKey: ['organisations', 'tree'] });
      void client.invalidateQueries({ queryKey: orgKeys.summary });
      void client.invalidateQueries({ queryKey: orgKeys.areas });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate();
  }
  return (
    <form onSubmit={submit} aria-labelledby="unit-area-heading">
      <h3 id="unit-area-heading">{t('unitArea.heading')}</h3>
      <RadioGroup<Mode>
        name={`unit-area-mode-${unit.id}`}
        legend={t('unitArea.legend', { unit: unit.name })}
        value={mode}
        onChange={(value) => {
          setSaved(false);
          setMode(value);
        }}
        options={[
          { value: 'inherit', label: t('unitArea.inherit') },
          { value: 'set', label: t('unitArea.set') },
          { value: 'clear', label: t('unitArea.clear') },
        ]}
      />
      {mode === 'set' ? (
        <SelectField
          id={`unit-area-${unit.id}`}
          label={t('unitArea.area')}
          value={chosenArea}
          onChange={(event) => setAreaId(event.target.value)}
        >
          {(areas.data ?? []).map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {save.isError ? <Alert variant="error">{errorMessage(save.error, t)}</Alert> : null}
      {saved ? <Alert variant="success">{t('unitArea.saved', { unit: unit.name })}</Alert> : null}
      <button type="submit" className="button button-secondary" disabled={save.isPending}>
        {t('unitArea.save')}
      </button>
    </form>
  );
}
