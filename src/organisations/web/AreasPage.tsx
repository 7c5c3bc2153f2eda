import './organisations.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../web/api';
import { currentLanguage } from '../../web/i18n';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, errorMessage, fieldError } from '../../web/ui/errors';
import { TextField } from '../../web/ui/fields';
import { ConfirmDialog, Modal } from '../../web/ui/Modal';
import { Page } from '../../web/ui/Page';
import { QueryState } from '../../web/ui/QueryState';
import { useAreas } from './LeaderFilters';
import { type AreaDto, orgKeys } from './organisations.api';
import { formatCount } from './problemText';

function AddAreaForm() {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (value: string) => api.post<AreaDto>('/areas', { name: value }),
    onSuccess: (_area, value) => {
      setName('');
      setAdded(value);
      void client.invalidateQueries({ queryKey: orgKeys.areas });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const invalid = clientValidationError(t('areas.invalid'), {
      name: name.trim() ? undefined : t('areas.nameRequired'),
    });
    setClientError(invalid);
    if (!invalid) add.mutate(name.trim());
  }
  const error = clientError ?? add.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="area-add-heading" className="org-section">
      <h2 id="area-add-heading">{t('areas.addHeading')}</h2>
      <ErrorSummary error={error} fields={{ name: 'area-name' }} />
      {added ? <Alert variant="success">{t('areas.added', { name: added })}</Alert> : null}
      <TextField
        id="area-name"
        label={t('areas.name')}
        hint={t('areas.nameHint')}
        value={name}
        error={fieldError(error, 'name')}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {t('areas.add')}
      </button>
    </form>
  );
}

function RenameDialog({ area, onClose }: { area: AreaDto; onClose: () => void }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const [name, setName] = useState(area.name);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const rename = useMutation({
    mutationFn: (value: string) => api.patch(`/areas/${area.id}`, { name: value }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('areas.invalid'), {
      name: name.trim() ? undefined : t('areas.nameRequired'),
    });
    setClientError(invalid);
    if (!invalid) rename.mutate(name.trim());
  }
  const error = clientError ?? rename.error;
  return (
    <Modal title={t('areas.renameTitle', { name: area.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={{ name: 'area-rename' }} />
        <TextField
          id="area-rename"
          label={t('areas.name')}
          value={name}
          error={fieldError(error, 'name')}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={rename.isPending}>
            {t('areas.saveName')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('shell:actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function AreasTable({ areas }: { areas: AreaDto[] }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  const client = useQueryClient();
  const [renaming, setRenaming] = useState<AreaDto | null>(null);
  const [deleting, setDeleting] = useState<AreaDto | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const sorted = [...areas].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da'));
  const move = useMutation({
    mutationFn: async ({ index, direction }: { index: number; direction: -1 | 1 }) => {
      // Positions are rewritten for the two areas that swap, as 0..n-1, so equal sort orders cannot stall a move.
      const order = [...sorted];
      const [moved] = order.splice(index, 1);
      order.splice(index + direction, 0, moved);
      const changed = order
        .map((area, position) => ({ area, position }))
        .filter(({ area, position }) => area.sortOrder !== position);
      for (const { area, position } of changed) await api.patch(`/areas/${area.id}`, { sortOrder: position });
      return { moved, position: index + direction, direction };
    },
    onSuccess: async ({ moved, position, direction }) => {
      await client.invalidateQueries({ queryKey: orgKeys.areas });
      setAnnouncement(t('areas.moved', { name: moved.name, position: position + 1 }));
      // The row moved in the DOM, which drops focus: put it back on the same button, or the other one at the ends.
      const same = document.getElementById(
        `area-${direction < 0 ? 'up' : 'down'}-${moved.id}`,
      ) as HTMLButtonElement | null;
      const other = document.getElementById(
        `area-${direction < 0 ? 'down' : 'up'}-${moved.id}`,
      ) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    },
  });
  const remove = useMutation({
    mutationFn: (area: AreaDto) => api.delete(`/areas/${area.id}`),
    onSuccess: (_data, area) => {
      setDeleting(null);
      setAnnouncement(t('areas.deleted', { name: area.name }));
      void client.invalidateQueries({ queryKey: orgKeys.areas });
      // The row and its button are gone: continue from the list's heading rather than the top of the page.
      setTimeout(() => document.getElementById('areas-list-heading')?.focus(), 0);
    },
  });
  const inUse = remove.error instanceof ApiError && remove.error.code === 'area_in_use';
  return (
    <>
      <p role="status" className="org-live">
        {announcement}
      </p>
      {move.isError ? <Alert variant="error">{errorMessage(move.error, t)}</Alert> : null}
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">{t('areas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('areas.position')}</th>
              <th scope="col">{t('areas.name')}</th>
              <th scope="col" className="org-number">
                {t('areas.units')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('shell:table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((area, index) => (
              <tr key={area.id}>
                <td>{formatCount(index + 1, language)}</td>
                <th scope="row">{area.name}</th>
                <td className="org-number">{formatCount(area.unitCount, language)}</td>
                <td className="table-actions-cell">
                  <button
                    id={`area-up-${area.id}`}
                    type="button"
                    className="button button-secondary"
                    disabled={index === 0 || move.isPending}
                    onClick={() => move.mutate({ index, direction: -1 })}
                  >
                    {t('areas.up')}
                    <span className="sr-only"> {area.name}</span>
                  </button>
                  <button
                    id={`area-down-${area.id}`}
                    type="button"
                    className="button button-secondary"
                    disabled={index === sorted.length - 1 || move.isPending}
                    onClick={() => move.mutate({ index, direction: 1 })}
                  >
                    {t('areas.down')}
                    <span className="sr-only"> {area.name}</span>
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setRenaming(area)}>
                    {t('areas.rename')}
                    <span className="sr-only"> {area.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => {
                      remove.reset();
                      setDeleting(area);
                    }}
                  >
                    {t('areas.delete')}
                    <span className="sr-only"> {area.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {renaming ? <RenameDialog area={renaming} onClose={() => setRenaming(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('areas.deleteTitle', { name: deleting.name })}
          confirmLabel={t('areas.delete')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => setDeleting(null)}
          error={
            remove.isError ? (
              <Alert variant="error" heading={inUse ? t('areas.inUseHeading') : undefined}>
                <p>{inUse ? t('areas.inUse', { name: deleting.name }) : errorMessage(remove.error, t)}</p>
              </Alert>
            ) : undefined
          }
        >
          <p>{t('areas.deleteText', { name: deleting.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** The organisation's list of areas (sektor/forvaltning) that units inherit down the tree. */
export function AreasPage() {
  const { t } = useTranslation('organisations');
  const areas = useAreas();
  return (
    <Page title={t('areas.title')} lead={t('areas.lead')}>
      <section aria-labelledby="areas-list-heading">
        <h2 id="areas-list-heading" tabIndex={-1}>
          {t('areas.listHeading')}
        </h2>
        <QueryState query={areas}>
          {(list) => (list.length === 0 ? <p>{t('areas.empty')}</p> : <AreasTable areas={list} />)}
        </QueryState>
      </section>
      <AddAreaForm />
      <section aria-labelledby="areas-units-heading" className="org-section">
        <h2 id="areas-units-heading">{t('areas.unitsHeading')}</h2>
        <p>{t('areas.unitsText')}</p>
        <p>
          <Link to="/organisation/chart">{t('areas.toChart')}</Link>
        </p>
      </section>
    </Page>
  );
}
