import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { Loading } from '../../../web/ui/Loading.js';
import { useEnv } from './env.js';
import { setHighlight } from './highlights.js';
import { spanToRange } from './selectionOffsets.js';
import {
  type Comparison,
  type Decision,
  type Disagreement,
  useComparison,
  workspaceApi,
  workspaceKeys,
} from './workspace.api.js';

const keyOf = (d: Pick<Disagreement, 'segmentOrdinal' | 'codeId'>) => `${d.segmentOrdinal}:${d.codeId}`;

/**
 * The coders side by side: every turn × code that some coders applied and others did not, with who applied it.
 * The team decides each one ("Medtag" puts it in the consensus layer, "Udelad" keeps it out; pressing the chosen
 * button again takes the decision back).
 */
export const ComparisonPanel = memo(function ComparisonPanel() {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const client = useQueryClient();
  const query = useComparison(env.studyId, env.transcriptId, true);
  const key = workspaceKeys.comparison(env.studyId, env.transcriptId);
  const resolve = useMutation({
    mutationFn: (body: { segmentOrdinal: number; codeId: string; decision: Decision | null }) =>
      workspaceApi.resolve(env.studyId, env.transcriptId, body),
    onMutate: (body) => {
      const before = client.getQueryData<Comparison>(key);
      client.setQueryData<Comparison>(key, (old) =>
        old
          ? {
              ...old,
              disagreements: old.disagreements.map((d) =>
                keyOf(d) === keyOf(body) ? { ...d, resolution: body.decision } : d,
              ),
            }
          : old,
      );
      return { before };
    },
    onError: (_error, _body, context) => client.setQueryData(key, context?.before),
    onSuccess: (_result, body) => {
      const code = env.codeById.get(body.codeId)?.name ?? '';
      env.announce(
        body.decision === null
          ? t('comparison.undecided', { code })
          : t(body.decision === 'include' ? 'comparison.included' : 'comparison.excluded', { code }),
      );
      void client.invalidateQueries({ queryKey: workspaceKeys.consensus(env.studyId, env.transcriptId) });
    },
  });

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Alert variant="error" heading={t('comparison.loadFailed')}>
        <p>{errorMessage(query.error, t)}</p>
      </Alert>
    );
  const { coders, disagreements, agreed } = query.data;
  const nameOf = (id: string) => coders.find((c) => c.id === id)?.name ?? env.coderName(id);
  const open = disagreements.filter((d) => d.resolution === null).length;

  function decide(d: Disagreement, decision: Decision) {
    resolve.mutate({
      segmentOrdinal: d.segmentOrdinal,
      codeId: d.codeId,
      decision: d.resolution === decision ? null : decision,
    });
  }

  return (
    <div className="cw-comparison">
      <p>
        {t('comparison.summary', { agreed, count: disagreements.length, open })}{' '}
        {coders.length ? t('comparison.coders', { names: coders.map((c) => c.name).join(', ') }) : null}
      </p>
      {coders.length < 2 ? <p className="cw-hint">{t('comparison.oneCoder')}</p> : null}
      {resolve.isError ? (
        <Alert variant="error" heading={t('comparison.failed')}>
          <p>{errorMessage(resolve.error, t)}</p>
        </Alert>
      ) : null}
      {disagreements.length ? (
        <ul className="nobullet-list cw-disagreements">
          {disagreements.map((d) => {
            const code = env.codeById.get(d.codeId);
            const without = coders.filter((c) => !d.appliedBy.includes(c.id)).map((c) => c.name);
            return (
              <li
                key={keyOf(d)}
                className={`cw-disagreement${d.resolution ? ` cw-resolved-${d.resolution}` : ''}`}
                onFocus={() => setHighlight('cw-focus', spanToRange(document, env.map, env.segments, d, env.textOf))}
                onBlur={() => setHighlight('cw-focus', null)}
                onMouseEnter={() =>
                  setHighlight('cw-focus', spanToRange(document, env.map, env.segments, d, env.textOf))
                }
                onMouseLeave={() => setHighlight('cw-focus', null)}
              >
                <p className="cw-suggestion-code">
                  <span className="cw-chip" style={{ backgroundColor: code?.colour }} aria-hidden="true" />
                  <strong>{code?.name}</strong> · {t('comparison.turn', { n: d.segmentOrdinal + 1 })}
                </p>
                <p className="cw-suggestion-text">{d.text.length > 220 ? `${d.text.slice(0, 220)}…` : d.text}</p>
                <p className="cw-memo-meta">
                  {t('comparison.appliedBy', { names: d.appliedBy.map(nameOf).join(', ') })}
                  {without.length ? ` ${t('comparison.notBy', { names: without.join(', ') })}` : ''}
                </p>
                <div className="cw-suggestion-actions">
                  <button
                    type="button"
                    className={`button ${d.resolution === 'include' ? 'button-primary' : 'button-secondary'}`}
                    aria-pressed={d.resolution === 'include'}
                    onClick={() => decide(d, 'include')}
                  >
                    {t('comparison.include')}
                  </button>
                  <button
                    type="button"
                    className={`button ${d.resolution === 'exclude' ? 'button-primary' : 'button-secondary'}`}
                    aria-pressed={d.resolution === 'exclude'}
                    onClick={() => decide(d, 'exclude')}
                  >
                    {t('comparison.exclude')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('comparison.none')}</p>
      )}
    </div>
  );
});
