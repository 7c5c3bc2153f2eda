import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n';
import { availabilityFieldId, rowId, WEEKDAYS, type WindowDraft, weekdayName } from './availabilityForm';
import { named } from './named';
import { TimeField } from './TimeField';
import { usePendingFocus } from './usePendingFocus';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The weekly hours: per weekday any number of from–to windows, added and removed with buttons. */
export function WeeklyHoursFields({
  weekly,
  errors,
  disabled,
  onChange,
}: {
  weekly: WindowDraft[][];
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (weekly: WindowDraft[][]) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  const focus = usePendingFocus();
  const setDay = (index: number, windows: WindowDraft[]) => onChange(weekly.map((w, i) => (i === index ? windows : w)));
  return (
    <fieldset className="fieldwork-weekly">
      <legend className="h4">{t('availability.weeklyHeading')}</legend>
      <p className="form-hint">{t('availability.weeklyHint')}</p>
      {WEEKDAYS.map((weekday) => {
        const index = weekday - 1;
        const day = capitalise(weekdayName(weekday, language));
        const windows = weekly[index];
        const dayId = `fieldwork-day-${weekday}`;
        const addId = `${dayId}-add`;
        return (
          <fieldset key={weekday} className="fieldwork-day">
            <legend id={dayId} className="fieldwork-day-name">
              {day}
            </legend>
            <div className="fieldwork-day-windows">
              {windows.length === 0 ? <p className="fieldwork-note">{t('availability.closedDay')}</p> : null}
              {windows.map((w, n) => {
                const field = `weekly.${weekday}.${n}`;
                const context = t('availability.windowContext', { day, number: n + 1 });
                const update = (patch: Partial<WindowDraft>) =>
                  setDay(
                    index,
                    windows.map((x) => (x.id === w.id ? { ...x, ...patch } : x)),
                  );
                return (
                  <div key={w.id} className="fieldwork-window">
                    <TimeField
                      field={`${field}.start`}
                      label={t('availability.from')}
                      context={context}
                      value={w.start}
                      error={errors[`${field}.start`]}
                      disabled={disabled}
                      onChange={(start) => update({ start })}
                    />
                    <TimeField
                      field={`${field}.end`}
                      label={t('availability.to')}
                      context={context}
                      value={w.end}
                      error={errors[`${field}.end`]}
                      disabled={disabled}
                      onChange={(end) => update({ end })}
                    />
                    <button
                      aria-label={named(t('availability.removeWindow'), context)}
                      type="button"
                      className="button button-tertiary fieldwork-row-remove"
                      disabled={disabled}
                      onClick={() => {
                        setDay(
                          index,
                          windows.filter((x) => x.id !== w.id),
                        );
                        focus(addId);
                      }}
                    >
                      {t('availability.removeWindow')}
                    </button>
                  </div>
                );
              })}
              <button
                aria-label={named(t('availability.addWindow'), day)}
                type="button"
                id={addId}
                className="button button-tertiary"
                disabled={disabled}
                onClick={() => {
                  const last = windows.at(-1);
                  const added = { id: rowId(), start: last ? last.end : '09:00', end: last ? '' : '15:00' };
                  setDay(index, [...windows, added]);
                  focus(availabilityFieldId(`weekly.${weekday}.${windows.length}.start`));
                }}
              >
                {t('availability.addWindow')}
              </button>
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
