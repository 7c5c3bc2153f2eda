import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n';
import { durationMinutes, formatSlotStart } from './slotTimes';

const MODES = ['place', 'video', 'phone'] as const;

/** "Video: Teams" — how and where the interview takes place. */
export function useModeText() {
  const { t } = useTranslation('participation');
  return (mode: string, location: string) => {
    const name = (MODES as readonly string[]).includes(mode) ? t(`modes.${mode}`) : mode;
    return location ? t('booking.modeAt', { mode: name, location }) : name;
  };
}

/** The facts of an interview slot or booking: when (Danish time), how long, how and where, with whom. */
export function BookingSummary({
  booking,
  interviewerName,
}: {
  booking: { startsAt: string; endsAt: string; mode: string; location: string };
  interviewerName?: string;
}) {
  const { t } = useTranslation('participation');
  const modeText = useModeText();
  const language = currentLanguage();
  return (
    <dl className="summary-list participation-summary">
      <dt>{t('booking.when')}</dt>
      <dd>
        <time dateTime={booking.startsAt}>{formatSlotStart(booking.startsAt, language)}</time>
      </dd>
      <dt>{t('booking.length')}</dt>
      <dd>{t('booking.minutes', { count: durationMinutes(booking.startsAt, booking.endsAt) })}</dd>
      <dt>{t('booking.where')}</dt>
      <dd>{modeText(booking.mode, booking.location)}</dd>
      {interviewerName ? (
        <>
          <dt>{t('booking.interviewer')}</dt>
          <dd>{interviewerName}</dd>
        </>
      ) : null}
    </dl>
  );
}
