import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n.js';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { Loading } from '../../../web/ui/Loading.js';
import type { CodingController } from './codingController.js';
import { excerpt, useEnv } from './env.js';
import { setHighlight } from './highlights.js';
import { segmentAt, spanToRange } from './selectionOffsets.js';
import { type Suggestion, useSuggestions, workspaceApi, workspaceKeys } from './workspace.api.js';

/** "sikkerhed 0,82": the score with two decimals in the reader's language. */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(score);
}

/**
 * The machine's suggestions for this transcript, waiting for a human: they count for nothing until accepted.
 * Focusing one lights up its passage; A accepts and R rejects it (or the buttons); Up/Down move between them.
 */
export const SuggestionsPanel = memo(function SuggestionsPanel({ controller }: { controller: CodingController }) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const client = useQueryClient();
  const query = useSuggestions(env.studyId, env.transcriptId);
  const [error, setError] = useState<unknown>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [stop, setStop] = useState(0);
  const key = workspaceKeys.suggestions(env.studyId, env.transcriptId);
  const list = [...(query.data ?? [])].sort((a, b) => a.start - b.start || b.score - a.score);

  function light(s: Suggestion | null) {
    if (!s) {
      setHighlight('cw-focus', null);
      return;
    }
    const range = spanToRange(document, env.map, env.segments, s, env.textOf);
    setHighlight('cw-focus', range);
    env.textOf(segmentAt(env.segments, s.start))?.scrollIntoView({ block: 'nearest' });
  }

  /** Takes a suggestion off the list at once; puts it back if the server refuses. */
  function settle(s: Suggestion, index: number, run: () => Promise<unknown>, done: string) {
    const before = client.getQueryData<Suggestion[]>(key);
    client.setQueryData<Suggestion[]>(key, (old) => (old ?? []).filter((x) => x.id !== s.id));
    setError(null);
    light(null);
    // Focus moves to the next suggestion (or the list's end), so the keyboard can go on.
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-suggestion]');
      const next = items?.[Math.min(index, (items?.length ?? 1) - 1)];
      setStop(Math.min(index, Math.max((items?.length ?? 1) - 1, 0)));
      next?.focus();
    });
    env.announce(done);
    run().catch((e) => {
      client.setQueryData(key, before);
      setError(e);
    });
  }

  function accept(s: Suggestion, index: number) {
    const code = env.codeById.get(s.codeId)?.name ?? '';
    settle(
      s,
      index,
      // The controller shows the coding at once and reports a refusal itself (the list is then fetched again).
      async () => {
        controller.accept(s.id, s);
      },
      t('suggestions.accepted', { code }),
    );
  }

  function reject(s: Suggestion, index: number) {
    const code = env.codeById.get(s.codeId)?.name ?? '';
    settle(s, index, () => workspaceApi.rejectSuggestion(env.studyId, s.id), t('suggestions.rejected', { code }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, s: Suggestion, index: number) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const k = event.key.toLowerCase();
    if (k === 'a') {
      event.preventDefault();
      accept(s, index);
    } else if (k === 'r') {
      event.preventDefault();
      reject(s, index);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-suggestion]');
      const next = Math.max(0, Math.min((items?.length ?? 1) - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
      setStop(next);
      items?.[next]?.focus();
    }
  }

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Alert variant="error" heading={t('suggestions.loadFailed')}>
        <p>{errorMessage(query.error, t)}</p>
      </Alert>
    );
  return (
    <div className="cw-suggestions">
      <p className="cw-hint">{t('suggestions.intro')}</p>
      {error ? (
        <Alert variant="error" heading={t('suggestions.failed')}>
          <p>{errorMessage(error, t)}</p>
        </Alert>
      ) : null}
      {list.length === 0 ? (
        <p>{t('suggestions.none')}</p>
      ) : (
        <ul ref={listRef} className="nobullet-list cw-suggestion-list" aria-label={t('suggestions.listLabel')}>
          {list.map((s, index) => {
            const code = env.codeById.get(s.codeId);
            const score = formatScore(s.score, currentLanguage());
            return (
              <li
                key={s.id}
                data-suggestion={s.id}
                className="cw-suggestion-item"
                tabIndex={index === Math.min(stop, list.length - 1) ? 0 : -1}
                aria-keyshortcuts="A R"
                aria-label={t('suggestions.itemLabel', {
                  code: code?.name ?? '',
                  score,
                  text: excerpt(env.map, s, 80),
                })}
                onFocus={() => {
                  setStop(index);
                  light(s);
                }}
                onBlur={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node | null)) light(null);
                }}
                onKeyDown={(event) => onKeyDown(event, s, index)}
              >
                <p className="cw-suggestion-code">
                  <span className="cw-chip" style={{ backgroundColor: code?.colour }} aria-hidden="true" />
                  <strong>{code?.name}</strong> <span className="cw-score">{t('suggestions.score', { score })}</span>
                </p>
                <p className="cw-suggestion-text">{excerpt(env.map, s, 140)}</p>
                <div className="cw-suggestion-actions">
                  <button type="button" className="button button-secondary" onClick={() => accept(s, index)}>
                    {t('suggestions.accept')}
                  </button>
                  <button type="button" className="button button-tertiary" onClick={() => reject(s, index)}>
                    {t('suggestions.reject')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
