import { useTranslation } from 'react-i18next';
import { TextField } from '../../../web/ui/fields';
import { availabilityFieldId, type ExceptionDraft, rowId } from './availabilityForm';
import { named } from './named';
import { TimeField } from './TimeField';
import { usePendingFocus } from './usePendingFocus';

/** Days that differ from the weekly hours: not available at all, or other hours (which also open a holiday). */
export function ExceptionFields({
  exceptions,
  errors,
  disabled,
  onChange,
}: {
  exceptions: ExceptionDraft[];
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (exceptions: ExceptionDraft[]) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const focus = usePendingFocus();
  const addId = 'fieldwork-exception-add';
  return (
    <fieldset className="fieldwork-exceptions">
      <legend className="h4">{t('availability.exceptionsHeading')}</legend>
      <p className="form-hint">{t('availability.exceptionsHint')}</p>
      {exceptions.length === 0 ? <p className="fieldwork-note">{t('availability.noExceptions')}</p> : null}
      {exceptions.map((e, n) => {
        const field = `exceptions.${n}`;
        const context = t('availability.exceptionContext', { number: n + 1 });
        const update = (patch: Partial<ExceptionDraft>) =>
          onChange(exceptions.map((x) => (x.id === e.id ? { ...x, ...patch } : x)));
        const kindName = `fieldwork-exception-${e.id}`;
        return (
          <fieldset key={e.id} className="fieldwork-exception">
            <legend className="fieldwork-day-name">{context}</legend>
            <TextField
              id={availabilityFieldId(`${field}.date`)}
              type="date"
              label={
                <>
                  <span className="sr-only">{`${context}: `}</span>
                  {t('availability.date')}
                </>
              }
              className="input-width-s"
              value={e.date}
              error={errors[`${field}.date`]}
              disabled={disabled}
              onChange={(event) => update({ date: event.target.value })}
            />
            <fieldset className="fieldwork-exception-kind">
              <legend className="form-label">
                <span className="sr-only">{`${context}: `}</span>
                {t('availability.exceptionKind')}
              </legend>
              {(['closed', 'hours'] as const).map((kind) => (
                <div className="form-group-radio" key={kind}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`${kindName}-${kind}`}
                    name={kindName}
                    checked={e.closed === (kind === 'closed')}
                    disabled={disabled}
                    onChange={() => update({ closed: kind === 'closed' })}
                  />
                  <label className="form-label" htmlFor={`${kindName}-${kind}`}>
                    {t(`availability.exception_${kind}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            {e.closed ? null : (
              <div className="fieldwork-window">
                <TimeField
                  field={`${field}.start`}
                  label={t('availability.from')}
                  context={context}
                  value={e.start}
                  error={errors[`${field}.start`]}
                  disabled={disabled}
                  onChange={(start) => update({ start })}
                />
                <TimeField
                  field={`${field}.end`}
                  label={t('availability.to')}
                  context={context}
                  value={e.end}
                  error={errors[`${field}.end`]}
                  disabled={disabled}
                  onChange={(end) => update({ end })}
                />
              </div>
            )}
            <button
              aria-label={named(t('availability.removeException'), context)}
              type="button"
              className="button button-tertiary"
              disabled={disabled}
              onClick={() => {
                onChange(exceptions.filter((x) => x.id !== e.id));
                focus(addId);
              }}
            >
              {t('availability.removeException')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={addId}
        className="button button-secondary"
        disabled={disabled}
        onClick={() => {
          onChange([...exceptions, { id: rowId(), date: '', closed: true, start: '', end: '' }]);
          focus(availabilityFieldId(`exceptions.${exceptions.length}.date`));
        }}
      >
        {t('availability.addException')}
      </button>
    </fieldset>
  );
}
