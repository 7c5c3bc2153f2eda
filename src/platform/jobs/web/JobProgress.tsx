import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus<R = unknown> {
  id: string;
  queue: string;
  state: JobState;
  percent: number | null;
  message: string | null;
  result: R | null;
  error: string | null;
}

export const jobKey = (id: string) => ['jobs', id] as const;

/** Finished jobs no longer change, so polling stops. */
export function isFinished(state: JobState | undefined): boolean {
  return state === 'completed' || state === 'failed' || state === 'cancelled';
}

function clampPercent(percent: number | null | undefined): number {
  if (typeof percent !== 'number' || Number.isNaN(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent)));
}

/**
 * Progress of a background job: polls GET /jobs/{id} every second until it ends, shows a progress bar with
 * percent and the worker's message, the error with "Prøv igen" when it fails, and `children(result)` when done.
 */
export function JobProgress<R = unknown>({
  jobId,
  label,
  onCompleted,
  children,
}: {
  jobId: string;
  /** What the job does, e.g. "Eksport af revisionslog". */
  label: string;
  onCompleted?: (result: R | null) => void;
  children?: (result: R | null) => ReactNode;
}) {
  const { t } = useTranslation('jobs');
  const client = useQueryClient();
  const labelId = useId();
  const job = useQuery({
    queryKey: jobKey(jobId),
    queryFn: () => api.get<JobStatus<R>>(`/jobs/${jobId}`),
    refetchInterval: (query) => (isFinished(query.state.data?.state) ? false : 1000),
    staleTime: 0,
  });
  const retry = useMutation({
    mutationFn: () => api.post(`/jobs/${jobId}/retry`),
    onSuccess: () => void client.invalidateQueries({ queryKey: jobKey(jobId) }),
  });

  const state = job.data?.state;
  const completedFor = useRef<string | null>(null);
  useEffect(() => {
    if (state === 'completed' && completedFor.current !== jobId) {
      completedFor.current = jobId;
      onCompleted?.(job.data?.result ?? null);
    }
  }, [state, jobId, job.data?.result, onCompleted]);

  if (job.isError)
    return (
      <Alert variant="error" heading={label}>
        <p>{errorMessage(job.error, t)}</p>
      </Alert>
    );

  const percent = state === 'completed' ? 100 : clampPercent(job.data?.percent);

  if (state === 'failed')
    return (
      <Alert variant="error" heading={t('failedHeading', { label })}>
        <p>{job.data?.error || t('failedUnknown')}</p>
        {retry.isError ? <p>{errorMessage(retry.error, t)}</p> : null}
        <button
          type="button"
          className="button button-secondary"
          disabled={retry.isPending}
          onClick={() => retry.mutate()}
        >
          {t('retry')}
        </button>
      </Alert>
    );

  if (state === 'cancelled')
    return (
      <Alert variant="warning" heading={t('cancelledHeading', { label })}>
        <p>{t('cancelledText')}</p>
      </Alert>
    );

  return (
    <div className="job-progress">
      <p className="job-progress-label" id={labelId}>
        {label}
      </p>
      <progress
        className="job-progress-bar"
        max={100}
        value={state === undefined || state === 'created' || state === 'retry' ? undefined : percent}
        aria-labelledby={labelId}
      />
      <p className="job-progress-status" role="status">
        {state === 'completed'
          ? t('completed')
          : state === undefined || state === 'created' || state === 'retry'
            ? t('waiting')
            : t('percent', { percent })}
        {job.data?.message && state !== 'completed' ? ` – ${job.data.message}` : ''}
      </p>
      {state === 'completed' && children ? children(job.data?.result ?? null) : null}
    </div>
  );
}
