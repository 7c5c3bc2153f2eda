import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { ErrorSummary } from '../../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../../web/ui/errors';
import { RadioGroup, TextField } from '../../../web/ui/fields';
import { MAX_BUFFER_MINUTES, SLOT_LENGTHS, type SlotMinutes } from '../../slots.model';
import { copenhagenDate } from './agenda';
import {
  type AvailabilityDraft,
  type AvailabilityProblems,
  availabilityFieldId,
  availabilityFromDraft,
  draftFromEntry,
  formatDate,
  holidaysBetween,
} from './availabilityForm';
import { ExceptionFields } from './ExceptionFields';
import {
  type AvailabilityBody,
  type AvailabilityEntry,
  fieldworkKeys,
  INTERVIEW_MODES,
  type InterviewMode,
  studyPath,
} from './fieldwork.api';
import { SlotPreview } from './SlotPreview';
import { WeeklyHoursFields } from './WeeklyHoursFields';

/** Fields the server may name (its paths are inside `availability`), and the ids of their inputs. */
const SERVER_FIELDS = ['fromDate', 'toDate', 'bufferMinutes', 'slotMinutes'];
const serverFieldIds = Object.fromEntries([
  ...SERVER_FIELDS.map((f) => [`availability.${f}`, availabilityFieldId(f)]),
  ['location', availabilityFieldId('location')],
]);

/** The caller's own hours for this study: weekly windows, exceptions, slot length, buffer, period, form and place. */
export function AvailabilityForm({
  studyId,
  userId,
  own,
  disabled,
}: {
  studyId: string;
  /** The caller, whose entry the server's answer holds. */
  userId: string;
  own: AvailabilityEntry | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const client = useQueryClient();
  const language = currentLanguage();
  const [draft, setDraft] = useState<AvailabilityDraft>(() => draftFromEntry(own, copenhagenDate(new Date())));
  const [problems, setProblems] = useState<AvailabilityProblems>({});
  const [saved, setSaved] = useState(false);
  const checked = useMemo(() => availabilityFromDraft(draft), [draft]);
  const save = useMutation({
    mutationFn: (body: AvailabilityBody) => api.put<AvailabilityEntry[]>(`${studyPath(studyId)}/availability`, body),
    onSuccess: (entries) => {
      client.setQueryData(fieldworkKeys.availability(studyId), entries);
      // Show what was saved, as the server keeps it ("8.30" becomes "08:30", windows in time order).
      const mine = entries.find((e) => e.userId === userId);
      if (mine) setDraft(draftFromEntry(mine, copenhagenDate(new Date())));
      setSaved(true);
    },
  });
  const change = (patch: Partial<AvailabilityDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const messages: Record<string, string> = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [field, t(`availability.problems.${problem}`)]),
  );
  const clientError = clientValidationError(t('availability.invalid'), messages);
  const serverError = (field: string) =>
    fieldError(save.error, `availability.${field}`) ?? fieldError(save.error, field);
  const errorFor = (field: string) => messages[field] ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.reset();
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    save.mutate(checked.body);
  }

  const holidays = holidaysBetween(draft.fromDate, draft.toDate);
  const locationHint = t(`availability.locationHint_${draft.mode}`);
  return (
    <form className="fieldwork-form" noValidate onSubmit={submit}>
      <ErrorSummary
        error={clientError ?? save.error}
        fields={{
          ...Object.fromEntries(Object.keys(messages).map((f) => [f, availabilityFieldId(f)])),
          ...serverFieldIds,
        }}
      />
      {saved ? (
        <Alert variant="success">
          <p>{t('availability.saved')}</p>
        </Alert>
      ) : null}
      <WeeklyHoursFields
        weekly={draft.weekly}
        errors={messages}
        disabled={disabled}
        onChange={(weekly) => change({ weekly })}
      />
      <Alert variant="info" live={false}>
        <p>{t('availability.holidays')}</p>
        {holidays.length > 0 ? (
          <p>
            {t('availability.holidaysInRange', {
              list: holidays
                .map((h) => `${language === 'en' ? h.nameEn : h.nameDa} (${formatDate(h.date, language)})`)
                .join(', '),
            })}
          </p>
        ) : null}
      </Alert>
      <ExceptionFields
        exceptions={draft.exceptions}
        errors={messages}
        disabled={disabled}
        onChange={(exceptions) => change({ exceptions })}
      />
      <fieldset className="fieldwork-settings">
        <legend className="h4">{t('availability.settingsHeading')}</legend>
        <div id={availabilityFieldId('slotMinutes')} tabIndex={-1}>
          <RadioGroup
            name="fieldwork-availability-slot"
            legend={t('availability.slotMinutes')}
            options={SLOT_LENGTHS.map((minutes) => ({
              value: String(minutes),
              label: t('availability.minutes', { count: minutes }),
            }))}
            value={String(draft.slotMinutes)}
            onChange={(value) => change({ slotMinutes: Number(value) as SlotMinutes })}
            error={errorFor('slotMinutes')}
          />
        </div>
        <TextField
          id={availabilityFieldId('bufferMinutes')}
          label={t('availability.bufferMinutes')}
          hint={t('availability.bufferHint', { max: MAX_BUFFER_MINUTES })}
          className="input-width-xs"
          inputMode="numeric"
          value={draft.bufferMinutes}
          error={errorFor('bufferMinutes')}
          disabled={disabled}
          onChange={(event) => change({ bufferMinutes: event.target.value })}
        />
        <div className="fieldwork-range">
          <TextField
            id={availabilityFieldId('fromDate')}
            type="date"
            label={t('availability.fromDate')}
            className="input-width-s"
            value={draft.fromDate}
            error={errorFor('fromDate')}
            disabled={disabled}
            onChange={(event) => change({ fromDate: event.target.value })}
          />
          <TextField
            id={availabilityFieldId('toDate')}
            type="date"
            label={t('availability.toDate')}
            className="input-width-s"
            value={draft.toDate}
            error={errorFor('toDate')}
            disabled={disabled}
            onChange={(event) => change({ toDate: event.target.value })}
          />
        </div>
        <RadioGroup<InterviewMode>
          name="fieldwork-availability-mode"
          legend={t('availability.mode')}
          options={INTERVIEW_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          value={draft.mode}
          onChange={(mode) => change({ mode })}
        />
        <TextField
          id={availabilityFieldId('location')}
          label={t('availability.location')}
          hint={locationHint}
          value={draft.location}
          error={errorFor('location')}
          disabled={disabled}
          maxLength={500}
          onChange={(event) => change({ location: event.target.value })}
        />
      </fieldset>
      <SlotPreview availability={checked.ok ? checked.body.availability : null} />
      <button type="submit" className="button button-primary" disabled={disabled || save.isPending}>
        {t('availability.save')}
      </button>
    </form>
  );
}
