import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../web/format.js';
import { currentLanguage } from '../../../web/i18n.js';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { excerpt, useEnv } from './env.js';
import { type Coding, type Memo, type MemoTarget, useMemos, workspaceApi, workspaceKeys } from './workspace.api.js';

/** The form for a new memo or an edit: its own state, so typing renders nothing but this form. */
function MemoForm({
  label,
  initial = '',
  submitLabel,
  focusRequest = 0,
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  /** Bumped to move focus to the field (M on a bar). */
  focusRequest?: number;
  autoFocus?: boolean;
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('codingWorkspace');
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [focusOnMount] = useState(autoFocus);
  useEffect(() => {
    if (focusRequest > 0 || focusOnMount) ref.current?.focus();
  }, [focusRequest, focusOnMount]);

  async function submit() {
    if (!text.trim()) {
      setError(new Error('empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim());
      setText('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const message = error ? (error instanceof Error && error.message === 'empty' ? t('memos.empty') : null) : null;
  return (
    <form
      className="cw-memo-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className={`form-group${message ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        {message ? (
          <span className="form-error-message" id={`${id}-error`}>
            {message}
          </span>
        ) : null}
        <textarea
          ref={ref}
          id={id}
          className="form-input cw-memo-input"
          rows={3}
          value={text}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
      </div>
      {error && !message ? (
        <Alert variant="error">
          <p>{errorMessage(error, t)}</p>
        </Alert>
      ) : null}
      <div className="cw-memo-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('memos.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function MemoItem({ memo: m, onSaved }: { memo: Memo; onSaved: () => void }) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => workspaceApi.deleteMemo(env.studyId, m.id),
    onSuccess: () => {
      onSaved();
      env.announce(t('memos.deleted'));
    },
  });
  if (editing)
    return (
      <li className="cw-memo">
        <MemoForm
          label={t('memos.editLabel')}
          initial={m.text}
          submitLabel={t('memos.save')}
          autoFocus
          onSubmit={async (text) => {
            await workspaceApi.updateMemo(env.studyId, m.id, text);
            setEditing(false);
            onSaved();
            env.announce(t('memos.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className="cw-memo">
      <p className="cw-memo-text">{m.text}</p>
      <p className="cw-memo-meta">
        {t('memos.byline', { author: m.authorName, when: formatDateTime(m.updatedAt, currentLanguage()) })}
      </p>
      {m.mine ? (
        <div className="cw-memo-actions">
          <button type="button" className="button button-tertiary" onClick={() => setEditing(true)}>
            {t('memos.edit')}
          </button>
          <button
            type="button"
            className="button button-tertiary"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('memos.delete')}
          </button>
        </div>
      ) : null}
      {remove.isError ? (
        <Alert variant="error">
          <p>{errorMessage(remove.error, t)}</p>
        </Alert>
      ) : null}
    </li>
  );
}

function MemoSection({
  heading,
  memos,
  target,
  targetId,
  addLabel,
  focusRequest,
}: {
  heading: string;
  memos: Memo[];
  target: MemoTarget;
  targetId: string;
  addLabel: string;
  focusRequest?: number;
}) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: [...workspaceKeys.all(env.studyId), 'memos'] });
  return (
    <section className="cw-memo-section">
      <h3 className="h5">{heading}</h3>
      {memos.length ? (
        <ul className="nobullet-list cw-memos">
          {memos.map((m) => (
            <MemoItem key={m.id} memo={m} onSaved={refresh} />
          ))}
        </ul>
      ) : (
        <p className="cw-hint">{t('memos.none')}</p>
      )}
      <MemoForm
        label={addLabel}
        submitLabel={t('memos.add')}
        focusRequest={focusRequest}
        onSubmit={async (text) => {
          await workspaceApi.createMemo(env.studyId, { target, targetId, text });
          refresh();
          env.announce(t('memos.added'));
        }}
      />
    </section>
  );
}

/**
 * Memos beside the transcript: on the transcript itself, on the selected coded passage, and on its code. The
 * transcript's query also brings the memos on its passages (the server files them under the transcript too).
 */
export const MemoPanel = memo(function MemoPanel({
  coding,
  codeId,
  focusRequest,
}: {
  coding: Coding | null;
  codeId: string | null;
  focusRequest: number;
}) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const onTranscript = useMemos(env.studyId, { transcriptId: env.transcriptId });
  const onCode = useMemos(env.studyId, { codeId: codeId ?? '' }, Boolean(codeId));
  const all = onTranscript.data ?? [];
  const code = codeId ? env.codeById.get(codeId) : undefined;
  const codingIsReal = coding && coding.coderId !== null && !coding.id.startsWith('tmp-');
  return (
    <div className="cw-memo-panel">
      {onTranscript.isError ? (
        <Alert variant="error" heading={t('memos.loadFailed')}>
          <p>{errorMessage(onTranscript.error, t)}</p>
        </Alert>
      ) : null}
      {coding && codingIsReal ? (
        <MemoSection
          heading={t('memos.codingHeading', {
            code: env.codeById.get(coding.codeId)?.name ?? '',
            text: excerpt(env.map, coding, 50),
          })}
          memos={all.filter((m) => m.target === 'coding' && m.targetId === coding.id)}
          target="coding"
          targetId={coding.id}
          addLabel={t('memos.addCoding')}
          focusRequest={focusRequest}
        />
      ) : coding ? (
        <p className="cw-hint">{t('memos.codingPending')}</p>
      ) : (
        <p className="cw-hint">{t('memos.chooseCoding')}</p>
      )}
      <MemoSection
        heading={t('memos.transcriptHeading')}
        memos={all.filter((m) => m.target === 'transcript')}
        target="transcript"
        targetId={env.transcriptId}
        addLabel={t('memos.addTranscript')}
      />
      {code ? (
        <MemoSection
          heading={t('memos.codeHeading', { code: code.name })}
          memos={(onCode.data ?? []).filter((m) => m.target === 'code')}
          target="code"
          targetId={code.id}
          addLabel={t('memos.addCode')}
        />
      ) : null}
    </div>
  );
});
