import { type FocusEvent, type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useEnv } from './env.js';
import { MIN_LANES } from './MarginCell.js';
import type { MarginLayout } from './marginLanes.js';
import { SegmentRow } from './SegmentRow.js';
import { TEXT_ATTR } from './selectionOffsets.js';
import type { MarkSpan } from './textPieces.js';
import type { Coding } from './workspace.api.js';

const NO_MARKS: MarkSpan[] = [];

export interface TranscriptActions {
  /** A bar was clicked or chosen with Enter: show its memos. */
  selectCoding(codingId: string): void;
  removeCoding(codingId: string): void;
  memoCoding(codingId: string): void;
  /** Enter on a turn: apply the checked codes to the selection or the turn. */
  applyChecked(): void;
  /** A bar got focus (it keeps the margin's tab stop). */
  focusBar(codingId: string): void;
}

const barOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('[data-bar]') ?? null;
const textOfTarget = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLElement>(`[${TEXT_ATTR}]`) ?? null;

/**
 * The transcript as speaker turns with the margin of coding bars beside them. Mouse and keyboard events of all
 * bars and turns are handled here, once, by delegation: 2,000 bars carry no handlers of their own.
 * Keys on a turn: Up/Down move between turns, Enter applies the checked codes. On a bar: Up/Down/Home/End move
 * between bars, Delete removes one's own coding, M opens its memo, Escape goes back to the turn.
 */
export function TranscriptView({
  layout,
  marks,
  barOrder,
  currentBar,
  actions,
  label,
}: {
  layout: MarginLayout<Coding>;
  marks: ReadonlyMap<number, MarkSpan[]>;
  /** The visible codings' ids in reading order, for moving between bars. */
  barOrder: readonly string[];
  currentBar: string | null;
  actions: TranscriptActions;
  label: string;
}) {
  const env = useEnv();
  const rootRef = useRef<HTMLElement>(null);
  const [textStop, setTextStop] = useState(0);
  // Bumped when lines may wrap anew (the transcript's width changed, web fonts arrived): bars are measured again.
  const [layoutKey, setLayoutKey] = useState(0);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0].contentRect.width);
      if (next !== width) setLayoutKey((k) => k + 1);
      width = next;
    });
    observer.observe(root);
    const fonts = document.fonts;
    const relayout = () => setLayoutKey((k) => k + 1);
    fonts?.addEventListener?.('loadingdone', relayout);
    return () => {
      observer.disconnect();
      fonts?.removeEventListener?.('loadingdone', relayout);
    };
  }, []);

  const texts = useMemo(
    () =>
      env.segments.map((segment, i) =>
        env.map.text.slice(env.unitStarts[i], env.map.toUnit(Math.min(segment.end, env.map.length))),
      ),
    [env],
  );

  function showBar(bar: HTMLElement) {
    const rect = bar.getBoundingClientRect();
    env.active.set({ codingId: bar.dataset.bar ?? '', top: rect.top, left: rect.right });
  }

  function onMouseOver(event: MouseEvent) {
    const bar = barOf(event.target);
    if (bar) showBar(bar);
  }

  function onMouseOut(event: MouseEvent) {
    const bar = barOf(event.target);
    if (!bar || barOf(event.relatedTarget) === bar) return;
    const focused = barOf(document.activeElement);
    if (focused && rootRef.current?.contains(focused)) showBar(focused);
    else env.active.set(null);
  }

  function onFocus(event: FocusEvent) {
    const bar = barOf(event.target);
    if (bar?.tagName === 'BUTTON') {
      showBar(bar);
      actions.focusBar(bar.dataset.bar ?? '');
      return;
    }
    const text = textOfTarget(event.target);
    if (!text) return;
    const index = Number(text.dataset.seg);
    setTextStop(index);
    // Reached by keyboard: the whole turn is the passage to code, until text is selected.
    let keyboard = false;
    try {
      keyboard = text.matches(':focus-visible');
    } catch {
      keyboard = false;
    }
    if (keyboard) {
      // An old mouse selection elsewhere would contradict the turn the keyboard is on.
      document.getSelection()?.removeAllRanges();
      const segment = env.segments[index];
      env.selection.set({ start: segment.start, end: segment.end, turn: index });
    }
  }

  function onBlur(event: FocusEvent) {
    if (barOf(event.target) && !barOf(event.relatedTarget)) env.active.set(null);
  }

  function onClick(event: MouseEvent) {
    const bar = barOf(event.target);
    if (!bar) return;
    const id = bar.dataset.bar ?? '';
    actions.selectCoding(id);
    if (bar.tagName !== 'BUTTON') focusBar(id);
  }

  function focusBar(id: string | undefined) {
    if (!id) return;
    const bar = rootRef.current?.querySelector<HTMLElement>(`button[data-bar="${CSS.escape(id)}"]`);
    bar?.focus();
    bar?.scrollIntoView({ block: 'nearest' });
  }

  function focusText(index: number) {
    const clamped = Math.max(0, Math.min(env.segments.length - 1, index));
    setTextStop(clamped);
    const text = env.textOf(clamped);
    text?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const bar = barOf(event.target);
    if (bar && bar.tagName === 'BUTTON') {
      const id = bar.dataset.bar ?? '';
      const at = barOrder.indexOf(id);
      const move: Record<string, number> = {
        ArrowDown: at + 1,
        ArrowUp: at - 1,
        Home: 0,
        End: barOrder.length - 1,
      };
      if (event.key in move) {
        event.preventDefault();
        focusBar(barOrder[Math.max(0, Math.min(barOrder.length - 1, move[event.key]))]);
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        actions.removeCoding(id);
      } else if (event.key === 'm' || event.key === 'M') {
        event.preventDefault();
        actions.memoCoding(id);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        env.active.set(null);
        const row = bar.closest('.cw-row')?.querySelector<HTMLElement>(`[${TEXT_ATTR}]`);
        if (row) focusText(Number(row.dataset.seg));
      }
      return;
    }
    const text = textOfTarget(event.target);
    if (!text || event.target !== text) return;
    const index = Number(text.dataset.seg);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusText(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      actions.applyChecked();
    }
  }

  return (
    <section
      ref={rootRef}
      className="cw-transcript"
      aria-label={label}
      onMouseOver={onMouseOver}
      onMouseOut={onMouseOut}
      onFocus={onFocus}
      onBlur={onBlur}
      onClick={onClick}
      onKeyDown={onKeyDown}
      data-cw-root=""
    >
      {env.segments.map((segment, i) => {
        const pieces = layout.bySegment[i];
        const current = currentBar && pieces.some((p) => p.first && p.item.id === currentBar) ? currentBar : null;
        return (
          <SegmentRow
            key={segment.ordinal}
            segment={segment}
            index={i}
            text={texts[i]}
            unitStart={env.unitStarts[i]}
            marks={marks.get(i) ?? NO_MARKS}
            pieces={pieces}
            lanes={Math.max(layout.lanes, MIN_LANES)}
            groups={layout.groups}
            currentBar={current}
            tabbable={i === textStop}
            layoutKey={layoutKey}
          />
        );
      })}
    </section>
  );
}
