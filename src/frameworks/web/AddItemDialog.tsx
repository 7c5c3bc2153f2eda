import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { SelectField, TextField } from '../../web/ui/fields';
import { Modal } from '../../web/ui/Modal';
import { type FrameworkItem, ITEM_KINDS, type ItemKind } from '../frameworks.model';
import type { NewItem } from './frameworks.api';

export interface AddPlace {
  parentIdentifier: string | null;
  /** undefined: last among the siblings. */
  position?: number;
  kind: ItemKind;
  /** The heading names where the item goes: "under »Økonomi«", "after »Budget«", or the top level. */
  title: string;
}

const FIELDS = { kind: 'fw-add-kind', code: 'fw-add-code', titleDa: 'fw-add-title-da', titleEn: 'fw-add-title-en' };

/** A new item's kind, code and titles; the rest is filled in afterwards in the panel. */
export function AddItemDialog({
  place,
  add,
  onAdded,
  onClose,
}: {
  place: AddPlace;
  add: UseMutationResult<FrameworkItem, Error, NewItem>;
  onAdded: (item: FrameworkItem) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('frameworks');
  const [form, setForm] = useState({ kind: place.kind, code: '', titleDa: '', titleEn: '' });
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('item.invalid'), {
      titleDa: form.titleDa.trim() || form.titleEn.trim() ? undefined : t('item.titleRequired'),
    });
    setClientError(invalid);
    if (invalid) return;
    add.mutate(
      {
        parentIdentifier: place.parentIdentifier,
        ...(place.position === undefined ? {} : { position: place.position }),
        kind: form.kind,
        code: form.code.trim(),
        titleDa: form.titleDa.trim(),
        titleEn: form.titleEn.trim(),
      },
      { onSuccess: onAdded },
    );
  }
  const error = clientError ?? add.error;
  return (
    <Modal title={place.title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={FIELDS} />
        <TextField
          id={FIELDS.titleDa}
          label={t('fields.titleDa')}
          lang="da"
          value={form.titleDa}
          error={fieldError(error, 'titleDa')}
          onChange={(event) => setForm({ ...form, titleDa: event.target.value })}
        />
        <TextField
          id={FIELDS.titleEn}
          label={t('fields.titleEn')}
          lang="en"
          value={form.titleEn}
          error={fieldError(error, 'titleEn')}
          onChange={(event) => setForm({ ...form, titleEn: event.target.value })}
        />
        <SelectField
          id={FIELDS.kind}
          label={t('fields.kind')}
          value={form.kind}
          onChange={(event) => setForm({ ...form, kind: event.target.value as ItemKind })}
        >
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELDS.code}
          label={t('fields.code')}
          hint={t('item.codeHint')}
          className="input-width-s"
          value={form.code}
          error={fieldError(error, 'code')}
          onChange={(event) => setForm({ ...form, code: event.target.value })}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {t('add.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('shell:actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
