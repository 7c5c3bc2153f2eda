import { memo, useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodingController } from './codingController.js';
import { useEnv, type WorkspaceEnv } from './env.js';
import { LANE_WIDTH } from './MarginCell.js';
import type { LaneGroup } from './marginLanes.js';
import type { UndoEntry } from './undoStack.js';
import { useUndoStack } from './useCodingController.js';
import type { Layer } from './workspace.api.js';

export const LAYERS: readonly Layer[] = ['me', 'all', 'consensus'];

/** "anvendelse af Økonomi – behov": what an undo or redo step did, for buttons and announcements. */
export function useDescribeStep(env: WorkspaceEnv) {
  const { t } = useTranslation('codingWorkspace');
  return useCallback(
    (entry: UndoEntry) => {
      const names = [...new Set(entry.codings.map((c) => env.codeById.get(c.codeId)?.name ?? '?'))].join(', ');
      return t(entry.kind === 'apply' ? 'undo.applyStep' : 'undo.removeStep', { codes: names });
    },
    [env, t],
  );
}

export const Toolbar = memo(function Toolbar({
  controller,
  layer,
  onLayer,
  groups,
  onUndo,
  onRedo,
}: {
  controller: CodingController;
  layer: Layer;
  onLayer: (layer: Layer) => void;
  groups: LaneGroup[];
  onUndo: () => void;
  onRedo: () => void;
}) {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const id = useId();
  const stack = useUndoStack(controller);
  const stepText = useDescribeStep(env);
  const lastDone = stack.past.at(-1);
  const lastUndone = stack.future.at(-1);
  return (
    <div className="cw-toolbar">
      <fieldset className="cw-layers">
        <legend className="form-label">{t('layers.legend')}</legend>
        <div className="cw-layer-options">
          {LAYERS.map((value) => (
            <div className="form-group-radio" key={value}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-${value}`}
                name={`${id}-layer`}
                value={value}
                checked={layer === value}
                onChange={() => onLayer(value)}
              />
              <label className="form-label" htmlFor={`${id}-${value}`}>
                {t(`layers.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="cw-undo">
        <button
          type="button"
          className="button button-secondary"
          onClick={onUndo}
          disabled={!lastDone}
          aria-keyshortcuts="Control+Z"
          title={lastDone ? t('undo.undoTitle', { step: stepText(lastDone) }) : undefined}
        >
          {t('undo.undo')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={onRedo}
          disabled={!lastUndone}
          aria-keyshortcuts="Control+Shift+Z"
          title={lastUndone ? t('undo.redoTitle', { step: stepText(lastUndone) }) : undefined}
        >
          {t('undo.redo')}
        </button>
      </div>
      {layer === 'all' && groups.length ? (
        <div className="cw-legend">
          <h2 className="h6 cw-legend-heading">{t('legend.heading')}</h2>
          <ul className="nobullet-list">
            {groups.map((group) => (
              <li key={group.key}>
                <span className="cw-legend-lanes" style={{ width: group.lanes * LANE_WIDTH }} aria-hidden="true" />
                {t('legend.item', {
                  coder: env.coderName(group.key),
                  from: group.firstLane + 1,
                  to: group.firstLane + group.lanes,
                  count: group.lanes,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});
