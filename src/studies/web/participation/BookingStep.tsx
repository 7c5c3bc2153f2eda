import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { QueryState } from '../../../web/ui/QueryState';
import { BookingSummary } from './BookingSummary';
import {
  type BookingResult,
  type FreeSlot,
  type ParticipationView,
  participationKeys,
  participationPath,
  useSlots,
} from './participation.api';
import { SlotList } from './SlotList';
import { StepHeading } from './StepHeading';
import { formatSlotStart } from './slotTimes';
import { WithdrawSection } from './WithdrawSection';

type Stage =
  | { kind: 'list' }
  | { kind: 'confirm'; slot: FreeSlot }
  | { kind: 'done'; booking: BookingResult; moved: boolean; interviewerName: string };

const asBooking = (slot: FreeSlot) => ({
  startsAt: slot.start,
  endsAt: slot.end,
  mode: slot.mode,
  location: slot.location,
});

/**
 * Booking or moving the interview: free slots by day → the chosen slot to confirm → booked. A slot someone else took
 * meanwhile (409 slot_taken), or one that has passed, brings the list back, refreshed, with the reason.
 */
export function BookingStep({
  token,
  participation,
  onHome,
  onSurvey,
  onWithdrawn,
}: {
  token: string;
  participation: ParticipationView;
  onHome: () => void;
  onSurvey: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('participation');
  const language = currentLanguage();
  const client = useQueryClient();
  const slots = useSlots(token);
  const [stage, setStage] = useState<Stage>({ kind: 'list' });
  const [problem, setProblem] = useState<unknown>(null);
  // Fixed when the step opens: after booking, the refreshed participation has a booking, but this was a first one.
  const [current] = useState(participation.booking);
  const sending = useRef(false);
  const book = useMutation({
    mutationFn: (slot: FreeSlot) =>
      api.put<BookingResult>(participationPath(token, 'booking'), {
        interviewerId: slot.interviewerId,
        start: slot.start,
      }),
    onSuccess: (booking, slot) => {
      setStage({ kind: 'done', booking, moved: current !== null, interviewerName: slot.interviewerName });
      void client.invalidateQueries({ queryKey: participationKeys.all(token) });
    },
    onError: (error) => {
      setProblem(error);
      setStage({ kind: 'list' });
      void slots.refetch();
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  function confirm(slot: FreeSlot) {
    // A double tap must not send twice (the button is disabled too, but only after React has re-rendered).
    if (sending.current) return;
    sending.current = true;
    book.mutate(slot);
  }

  if (stage.kind === 'done') {
    const title = stage.moved ? t('booking.movedTitle') : t('booking.bookedTitle');
    return (
      <>
        <StepHeading key="done" title={title}>
          {title}
        </StepHeading>
        <Alert variant="success">
          <p>{t('booking.mailNote')}</p>
        </Alert>
        <BookingSummary booking={stage.booking} interviewerName={stage.interviewerName} />
        <p>{t('booking.changeLater')}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onHome}>
            {t('backToOverview')}
          </button>
        </div>
      </>
    );
  }

  if (stage.kind === 'confirm') {
    const title = t('booking.confirmTitle');
    return (
      <>
        <StepHeading key="confirm" title={title}>
          {title}
        </StepHeading>
        {current ? <p>{t('booking.replaces', { when: formatSlotStart(current.startsAt, language) })}</p> : null}
        <BookingSummary booking={asBooking(stage.slot)} interviewerName={stage.slot.interviewerName} />
        <div className="button-row participation-confirm">
          <button
            type="button"
            className="button button-primary"
            disabled={book.isPending}
            onClick={() => confirm(stage.slot)}
          >
            {current ? t('booking.confirmMove') : t('booking.confirmBook')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={book.isPending}
            onClick={() => setStage({ kind: 'list' })}
          >
            {t('booking.otherTime')}
          </button>
        </div>
      </>
    );
  }

  const title = current ? t('booking.moveTitle') : t('booking.chooseTitle');
  return (
    <>
      <StepHeading key="list" title={title}>
        {title}
      </StepHeading>
      {current ? <p>{t('booking.currentIs', { when: formatSlotStart(current.startsAt, language) })}</p> : null}
      {problem ? (
        <Alert variant="error" heading={t('booking.failed')}>
          <p>{errorMessage(problem, t)}</p>
        </Alert>
      ) : null}
      <QueryState query={slots}>
        {(list) => (
          <SlotList
            // The current booking's own time shows as free (it is the leader's); moving to it changes nothing.
            slots={current ? list.filter((s) => s.start !== current.startsAt) : list}
            canAnswer={participation.canAnswer && !current}
            onChoose={(slot) => {
              setProblem(null);
              setStage({ kind: 'confirm', slot });
            }}
            onAnswerInstead={onSurvey}
          />
        )}
      </QueryState>
      <p className="participation-back">
        <button type="button" className="function-link" onClick={onHome}>
          {t('backToOverview')}
        </button>
      </p>
      <WithdrawSection token={token} hasBooking={current !== null} onWithdrawn={onWithdrawn} />
    </>
  );
}
