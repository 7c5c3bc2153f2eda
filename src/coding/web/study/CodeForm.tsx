import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n.js';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { clientValidationError, fieldError } from '../../../web/ui/errors.js';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../web/ui/fields.js';
import { Modal } from '../../../web/ui/Modal.js';
import { CODE_COLOURS, POLARITIES, type Polarity } from '../../coding.model.js';
import type { CodingStudy } from './bits.js';
import { codePath, codeRows, subtreeIds, takenShortcuts } from './codeTree.js';
import { type Code, type CodeInput, codingApi, codingKeys, useCompetencies } from './coding.api.js';

const IDS = {
  name: 'coding-code-name',
  description: 'coding-code-description',
  competencyId: 'coding-code-competency',
  parentId: 'coding-code-parent',
  shortcut: 'coding-code-shortcut',
};
const SHORTCUTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The palette as radio buttons drawn as swatches; a colour from outside the palette (an import) stays on offer. */
function ColourPicker({ value, onChange }: { value: string; onChange: (colour: string) => void }) {
  const { t } = useTranslation('coding');
  const palette: string[] = [...CODE_COLOURS];
  const options = palette.includes(value.toLowerCase()) ? palette : [value, ...palette];
  return (
    <div className="form-group">
      <fieldset>
        <legend className="form-label">{t('codeForm.colour')}</legend>
        <div className="coding-swatches">
          {options.map((colour) => {
            const id = `coding-colour-${colour.slice(1)}`;
            const name = palette.includes(colour) ? t(`colours.${colour.slice(1)}`) : t('codeForm.currentColour');
            return (
              <span key={colour} className="coding-swatch">
                <input
                  id={id}
                  type="radio"
                  name="coding-code-colour"
                  className="coding-swatch-input"
                  value={colour}
                  checked={value.toLowerCase() === colour.toLowerCase()}
                  onChange={() => onChange(colour)}
                />
                <label htmlFor={id} className="coding-swatch-label">
                  <span className="coding-swatch-sample" style={{ background: colour }} aria-hidden="true" />
                  <span className="sr-only">{name}</span>
                </label>
              </span>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Create or edit a code: name, description, colour, polarity, competency, parent and keyboard shortcut. */
export function CodeForm({
  study,
  codes,
  code,
  onDone,
  onCancel,
}: {
  study: CodingStudy;
  codes: Code[];
  code?: Code;
  onDone: (saved: Code) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const competencies = useCompetencies(study.id);
  const english = currentLanguage() === 'en';
  const [name, setName] = useState(code?.name ?? '');
  const [description, setDescription] = useState(code?.description ?? '');
  const [colour, setColour] = useState<string>(code?.colour ?? CODE_COLOURS[codes.length % CODE_COLOURS.length]);
  const [polarity, setPolarity] = useState<Polarity>(code?.polarity ?? 'need');
  const [competencyId, setCompetencyId] = useState(code?.competencyId ?? '');
  const [parentId, setParentId] = useState(code?.parentId ?? '');
  const [shortcut, setShortcut] = useState(code?.shortcut ?? '');
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const save = useMutation({
    mutationFn: (body: CodeInput) =>
      code ? codingApi.updateCode(study.id, code.id, body) : codingApi.createCode(study.id, body),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
      onDone(saved);
    },
  });
  const excluded = code ? subtreeIds(codes, code.id) : new Set<string>();
  const parents = codeRows(codes).filter((row) => !excluded.has(row.code.id));
  const taken = takenShortcuts(codes, code?.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('codeForm.invalid'), {
      name: name.trim() ? undefined : t('codeForm.nameRequired'),
    });
    setClientError(invalid);
    if (invalid) return;
    save.mutate({
      name: name.trim(),
      description: description.trim(),
      colour,
      polarity,
      competencyId: competencyId || null,
      parentId: parentId || null,
      shortcut: shortcut || null,
    });
  }

  const error = clientError ?? save.error;
  const formId = 'coding-code-form';
  return (
    <Modal
      title={code ? t('codeForm.editTitle', { name: code.name }) : t('codeForm.newTitle')}
      onClose={onCancel}
      footer={
        <>
          <button type="submit" form={formId} className="button button-primary" disabled={save.isPending}>
            {code ? t('codeForm.save') : t('codeForm.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={IDS} />
        <TextField
          id={IDS.name}
          label={t('codeForm.name')}
          error={fieldError(error, 'name')}
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
        />
        <TextAreaField
          id={IDS.description}
          label={t('codeForm.description')}
          hint={t('codeForm.descriptionHint')}
          error={fieldError(error, 'description')}
          rows={3}
          value={description}
          maxLength={2000}
          onChange={(event) => setDescription(event.target.value)}
        />
        <RadioGroup<Polarity>
          name="coding-code-polarity"
          legend={t('codeForm.polarity')}
          value={polarity}
          onChange={setPolarity}
          options={POLARITIES.map((p) => ({ value: p, label: t(`polarity.${p}`) }))}
        />
        <ColourPicker value={colour} onChange={setColour} />
        <SelectField
          id={IDS.competencyId}
          label={t('codeForm.competency')}
          hint={t('codeForm.competencyHint')}
          error={fieldError(error, 'competencyId')}
          value={competencyId}
          onChange={(event) => setCompetencyId(event.target.value)}
        >
          <option value="">{t('codeForm.noCompetency')}</option>
          {(competencies.data ?? []).map((c) => (
            <option key={c.identifier} value={c.identifier}>
              {`${c.code} ${english ? c.titleEn || c.titleDa : c.titleDa}`}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={IDS.parentId}
          label={t('codeForm.parent')}
          error={fieldError(error, 'parentId')}
          value={parentId}
          onChange={(event) => setParentId(event.target.value)}
        >
          <option value="">{t('codeForm.noParent')}</option>
          {parents.map((row) => (
            <option key={row.code.id} value={row.code.id}>
              {codePath(codes, row.code.id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={IDS.shortcut}
          label={t('codeForm.shortcut')}
          hint={t('codeForm.shortcutHint')}
          error={fieldError(error, 'shortcut')}
          value={shortcut}
          onChange={(event) => setShortcut(event.target.value)}
        >
          <option value="">{t('codeForm.noShortcut')}</option>
          {SHORTCUTS.map((key) => {
            const owner = taken.has(key) ? codes.find((c) => c.id !== code?.id && c.shortcut === key) : undefined;
            return (
              <option key={key} value={key} disabled={Boolean(owner)}>
                {owner ? t('codeForm.shortcutTaken', { key, name: owner.name }) : key}
              </option>
            );
          })}
        </SelectField>
      </form>
    </Modal>
  );
}
