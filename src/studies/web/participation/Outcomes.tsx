import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import type { ParticipationView } from './participation.api';
import { StepHeading } from './StepHeading';

const LINK_PROBLEMS = ['link_invalid', 'link_expired', 'link_withdrawn'] as const;
type LinkProblemCode = (typeof LINK_PROBLEMS)[number];

const linkProblemCode = (error: unknown): LinkProblemCode | null =>
  error instanceof ApiError && (LINK_PROBLEMS as readonly string[]).includes(error.code)
    ? (error.code as LinkProblemCode)
    : error instanceof ApiError && error.status === 404
      ? 'link_invalid'
      : null;

/**
 * A link that does not work (unknown or forged, expired, or withdrawn from) gets a page of its own with the server's
 * explanation; anything else (the network, the server) gets the reason and a way to try again.
 */
export function LinkProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('participation');
  const code = linkProblemCode(error);
  if (!code)
    return (
      <>
        <StepHeading title={t('linkProblem.loadFailedTitle')}>{t('linkProblem.loadFailedTitle')}</StepHeading>
        <Alert variant="error" heading={t('linkProblem.loadFailed')}>
          <p>{errorMessage(error, t)}</p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('shell:actions.retry')}
          </button>
        </Alert>
      </>
    );
  const title = t(`linkProblem.titles.${code}`);
  return (
    <>
      <StepHeading title={title}>{title}</StepHeading>
      <p className="font-lead">{errorMessage(error, t)}</p>
      {code === 'link_withdrawn' ? null : <p>{t('linkProblem.help')}</p>}
    </>
  );
}

export function DeclinedView({ study }: { study: ParticipationView['study'] }) {
  const { t } = useTranslation('participation');
  return (
    <>
      <StepHeading title={t('declined.title')}>{t('declined.title')}</StepHeading>
      <p className="font-lead">{t('declined.text', { title: study.title })}</p>
      <p>{t('declined.contact', { runner: study.runnerName })}</p>
    </>
  );
}

export function WithdrawnView() {
  const { t } = useTranslation('participation');
  return (
    <>
      <StepHeading title={t('withdrawn.title')}>{t('withdrawn.title')}</StepHeading>
      <Alert variant="success">
        <p>{t('withdrawn.text')}</p>
      </Alert>
      <p>{t('withdrawn.thanks')}</p>
    </>
  );
}
