import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { type CodingStudy, TranscriptLink } from './bits.js';
import { codePath, codeRows } from './codeTree.js';
import { type Code, codingApi, codingKeys, type SearchHit, useCodes } from './coding.api.js';
import { Fragments } from './Fragments.js';

const hitKey = (hit: SearchHit) => `${hit.transcriptId}:${hit.segmentOrdinal}`;
const codeButtonId = (key: string) => `coding-search-code-button-${key}`;

/** Back to the hit's "Kod" button once its form has gone, so keyboard users stay where they were. */
function focusCodeButton(key: string) {
  requestAnimationFrame(() => document.getElementById(codeButtonId(key))?.focus());
}

/** "Kod" on a hit: choose a code and apply it to the hit's whole speaker turn, as the signed-in coder. */
function CodeHit({
  study,
  hit,
  codes,
  onDone,
  onCancel,
}: {
  study: CodingStudy;
  hit: SearchHit;
  codes: Code[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const [codeId, setCodeId] = useState('');
  const [missing, setMissing] = useState(false);
  const apply = useMutation({
    mutationFn: (id: string) =>
      codingApi.code(study.id, hit.transcriptId, { codeIds: [id], start: hit.start, end: hit.end }),
    onSuccess: (_, id) => {
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
      onDone(
        t('search.coded', { code: codePath(codes, id), title: hit.transcriptTitle, turn: hit.segmentOrdinal + 1 }),
      );
    },
  });
  const id = `coding-search-code-${hitKey(hit)}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!codeId);
    if (codeId) apply.mutate(codeId);
  }
  return (
    <form className="coding-hit-form" onSubmit={submit} noValidate>
      <div className={`form-group${missing ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {t('search.codeLabel')}
        </label>
        {missing ? (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
            {t('search.codeRequired')}
          </span>
        ) : null}
        <select
          id={id}
          className="form-select"
          value={codeId}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          // The select appears because the reader asked for it: start there.
          // biome-ignore lint/a11y/noAutofocus: see above
          autoFocus
          onChange={(event) => {
            setCodeId(event.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('search.chooseCode')}</option>
          {codeRows(codes).map(({ code }) => (
            <option key={code.id} value={code.id}>
              {codePath(codes, code.id)}
            </option>
          ))}
        </select>
      </div>
      {apply.isError ? <Alert variant="error">{errorMessage(apply.error, t)}</Alert> : null}
      <div className="coding-actions">
        <button type="submit" className="button button-primary" disabled={apply.isPending}>
          {t('search.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Full-text search across the study's transcripts (PostgreSQL, Danish stemming): hits per speaker turn with the
 * matching words marked, a link to the turn in its transcript, and coding straight from a hit.
 */
export function SearchTab({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const codes = useCodes(study.id);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [empty, setEmpty] = useState(false);
  const [coding, setCoding] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const search = useQuery({
    queryKey: codingKeys.search(study.id, q),
    queryFn: () => codingApi.search(study.id, q),
    enabled: q !== '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = text.trim();
    setEmpty(!next);
    setNotice('');
    setCoding(null);
    if (next) setQ(next);
  }

  const canCode = study.canWrite && (codes.data?.length ?? 0) > 0;
  return (
    <section aria-labelledby="coding-search-heading">
      <h2 id="coding-search-heading">{t('search.heading')}</h2>
      <p className="coding-text">{t('search.intro')}</p>
      <form onSubmit={submit} noValidate className="coding-search-form">
        <div className={`form-group${empty ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="coding-search-q">
            {t('search.label')}
          </label>
          <span className="form-hint" id="coding-search-q-hint">
            {t('search.hint')}
          </span>
          {empty ? (
            <span className="form-error-message" id="coding-search-q-error">
              <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
              {t('search.emptyQuery')}
            </span>
          ) : null}
          <div className="coding-inline-form">
            <input
              id="coding-search-q"
              type="search"
              className="form-input"
              value={text}
              maxLength={500}
              aria-invalid={empty ? true : undefined}
              aria-describedby={['coding-search-q-hint', empty ? 'coding-search-q-error' : null]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button button-primary">
              {t('search.submit')}
            </button>
          </div>
        </div>
      </form>
      {study.canWrite && codes.data?.length === 0 ? <p className="coding-note">{t('search.noCodes')}</p> : null}
      <p role="status" className="coding-live">
        {notice}
      </p>
      {q ? (
        <QueryState query={search}>
          {(data) => (
            <>
              <p role="status">
                {data.total > data.hits.length
                  ? t('search.countLimited', { count: data.total, shown: data.hits.length })
                  : t('search.count', { count: data.total, q })}
              </p>
              {data.hits.length === 0 ? (
                <p className="coding-empty">{t('search.none')}</p>
              ) : (
                <ol className="coding-hits">
                  {data.hits.map((hit) => {
                    const key = hitKey(hit);
                    return (
                      <li key={key} className="coding-hit">
                        <p className="coding-passage-meta">
                          <TranscriptLink
                            studyId={study.id}
                            transcriptId={hit.transcriptId}
                            at={{ start: hit.start, end: hit.end }}
                            label={t('search.openAt', { title: hit.transcriptTitle, turn: hit.segmentOrdinal + 1 })}
                          >
                            {hit.transcriptTitle}
                          </TranscriptLink>
                          {hit.pseudonym ? ` · ${hit.pseudonym}` : ''}
                          {` · ${t('search.turn', { turn: hit.segmentOrdinal + 1 })}`}
                        </p>
                        <Fragments fragments={hit.fragments} />
                        {canCode && coding !== key ? (
                          <button
                            id={codeButtonId(key)}
                            type="button"
                            className="button button-secondary coding-small-button"
                            aria-label={t('search.codeNamed', {
                              title: hit.transcriptTitle,
                              turn: hit.segmentOrdinal + 1,
                            })}
                            onClick={() => {
                              setNotice('');
                              setCoding(key);
                            }}
                          >
                            {t('search.code')}
                          </button>
                        ) : null}
                        {canCode && coding === key ? (
                          <CodeHit
                            study={study}
                            hit={hit}
                            codes={codes.data ?? []}
                            onDone={(message) => {
                              setCoding(null);
                              setNotice(message);
                              focusCodeButton(key);
                            }}
                            onCancel={() => {
                              setCoding(null);
                              focusCodeButton(key);
                            }}
                          />
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
              )}
            </>
          )}
        </QueryState>
      ) : null}
    </section>
  );
}
