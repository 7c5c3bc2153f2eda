import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/ui/Alert.js';
import { Num } from './bits.js';
import type { Replacement, TranscriptPreview } from './coding.api.js';
import { isKept, markTerm, previewParts, type ReviewState, toggleTerm, unmarkTerm } from './replacementReview.js';

const MARK_ID = 'coding-mark-term';

function kindText(kind: string, t: (key: string) => string): string {
  return ['person', 'place', 'marked'].includes(kind) ? t(`review.kinds.${kind}`) : kind;
}

/** The preview text with each replacement marked: what was replaced (its pseudonym) and what was kept as written. */
function PreviewText({ text, proposals, review }: { text: string; proposals: Replacement[]; review: ReviewState }) {
  const { t } = useTranslation('coding');
  const parts = useMemo(() => previewParts(text, proposals, review), [text, proposals, review]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard to scroll it.
    <section className="coding-preview" tabIndex={0} aria-labelledby="coding-preview-heading">
      {parts.map((part, index) =>
        part.kind === null ? (
          // Parts have no identity beyond their order in the text.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index}>{part.text}</span>
        ) : (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={part.kind === 'replaced' ? 'coding-mark-replaced' : 'coding-mark-kept'}
            title={
              part.kind === 'replaced'
                ? t('review.replacedTitle', { term: part.term })
                : t('review.keptTitle', { term: part.term })
            }
          >
            {part.text}
          </mark>
        ),
      )}
    </section>
  );
}

/**
 * The pseudonymisation review: every proposed replacement with a checkbox to keep or reject it, a field to mark more
 * terms, and the pseudonymised preview with the replacements highlighted. Changes are sent with the next preview or
 * with "Gem"; until the preview is refreshed, it says that it is out of date.
 */
export function PseudonymReview({
  preview,
  proposals,
  review,
  onReview,
  onRefresh,
  refreshing,
}: {
  preview: TranscriptPreview['preview'];
  proposals: Replacement[];
  review: ReviewState;
  onReview: (next: ReviewState) => void;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { t } = useTranslation('coding');
  const [term, setTerm] = useState('');
  const [problem, setProblem] = useState<'empty' | 'duplicate' | null>(null);

  function add() {
    const result = markTerm(review, term, proposals);
    setProblem(result.problem);
    if (result.problem === null) {
      onReview(result.state);
      setTerm('');
    }
  }

  const pending = review.marked.filter((m) => !proposals.some((r) => r.term.toLowerCase() === m.toLowerCase()));
  return (
    <section aria-labelledby="coding-review-heading" className="coding-section">
      <h3 id="coding-review-heading">{t('review.heading')}</h3>
      <p className="coding-text">{t('review.intro')}</p>
      {preview.warnings.length ? (
        <Alert variant="warning" heading={t('review.warnings')}>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {proposals.length === 0 ? (
        <p>{t('review.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('review.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.replace')}</th>
                <th scope="col">{t('review.term')}</th>
                <th scope="col">{t('review.pseudonym')}</th>
                <th scope="col">{t('review.kind')}</th>
                <th scope="col" className="coding-number">
                  {t('review.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((r, index) => {
                const id = `coding-review-${index}`;
                return (
                  <tr key={r.term}>
                    <td>
                      <div className="coding-cell-checkbox">
                        <input
                          id={id}
                          type="checkbox"
                          className="form-checkbox"
                          checked={isKept(review, r.term)}
                          onChange={(event) => onReview(toggleTerm(review, r.term, event.target.checked))}
                        />
                        <label className="form-label" htmlFor={id}>
                          <span className="sr-only">
                            {t('review.replaceLabel', { term: r.term, pseudonym: r.pseudonym })}
                          </span>
                        </label>
                      </div>
                    </td>
                    <th scope="row">{r.term}</th>
                    <td>{r.pseudonym}</td>
                    <td>{kindText(r.kind, t)}</td>
                    <td className="coding-number">
                      <Num value={r.count} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className={`form-group${problem ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={MARK_ID}>
          {t('review.markLabel')}
        </label>
        <span className="form-hint" id={`${MARK_ID}-hint`}>
          {t('review.markHint')}
        </span>
        {problem ? (
          <span className="form-error-message" id={`${MARK_ID}-error`}>
            <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
            {t(`review.markProblem.${problem}`)}
          </span>
        ) : null}
        <div className="coding-inline-form">
          <input
            id={MARK_ID}
            className="form-input"
            value={term}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[`${MARK_ID}-hint`, problem ? `${MARK_ID}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => setTerm(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            {t('review.markAdd')}
          </button>
        </div>
      </div>
      {review.marked.length ? (
        <ul className="coding-marked">
          {review.marked.map((m) => (
            <li key={m}>
              {m}
              {pending.includes(m) ? <span className="coding-note"> {t('review.markPending')}</span> : null}{' '}
              <button
                type="button"
                className="function-link"
                aria-label={t('review.unmarkNamed', { term: m })}
                onClick={() => onReview(unmarkTerm(review, m))}
              >
                {t('review.unmark')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <h4 id="coding-preview-heading">{t('review.previewHeading')}</h4>
      <p className="coding-note">
        <mark className="coding-mark-replaced">{t('review.legendReplaced')}</mark>{' '}
        <mark className="coding-mark-kept">{t('review.legendKept')}</mark>
      </p>
      <div role="status" className="coding-live">
        {review.stale ? <p className="coding-stale">{t('review.stale')}</p> : null}
      </div>
      {review.stale ? (
        <button type="button" className="button button-secondary" disabled={refreshing} onClick={onRefresh}>
          {refreshing ? t('review.refreshing') : t('review.refresh')}
        </button>
      ) : null}
      <PreviewText text={preview.text} proposals={proposals} review={review} />
    </section>
  );
}
