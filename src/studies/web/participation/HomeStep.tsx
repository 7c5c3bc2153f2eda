import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { formatDateTime } from '../../../web/format';
import { currentLanguage } from '../../../web/i18n';
import { Accordion, AccordionItem } from '../../../web/ui/Accordion';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { ConfirmDialog } from '../../../web/ui/Modal';
import { BookingSummary } from './BookingSummary';
import type { ParticipationStep } from './ParticipationPage';
import { type ParticipationView, participationKeys, participationPath } from './participation.api';
import { StepHeading } from './StepHeading';
import { StudyInfo } from './StudyInfo';
import { WithdrawSection } from './WithdrawSection';

/**
 * The overview the link opens on. Before consent: who runs the study, what it collects, why and for how long, then
 * the consent box and the two ways to take part (ticking the box and choosing records the consent and goes on), or
 * "I do not want to take part". After consent: the booked interview (move, cancel) and the survey's state.
 */
export function HomeStep({
  token,
  participation,
  onStep,
  onWithdrawn,
}: {
  token: string;
  participation: ParticipationView;
  onStep: (step: ParticipationStep | undefined) => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('participation');
  const { study } = participation;
  const open = participation.canBook || participation.canAnswer;
  return (
    <>
      <StepHeading title={study.title}>{study.title}</StepHeading>
      <p className="font-lead">{t('home.invitedBy', { runner: study.runnerName })}</p>
      {participation.consentAt ? (
        <>
          <YourParticipation token={token} participation={participation} onStep={onStep} />
          <Accordion>
            <AccordionItem title={t('home.aboutStudy')} headingLevel={2}>
              <StudyInfo study={study} headingLevel={3} />
            </AccordionItem>
          </Accordion>
          <WithdrawSection token={token} hasBooking={participation.booking !== null} onWithdrawn={onWithdrawn} />
        </>
      ) : (
        <>
          <StudyInfo study={study} />
          {open ? (
            <ConsentAndChoice token={token} participation={participation} onStep={onStep} />
          ) : (
            <Alert variant="info" heading={t('home.closedHeading')}>
              <p>{t('home.closed')}</p>
            </Alert>
          )}
        </>
      )}
    </>
  );
}

function ConsentAndChoice({
  token,
  participation,
  onStep,
}: {
  token: string;
  participation: ParticipationView;
  onStep: (step: ParticipationStep) => void;
}) {
  const { t } = useTranslation('participation');
  const client = useQueryClient();
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [declining, setDeclining] = useState(false);
  const checkbox = useRef<HTMLInputElement>(null);
  const consent = useMutation({
    mutationFn: (_step: ParticipationStep) => api.post<ParticipationView>(participationPath(token, 'consent')),
    onSuccess: (view, step: ParticipationStep) => {
      client.setQueryData(participationKeys.view(token), view);
      onStep(step);
    },
  });
  const decline = useMutation({
    mutationFn: () => api.post<ParticipationView>(participationPath(token, 'decline')),
    onSuccess: (view) => client.setQueryData(participationKeys.view(token), view),
  });

  function choose(step: ParticipationStep) {
    if (!agreed) {
      setMissing(true);
      checkbox.current?.focus();
      return;
    }
    if (!consent.isPending) consent.mutate(step);
  }

  return (
    <section className="participation-choice" aria-labelledby="participation-choice-heading">
      <h2 id="participation-choice-heading">{t('consent.heading')}</h2>
      <div className={`form-group${missing && !agreed ? ' form-error' : ''}`}>
        {missing && !agreed ? (
          <span className="form-error-message" id="participation-consent-error">
            <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
            {t('consent.missing')}
          </span>
        ) : null}
        <div className="form-group-checkbox">
          <input
            ref={checkbox}
            id="participation-consent"
            type="checkbox"
            className="form-checkbox"
            checked={agreed}
            aria-invalid={missing && !agreed ? true : undefined}
            aria-describedby={missing && !agreed ? 'participation-consent-error' : undefined}
            onChange={(event) => setAgreed(event.target.checked)}
          />
          <label className="form-label" htmlFor="participation-consent">
            {t('consent.label')}
          </label>
        </div>
      </div>
      {consent.isError ? (
        <Alert variant="error" heading={t('consent.failed')}>
          <p>{errorMessage(consent.error, t)}</p>
        </Alert>
      ) : null}
      <div className="participation-choices">
        {participation.canBook ? (
          <button
            type="button"
            className="button button-primary"
            disabled={consent.isPending}
            onClick={() => choose('booking')}
          >
            {t('choices.book')}
          </button>
        ) : null}
        {participation.canAnswer ? (
          <>
            {participation.canBook ? <p className="participation-or">{t('choices.noTime')}</p> : null}
            <button
              type="button"
              className="button button-secondary"
              disabled={consent.isPending}
              onClick={() => choose('survey')}
            >
              {t('choices.survey')}
            </button>
          </>
        ) : null}
      </div>
      <p className="participation-decline">
        <button type="button" className="function-link" onClick={() => setDeclining(true)}>
          {t('decline.link')}
        </button>
      </p>
      {declining ? (
        <ConfirmDialog
          title={t('decline.title')}
          confirmLabel={t('decline.confirm')}
          pending={decline.isPending}
          onConfirm={() => decline.mutate()}
          onCancel={() => setDeclining(false)}
          error={
            decline.isError ? (
              <Alert variant="error">
                <p>{errorMessage(decline.error, t)}</p>
              </Alert>
            ) : null
          }
        >
          <p>{t('decline.text')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function YourParticipation({
  token,
  participation,
  onStep,
}: {
  token: string;
  participation: ParticipationView;
  onStep: (step: ParticipationStep) => void;
}) {
  const { t } = useTranslation('participation');
  const language = currentLanguage();
  const client = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const cancel = useMutation({
    mutationFn: () => api.delete(participationPath(token, 'booking')),
    onSuccess: async () => {
      setCancelling(false);
      setCancelled(true);
      await client.invalidateQueries({ queryKey: participationKeys.all(token) });
    },
  });
  const { booking, survey } = participation;
  const submitted = survey?.submittedAt ?? null;
  // The "Aflys" button that opened the dialog is gone with the booking: focus the confirmation instead.
  const cancelledNote = useRef<HTMLDivElement>(null);
  const showCancelled = cancelled && !booking;
  useEffect(() => {
    if (showCancelled) cancelledNote.current?.focus();
  }, [showCancelled]);
  return (
    <section aria-labelledby="participation-status-heading">
      <h2 id="participation-status-heading">{t('home.yourParticipation')}</h2>
      <p>{t('home.consentGiven', { date: formatDateTime(participation.consentAt ?? '', language) })}</p>
      {showCancelled ? (
        <div ref={cancelledNote} tabIndex={-1} className="participation-note">
          <Alert variant="success">
            <p>{t('booking.cancelled')}</p>
          </Alert>
        </div>
      ) : null}

      {booking ? (
        <div className="participation-card">
          <h3>{t('booking.yours')}</h3>
          <BookingSummary booking={booking} />
          {participation.canBook ? (
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => onStep('booking')}>
                {t('booking.move')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setCancelling(true)}>
                {t('booking.cancel')}
              </button>
            </div>
          ) : null}
        </div>
      ) : participation.canBook && !submitted ? (
        <div className="participation-choices">
          <button type="button" className="button button-primary" onClick={() => onStep('booking')}>
            {t('choices.book')}
          </button>
        </div>
      ) : null}

      {submitted ? (
        <div className="participation-card">
          <h3>{t('survey.title')}</h3>
          <p>{t('home.surveySubmitted', { date: formatDateTime(submitted, language) })}</p>
        </div>
      ) : participation.canAnswer && (!booking || survey) ? (
        <div className="participation-choices">
          {!booking && !survey && participation.canBook ? (
            <p className="participation-or">{t('choices.noTime')}</p>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => onStep('survey')}>
            {survey ? t('choices.continueSurvey') : t('choices.survey')}
          </button>
        </div>
      ) : null}

      {!participation.canBook && !participation.canAnswer ? (
        <Alert variant="info" heading={t('home.closedHeading')}>
          <p>{t('home.closed')}</p>
        </Alert>
      ) : null}

      {cancelling && booking ? (
        <ConfirmDialog
          title={t('booking.cancelTitle')}
          confirmLabel={t('booking.cancelConfirm')}
          pending={cancel.isPending}
          onConfirm={() => cancel.mutate()}
          onCancel={() => setCancelling(false)}
          error={
            cancel.isError ? (
              <Alert variant="error">
                <p>{errorMessage(cancel.error, t)}</p>
              </Alert>
            ) : null
          }
        >
          <p>{t('booking.cancelText')}</p>
          <BookingSummary booking={booking} />
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
