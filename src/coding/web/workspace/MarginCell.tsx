import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { excerpt, useEnv } from './env.js';
import type { BarPiece, LaneGroup } from './marginLanes.js';
import { locate, TEXT_ATTR } from './selectionOffsets.js';
import type { Coding } from './workspace.api.js';

/** Width of one lane of bars in CSS pixels (a 6 px bar and a 3 px gap). */
export const LANE_WIDTH = 9;

/**
 * The margin is never narrower than this many lanes, so a coding that adds a lane (rare beyond this) does not
 * narrow the text, re-wrap every line and move every bar.
 */
export const MIN_LANES = 8;

// Measuring is batched: every cell that needs it in one commit reads all its rectangles first, then all cells write
// their bars' positions. Interleaving reads and writes would force a layout of the page per bar.
type Measure = () => () => void;
const pending = new Set<Measure>();

function flush() {
  const jobs = [...pending];
  pending.clear();
  const writes = jobs.map((read) => read());
  for (const write of writes) write();
}

function scheduleMeasure(job: Measure) {
  if (pending.size === 0) queueMicrotask(flush);
  pending.add(job);
}

/**
 * One turn's part of the margin: a bar per coding that covers the turn, in its lane, from the first to the last line
 * of the coded words. Bars are placed by measuring the text (Range rectangles) once the turn comes near the
 * viewport, and only then; positions are written to the bars' style directly, so measuring never renders.
 * The piece where a coding begins is a button (the tab stop and the keyboard's handle); further pieces of a coding
 * that runs over several turns are drawn for the eye only.
 */
export const MarginCell = memo(function MarginCell({
  pieces,
  lanes,
  groups,
  current,
  near,
  layoutKey,
}: {
  pieces: BarPiece<Coding>[];
  lanes: number;
  groups: LaneGroup[];
  /** The coding that has the margin's tab stop, when it begins in this turn. */
  current: string | null;
  near: boolean;
  /** Changes when lines may wrap anew (a new width, web fonts loaded): the bars are measured again. */
  layoutKey: number;
}) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const ref = useRef<HTMLDivElement>(null);

  // `pieces` is read from the DOM (the bars it rendered), so it is a dependency the linter cannot see.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useLayoutEffect(() => {
    const margin = ref.current;
    const text = margin?.parentElement?.querySelector<HTMLElement>(`[${TEXT_ATTR}]`);
    if (!near || !margin || !text || layoutKey < 0) return;
    const measure: Measure = () => {
      if (!margin.isConnected) return () => {};
      const base = Number(text.getAttribute('data-u'));
      const top = margin.getBoundingClientRect().top;
      const range = document.createRange();
      const bars = [...margin.querySelectorAll<HTMLElement>('[data-from]')];
      const rects = bars.map((bar) => {
        const from = locate(text, env.map.toUnit(Number(bar.dataset.from)) - base);
        const to = locate(text, env.map.toUnit(Number(bar.dataset.to)) - base);
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        const rect = range.getBoundingClientRect();
        return { top: rect.top - top, height: Math.max(rect.height, 4) };
      });
      return () =>
        bars.forEach((bar, i) => {
          bar.style.top = `${rects[i].top}px`;
          bar.style.height = `${rects[i].height}px`;
          bar.classList.add('cw-placed');
        });
    };
    scheduleMeasure(measure);
    return () => {
      pending.delete(measure);
    };
  }, [pieces, near, layoutKey, env]);

  return (
    <div className="cw-margin" ref={ref} style={{ width: Math.max(lanes, MIN_LANES) * LANE_WIDTH + 4 }}>
      {groups.slice(1).map((group) => (
        <span key={group.key} className="cw-lane-divider" style={{ left: group.firstLane * LANE_WIDTH - 2 }} />
      ))}
      {pieces.map((piece) => {
        const coding = piece.item;
        const code = env.codeById.get(coding.codeId);
        const style = { left: piece.lane * LANE_WIDTH, backgroundColor: code?.colour ?? '#545454' };
        const common = {
          'data-bar': coding.id,
          'data-from': piece.from,
          'data-to': piece.to,
          style,
        };
        if (!piece.first) return <span key={coding.id} className="cw-bar cw-bar-more" aria-hidden="true" {...common} />;
        const mine = env.isMine(coding);
        return (
          <button
            key={coding.id}
            type="button"
            className={`cw-bar${coding.origin === 'machine' ? ' cw-bar-machine' : ''}${current === coding.id ? ' cw-bar-current' : ''}`}
            tabIndex={current === coding.id ? 0 : -1}
            aria-label={t(mine ? 'bar.labelMine' : 'bar.label', {
              code: code?.name ?? t('bar.unknownCode'),
              coder: env.coderName(coding.coderId),
              text: excerpt(env.map, coding, 60),
            })}
            aria-keyshortcuts={coding.coderId === null ? undefined : mine ? 'Delete M' : 'M'}
            {...common}
          />
        );
      })}
    </div>
  );
});
