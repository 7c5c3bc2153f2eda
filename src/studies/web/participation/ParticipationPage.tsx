import './participation.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../web/ui/Loading';
import { BookingStep } from './BookingStep';
import { HomeStep } from './HomeStep';
import { DeclinedView, LinkProblem, WithdrawnView } from './Outcomes';
import { useParticipation } from './participation.api';
import { StepFocusScope } from './StepHeading';
import { SurveyStep } from './SurveyStep';

export type ParticipationStep = 'booking' | 'survey';

/**
 * /deltag/<token>: the page a first-line leader opens from the personal link in the invitation. No account is
 * needed; the link is the credential. The step (overview, booking, survey) is in the URL so that reloading and the
 * back button keep the leader where they were; booking and the survey open only once consent is given.
 */
export function ParticipationPage({
  token,
  step,
  onStep,
}: {
  token: string;
  step: ParticipationStep | undefined;
  onStep: (step: ParticipationStep | undefined) => void;
}) {
  return (
    <StepFocusScope>
      <div className="participation">
        <ParticipationContent token={token} step={step} onStep={onStep} />
      </div>
    </StepFocusScope>
  );
}

function ParticipationContent({
  token,
  step,
  onStep,
}: {
  token: string;
  step: ParticipationStep | undefined;
  onStep: (step: ParticipationStep | undefined) => void;
}) {
  const { t } = useTranslation('participation');
  const [withdrawn, setWithdrawn] = useState(false);
  const view = useParticipation(token, !withdrawn);

  if (withdrawn) return <WithdrawnView />;
  if (view.isPending) return <Loading label={t('loading')} />;
  if (view.isError) return <LinkProblem error={view.error} onRetry={() => void view.refetch()} />;

  const participation = view.data;
  if (participation.status === 'declined') return <DeclinedView study={participation.study} />;
  const onWithdrawn = () => setWithdrawn(true);
  const home = () => onStep(undefined);

  // Booking and the survey need consent and a study that takes them: otherwise ?step=… shows the overview, which
  // asks for the consent or says that the study is closed.
  if (participation.consentAt && step === 'booking' && participation.canBook)
    return (
      <BookingStep
        token={token}
        participation={participation}
        onHome={home}
        onSurvey={() => onStep('survey')}
        onWithdrawn={onWithdrawn}
      />
    );
  if (participation.consentAt && step === 'survey' && participation.canAnswer)
    return <SurveyStep token={token} participation={participation} onHome={home} onWithdrawn={onWithdrawn} />;
  return <HomeStep token={token} participation={participation} onStep={onStep} onWithdrawn={onWithdrawn} />;
}
