import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { SelectField, TextAreaField, TextField } from '../../web/ui/fields';
import { type FrameworkItem, ITEM_KINDS, type ItemKind, type ScaleLevel } from '../frameworks.model';
import { pickText } from './FrameworkBits';
import type { ItemChanges } from './frameworks.api';
import { KeywordsField } from './KeywordsField';
import { descriptorsByLevel, LevelDescriptorsField } from './LevelDescriptorsField';

const FIELDS = {
  kind: 'fw-item-kind',
  code: 'fw-item-code',
  titleDa: 'fw-item-title-da',
  titleEn: 'fw-item-title-en',
  descriptionDa: 'fw-item-description-da',
  descriptionEn: 'fw-item-description-en',
  keywordsDa: 'fw-item-keywords-da',
  keywordsEn: 'fw-item-keywords-en',
};

/** The panel beside the tree: every field of one draft item, saved together. */
export function ItemEditor({
  item,
  scale,
  language,
  saveItem,
}: {
  item: FrameworkItem;
  scale: ScaleLevel[];
  language: string;
  saveItem: (identifier: string, changes: ItemChanges) => Promise<FrameworkItem>;
}) {
  const { t } = useTranslation('frameworks');
  const update = useMutation({ mutationFn: (changes: ItemChanges) => saveItem(item.identifier, changes) });
  const [form, setForm] = useState({
    kind: item.kind,
    code: item.code,
    titleDa: item.titleDa,
    titleEn: item.titleEn,
    descriptionDa: item.descriptionDa,
    descriptionEn: item.descriptionEn,
    keywordsDa: item.keywordsDa,
    keywordsEn: item.keywordsEn,
    levels: descriptorsByLevel(scale, item.levels),
  });
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('item.invalid'), {
      titleDa: form.titleDa.trim() || form.titleEn.trim() ? undefined : t('item.titleRequired'),
    });
    setClientError(invalid);
    if (invalid) return;
    update.mutate(
      {
        kind: form.kind,
        code: form.code.trim(),
        titleDa: form.titleDa.trim(),
        titleEn: form.titleEn.trim(),
        descriptionDa: form.descriptionDa.trim(),
        descriptionEn: form.descriptionEn.trim(),
        keywordsDa: form.keywordsDa,
        keywordsEn: form.keywordsEn,
        // Levels without any text are left out rather than stored empty.
        levels: form.levels
          .map((l) => ({ level: l.level, da: l.da.trim(), en: l.en.trim() }))
          .filter((l) => l.da || l.en),
      },
      { onSuccess: () => setSaved(true) },
    );
  }
  const error = clientError ?? update.error;
  const title = pickText(language, item.titleDa, item.titleEn);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="fw-item-heading" className="fw-panel">
      <h3 id="fw-item-heading">{t('item.heading', { title })}</h3>
      <ErrorSummary error={error} fields={FIELDS} />
      {saved && !update.isPending ? <Alert variant="success">{t('item.saved', { title })}</Alert> : null}
      <SelectField
        id={FIELDS.kind}
        label={t('fields.kind')}
        value={form.kind}
        error={fieldError(error, 'kind')}
        onChange={(event) => set('kind', event.target.value as ItemKind)}
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
        onChange={(event) => set('code', event.target.value)}
      />
      <TextField
        id={FIELDS.titleDa}
        label={t('fields.titleDa')}
        lang="da"
        value={form.titleDa}
        error={fieldError(error, 'titleDa')}
        onChange={(event) => set('titleDa', event.target.value)}
      />
      <TextField
        id={FIELDS.titleEn}
        label={t('fields.titleEn')}
        lang="en"
        value={form.titleEn}
        error={fieldError(error, 'titleEn')}
        onChange={(event) => set('titleEn', event.target.value)}
      />
      <TextAreaField
        id={FIELDS.descriptionDa}
        label={t('fields.descriptionDa')}
        lang="da"
        rows={3}
        value={form.descriptionDa}
        error={fieldError(error, 'descriptionDa')}
        onChange={(event) => set('descriptionDa', event.target.value)}
      />
      <TextAreaField
        id={FIELDS.descriptionEn}
        label={t('fields.descriptionEn')}
        lang="en"
        rows={3}
        value={form.descriptionEn}
        error={fieldError(error, 'descriptionEn')}
        onChange={(event) => set('descriptionEn', event.target.value)}
      />
      <KeywordsField
        id={FIELDS.keywordsDa}
        label={t('fields.keywordsDa')}
        lang="da"
        value={form.keywordsDa}
        onChange={(keywords) => set('keywordsDa', keywords)}
      />
      <KeywordsField
        id={FIELDS.keywordsEn}
        label={t('fields.keywordsEn')}
        lang="en"
        value={form.keywordsEn}
        onChange={(keywords) => set('keywordsEn', keywords)}
      />
      <LevelDescriptorsField
        scale={scale}
        value={form.levels}
        language={language}
        onChange={(levels) => set('levels', levels)}
      />
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        {t('item.save')}
      </button>
    </form>
  );
}
