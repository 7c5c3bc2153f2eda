import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../../platform/jobs/web/JobProgress.js';
import { Alert } from '../../../web/ui/Alert.js';
import { DateTime } from '../../../web/ui/DateTime.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { type CodingStudy, Num } from './bits.js';
import { type Code, codingApi, codingKeys, type SuggestionModel, useCodes } from './coding.api.js';
import { MachineKappaTable, measuredCodes } from './MachineKappaTable.js';

function ModelStatus({ model }: { model: SuggestionModel }) {
  const { t } = useTranslation('coding');
  return (
    <dl className="coding-facts">
      <dt>{t('suggestions.status')}</dt>
      <dd>{t(`suggestions.statuses.${model.status}`)}</dd>
      <dt>{t('suggestions.trainedAt')}</dt>
      <dd>{model.trainedAt ? <DateTime value={model.trainedAt} /> : t('suggestions.never')}</dd>
      <dt>{t('suggestions.passages')}</dt>
      <dd>
        <Num value={model.passages} />
      </dd>
    </dl>
  );
}

function KappaTable({ model, codes }: { model: SuggestionModel; codes: Code[] }) {
  const { t } = useTranslation('coding');
  const rows = measuredCodes(model.perCode, codes);
  if (rows.length === 0) return <p className="coding-empty">{t('suggestions.noKappa')}</p>;
  return (
    <MachineKappaTable rows={rows} caption={t('suggestions.kappaCaption')} heldOutLabel={t('suggestions.heldOut')} />
  );
}

/**
 * Machine suggestions: what the model has learnt from (competency keywords only, or the study's own coding), when,
 * and how well it agrees with the humans on passages it was not trained on; "Træn igen" runs training as a job.
 */
export function SuggestionsTab({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const codes = useCodes(study.id);
  const model = useQuery({ queryKey: codingKeys.model(study.id), queryFn: () => codingApi.model(study.id) });
  const train = useMutation({ mutationFn: () => codingApi.train(study.id) });
  const onCompleted = useCallback(
    () => void client.invalidateQueries({ queryKey: codingKeys.all(study.id) }),
    [client, study.id],
  );
  return (
    <section aria-labelledby="coding-suggestions-heading">
      <h2 id="coding-suggestions-heading">{t('suggestions.heading')}</h2>
      <p className="coding-text">{t('suggestions.intro')}</p>
      <QueryState query={model}>
        {(data) => (
          <>
            <ModelStatus model={data} />
            {study.canWrite ? (
              <button
                type="button"
                className="button button-primary"
                disabled={train.isPending}
                onClick={() => train.mutate()}
              >
                {t('suggestions.train')}
              </button>
            ) : null}
            {train.isError ? <Alert variant="error">{errorMessage(train.error, t)}</Alert> : null}
            {train.data ? (
              <JobProgress jobId={train.data.jobId} label={t('suggestions.jobLabel')} onCompleted={onCompleted} />
            ) : null}
            <h3>{t('suggestions.kappaHeading')}</h3>
            <p className="coding-text">{t('suggestions.kappaIntro')}</p>
            <KappaTable model={data} codes={codes.data ?? []} />
          </>
        )}
      </QueryState>
    </section>
  );
}
