import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n';
import { Accordion, AccordionItem } from '../../../web/ui/Accordion';
import { Alert } from '../../../web/ui/Alert';
import type { FreeSlot } from './participation.api';
import { durationMinutes, formatDay, formatTimeRange, groupSlotsByDay, hasParallelSlots } from './slotTimes';

/** Days shown open: a slot in them is one tap away. */
const OPEN_DAYS = 3;

/** Free slots by day (Danish weekday and date, Danish time), the first days open, each time a big button. */
export function SlotList({
  slots,
  canAnswer,
  onChoose,
  onAnswerInstead,
}: {
  slots: FreeSlot[];
  canAnswer: boolean;
  onChoose: (slot: FreeSlot) => void;
  onAnswerInstead: () => void;
}) {
  const { t } = useTranslation('participation');
  const language = currentLanguage();
  const days = groupSlotsByDay(slots);
  if (days.length === 0)
    return (
      <Alert variant="info" heading={t('booking.noSlotsHeading')}>
        <p>{t('booking.noSlots')}</p>
        {canAnswer ? (
          <button type="button" className="button button-secondary" onClick={onAnswerInstead}>
            {t('choices.survey')}
          </button>
        ) : null}
      </Alert>
    );
  const lengths = new Set(slots.map((s) => durationMinutes(s.start, s.end)));
  const parallel = hasParallelSlots(slots);
  return (
    <>
      <p>{lengths.size === 1 ? t('booking.listIntro', { count: [...lengths][0] }) : t('booking.listIntroVarying')}</p>
      <Accordion>
        {days.map((day, index) => {
          const dayLabel = formatDay(day.slots[0].start, language);
          return (
            <AccordionItem
              key={day.date}
              headingLevel={2}
              defaultOpen={index < OPEN_DAYS}
              title={
                <>
                  <span className="slot-day-name">{dayLabel}</span>{' '}
                  <span className="slot-day-count">{t('booking.freeCount', { count: day.slots.length })}</span>
                </>
              }
            >
              <ul className="slot-grid">
                {day.slots.map((slot) => (
                  <li key={`${slot.interviewerId}:${slot.start}`}>
                    <button
                      type="button"
                      className="button button-secondary slot-button"
                      onClick={() => onChoose(slot)}
                    >
                      <span className="sr-only">{dayLabel}, </span>
                      <span className="slot-time">{formatTimeRange(slot.start, slot.end, language)}</span>
                      {parallel ? (
                        <span className="slot-with">{t('booking.with', { name: slot.interviewerName })}</span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
}
