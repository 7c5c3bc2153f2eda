import { useTranslation } from 'react-i18next';
import type { FrameworkItem } from '../frameworks.model';
import { pickText } from './FrameworkBits';
import type { KeyboardMove } from './treeMoves';

/**
 * Buttons for everything the tree's shortcuts do, acting on the selected item: adding, renaming, moving and
 * deleting are all reachable without knowing a single shortcut.
 */
export function EditorToolbar({
  selected,
  language,
  canMove,
  onAddTop,
  onAddChild,
  onAddSibling,
  onRename,
  onMove,
  onDelete,
}: {
  selected: FrameworkItem | undefined;
  language: string;
  canMove: (move: KeyboardMove) => boolean;
  onAddTop: () => void;
  onAddChild: () => void;
  onAddSibling: () => void;
  onRename: () => void;
  onMove: (move: KeyboardMove) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('frameworks');
  const title = selected ? pickText(language, selected.titleDa, selected.titleEn) : '';
  const moves: KeyboardMove[] = ['up', 'down', 'outdent', 'indent'];
  return (
    <fieldset className="fw-toolbar">
      <legend className="fw-toolbar-label">
        {selected ? t('toolbar.selected', { title }) : t('toolbar.noneSelected')}
      </legend>
      <div className="fw-toolbar-buttons">
        <button type="button" className="button button-secondary" onClick={onAddTop}>
          {t('toolbar.addTop')}
        </button>
        <button type="button" className="button button-secondary" disabled={!selected} onClick={onAddChild}>
          {t('toolbar.addChild')}
        </button>
        <button type="button" className="button button-secondary" disabled={!selected} onClick={onAddSibling}>
          {t('toolbar.addSibling')}
        </button>
        <button type="button" className="button button-secondary" disabled={!selected} onClick={onRename}>
          {t('toolbar.rename')}
        </button>
        {moves.map((move) => (
          <button
            key={move}
            type="button"
            className="button button-secondary"
            // aria-disabled rather than disabled: the button keeps focus after it moved the item to the end.
            aria-disabled={!selected || !canMove(move)}
            onClick={() => onMove(move)}
          >
            {t(`toolbar.move.${move}`)}
          </button>
        ))}
        <button type="button" className="button button-tertiary" disabled={!selected} onClick={onDelete}>
          {t('toolbar.delete')}
        </button>
      </div>
    </fieldset>
  );
}
