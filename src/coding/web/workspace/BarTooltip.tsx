import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { excerpt, useEnv } from './env.js';
import { setHighlight } from './highlights.js';
import { spanToRange } from './selectionOffsets.js';
import { useStore } from './store.js';
import { type Coding, useMemos } from './workspace.api.js';

/**
 * What the bar under the pointer (or with focus) stands for: its passage lit up in the text, and beside the bar
 * the code, the coder and the memo. Only this component renders when the pointer moves from bar to bar.
 */
export function BarTooltip({ codings }: { codings: readonly Coding[] }) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const active = useStore(env.active);
  const memos = useMemos(env.studyId, { transcriptId: env.transcriptId });
  const coding = active ? codings.find((c) => c.id === active.codingId) : undefined;

  useEffect(() => {
    setHighlight('cw-active', coding ? spanToRange(document, env.map, env.segments, coding, env.textOf) : null);
  }, [coding, env]);
  useEffect(() => () => setHighlight('cw-active', null), []);
  // The tooltip is placed where the bar was: when the page scrolls it follows a focused bar and leaves a hovered one.
  useEffect(() => {
    if (!active) return;
    const follow = () => {
      const focused = document.activeElement as HTMLElement | null;
      if (focused?.dataset.bar !== active.codingId) {
        env.active.set(null);
        return;
      }
      const rect = focused.getBoundingClientRect();
      env.active.set({ codingId: active.codingId, top: rect.top, left: rect.right });
    };
    window.addEventListener('scroll', follow, { passive: true });
    return () => window.removeEventListener('scroll', follow);
  }, [active, env]);

  if (!active || !coding) return null;
  const code = env.codeById.get(coding.codeId);
  const notes = (memos.data ?? []).filter((m) => m.target === 'coding' && m.targetId === coding.id);
  return (
    <div className="cw-tooltip" role="tooltip" style={{ top: active.top, left: active.left + 8 }}>
      <p className="cw-tooltip-code">
        <span className="cw-chip" style={{ backgroundColor: code?.colour }} aria-hidden="true" />
        <strong>{code?.name ?? t('bar.unknownCode')}</strong>
      </p>
      <p>{t('tooltip.coder', { coder: env.coderName(coding.coderId) })}</p>
      <p className="cw-tooltip-text">»{excerpt(env.map, coding, 120)}«</p>
      {notes.map((m) => (
        <p key={m.id} className="cw-tooltip-memo">
          {t('tooltip.memo', { text: m.text.length > 160 ? `${m.text.slice(0, 160)}…` : m.text })}
        </p>
      ))}
    </div>
  );
}

/** The page's polite live region: what a key press did ("Koden Økonomi – behov er anvendt"). */
export function LiveRegion() {
  const env = useEnv();
  const { text, serial } = useStore(env.announcer);
  // A no-break space on every other message makes a repeated message a change the screen reader announces.
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="cw-live">
      {text ? `${text}${serial % 2 ? '\u00a0' : ''}` : ''}
    </div>
  );
}
