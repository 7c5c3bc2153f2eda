import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n';
import type { Availability } from '../../slots.model';
import { copenhagenDate, formatDay, formatTimeRange } from './agenda';
import { previewSlots } from './availabilityForm';

const SHOWN = 6;

/**
 * The first slots the form would offer, laid out by the same slot maths as the server (holidays, buffer and the
 * two hours' notice included, bookings not), so the interviewer sees what leaders will be offered before saving.
 */
export function SlotPreview({ availability }: { availability: Availability | null }) {
  const { t } = useTranslation('fieldwork');
  const language = currentLanguage();
  // Recomputed when the form changes; a minute's drift of "now" while typing does not matter here.
  const preview = useMemo(() => (availability ? previewSlots(availability, new Date(), SHOWN) : null), [availability]);
  return (
    <div className="fieldwork-preview">
      <h4>{t('availability.previewHeading')}</h4>
      {!preview ? (
        <p className="fieldwork-note">{t('availability.previewInvalid')}</p>
      ) : preview.total === 0 ? (
        <p>{t('availability.previewNone')}</p>
      ) : (
        <>
          <ul>
            {preview.first.map((slot) => {
              const start = slot.start.toISOString();
              return (
                <li key={start}>
                  {`${formatDay(copenhagenDate(start), language)}, ${formatTimeRange(start, slot.end.toISOString(), language)}`}
                </li>
              );
            })}
          </ul>
          <p className="fieldwork-note">{t('availability.previewTotal', { count: preview.total })}</p>
        </>
      )}
    </div>
  );
}
