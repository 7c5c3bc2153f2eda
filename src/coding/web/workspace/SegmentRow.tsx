import { Fragment, memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnv } from './env.js';
import { MarginCell } from './MarginCell.js';
import type { BarPiece, LaneGroup } from './marginLanes.js';
import { TEXT_ATTR } from './selectionOffsets.js';
import { type MarkSpan, ownLabelLength, textPieces } from './textPieces.js';
import type { Coding, Segment } from './workspace.api.js';

const formatTime = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** A turn's text, rendered once: codings never render it again; only its suggestions or tab stop do. */
const SegmentText = memo(function SegmentText({
  index,
  text,
  unitStart,
  marks,
  labelLength,
  tabbable,
  label,
}: {
  index: number;
  text: string;
  unitStart: number;
  marks: MarkSpan[];
  /** Code units of a speaker label the text itself begins with ("I: "), shown bold. */
  labelLength: number;
  tabbable: boolean;
  label: string;
}) {
  const pieces = useMemo(
    () => textPieces(text, labelLength ? [{ id: SPEAKER, from: 0, to: labelLength }, ...marks] : marks),
    [text, marks, labelLength],
  );
  return (
    // A turn is a named group that takes focus (the keyboard's way to code a whole turn); a fieldset would not fit.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      {...{ [TEXT_ATTR]: '' }}
      data-u={unitStart}
      data-seg={index}
      className="cw-text"
      role="group"
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
    >
      {pieces.map((piece, i) => {
        const suggestions = piece.marks.filter((id) => id !== SPEAKER);
        const content = suggestions.length ? (
          <mark className="cw-suggestion" data-suggestions={suggestions.join(' ')}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        );
        // Pieces have no identity beyond their order within this text.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        if (piece.marks.includes(SPEAKER)) return <strong key={i}>{content}</strong>;
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        return <Fragment key={i}>{content}</Fragment>;
      })}
    </div>
  );
});

const SPEAKER = '\u0000speaker';

/** One speaker turn: its margin of bars and its text, side by side. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  index,
  text,
  unitStart,
  marks,
  pieces,
  lanes,
  groups,
  currentBar,
  tabbable,
  layoutKey,
}: {
  segment: Segment;
  index: number;
  text: string;
  unitStart: number;
  marks: MarkSpan[];
  pieces: BarPiece<Coding>[];
  lanes: number;
  groups: LaneGroup[];
  currentBar: string | null;
  tabbable: boolean;
  layoutKey: number;
}) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => (ref.current ? env.observe(ref.current, () => setNear(true)) : undefined), [env]);
  const speaker = segment.speaker ?? (segment.role ? t(`roles.${segment.role}`) : null);
  // A label the text carries itself is shown there, in bold, and not again above it.
  const labelLength = ownLabelLength(text, segment.speaker);
  const label = speaker
    ? t('text.turnLabel', { n: segment.ordinal + 1, speaker })
    : t('text.turnLabelPlain', { n: segment.ordinal + 1 });
  return (
    <div ref={ref} className={`cw-row${segment.role ? ` cw-role-${segment.role}` : ''}`}>
      <MarginCell
        pieces={pieces}
        lanes={lanes}
        groups={groups}
        current={currentBar}
        near={near}
        layoutKey={layoutKey}
      />
      <div className="cw-turn">
        {(speaker && !labelLength) || segment.startMs !== null ? (
          <div className="cw-speaker" aria-hidden="true">
            {speaker && !labelLength ? <strong>{speaker}</strong> : null}
            {segment.startMs !== null ? <span className="cw-time">{formatTime(segment.startMs)}</span> : null}
          </div>
        ) : null}
        <SegmentText
          index={index}
          text={text}
          unitStart={unitStart}
          marks={marks}
          labelLength={labelLength}
          tabbable={tabbable}
          label={label}
        />
      </div>
    </div>
  );
});
