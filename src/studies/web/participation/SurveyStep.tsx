import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../web/format';
import { currentLanguage } from '../../../web/i18n';
import { Alert } from '../../../web/ui/Alert';
import { QueryState } from '../../../web/ui/QueryState';
import { type ParticipationView, participationKeys, type SurveyView, useSurvey } from './participation.api';
import { StepHeading } from './StepHeading';
import { SurveyForm } from './SurveyForm';
import { WithdrawSection } from './WithdrawSection';

/** The self-assessment: the form, page by page, until it is sent; then thanks. */
export function SurveyStep({
  token,
  participation,
  onHome,
  onWithdrawn,
}: {
  token: string;
  participation: ParticipationView;
  onHome: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('participation');
  const client = useQueryClient();
  const survey = useSurvey(token);
  const [sent, setSent] = useState<SurveyView | null>(null);
  const submittedAt = sent?.submittedAt ?? survey.data?.submittedAt ?? null;

  if (submittedAt) {
    const title = t('survey.thanksTitle');
    return (
      <>
        <StepHeading key="thanks" title={title}>
          {title}
        </StepHeading>
        <Alert variant="success">
          <p>{t('survey.thanksText', { date: formatDateTime(submittedAt, currentLanguage()) })}</p>
        </Alert>
        <p>{t('survey.thanksUse')}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onHome}>
            {t('backToOverview')}
          </button>
        </div>
        <WithdrawSection token={token} hasBooking={participation.booking !== null} onWithdrawn={onWithdrawn} />
      </>
    );
  }

  const title = t('survey.title');
  return (
    <>
      <StepHeading key="form" title={title}>
        {title}
      </StepHeading>
      <QueryState query={survey}>
        {(data) => (
          <SurveyForm
            token={token}
            survey={data}
            onHome={onHome}
            onSubmitted={(view) => {
              client.setQueryData(participationKeys.survey(token), view);
              void client.invalidateQueries({ queryKey: participationKeys.view(token) });
              setSent(view);
            }}
          />
        )}
      </QueryState>
      <WithdrawSection token={token} hasBooking={participation.booking !== null} onWithdrawn={onWithdrawn} />
    </>
  );
}
