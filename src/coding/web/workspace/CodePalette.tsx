import { type KeyboardEvent, type MutableRefObject, memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterRows, type PaletteRow } from './codePalette.js';
import { excerpt, useEnv } from './env.js';
import { useStore } from './store.js';
import type { Code } from './workspace.api.js';

/** Keeps focus (and the text selection) where it is when a palette button is pressed with the mouse. */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

function SelectionStatus() {
  const { t } = useTranslation('codingWorkspace');
  const env = useEnv();
  const selection = useStore(env.selection);
  return (
    <p className="cw-selection-status" data-testid="cw-selection-status">
      {selection === null
        ? t('palette.noSelection')
        : selection.turn !== null
          ? t('palette.turnSelected', { n: env.segments[selection.turn].ordinal + 1 })
          : t('palette.textSelected', { text: excerpt(env.map, selection, 60) })}
    </p>
  );
}

/**
 * The codebook as a list to code with: search, a colour chip and the digit shortcut beside each code. Pressing a
 * code applies it to the selected passage; ticking several and pressing "Anvend" (or Enter) applies them together.
 */
export const CodePalette = memo(function CodePalette({
  rows,
  digits,
  checkedRef,
  onApply,
}: {
  rows: PaletteRow<Code>[];
  digits: ReadonlyMap<string, string>;
  /** Mirrors the ticked codes, for Enter on a turn in the transcript. */
  checkedRef: MutableRefObject<string[]>;
  onApply: (codeIds: string[]) => void;
}) {
  const { t } = useTranslation('codingWorkspace');
  const id = useId();
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  checkedRef.current = checked;
  const shown = useMemo(() => filterRows(rows, query), [rows, query]);

  function toggle(codeId: string, on: boolean) {
    setChecked((list) => (on ? [...list, codeId] : list.filter((c) => c !== codeId)));
  }

  function applyChecked() {
    if (checked.length) onApply(checked);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      applyChecked();
    }
  }

  return (
    <section className="cw-palette" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h4 cw-panel-heading">
        {t('palette.heading')}
      </h2>
      <SelectionStatus />
      <div className="form-group cw-palette-search">
        <label className="form-label" htmlFor={`${id}-search`}>
          {t('palette.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="form-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </div>
      {rows.length === 0 ? (
        <p>{t('palette.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('palette.noMatch')}</p>
      ) : (
        <ul className="nobullet-list cw-codes" aria-label={t('palette.listLabel')}>
          {shown.map(({ code, depth }) => {
            const digit = digits.get(code.id);
            const boxId = `${id}-check-${code.id}`;
            return (
              <li key={code.id} className="cw-code" style={{ paddingLeft: `${depth * 1.6}rem` }}>
                <input
                  id={boxId}
                  type="checkbox"
                  className="cw-code-check"
                  checked={checked.includes(code.id)}
                  onChange={(event) => toggle(code.id, event.target.checked)}
                  onKeyDown={onKeyDown}
                  aria-label={t('palette.choose', { code: code.name })}
                />
                <button
                  type="button"
                  className="cw-code-apply"
                  onMouseDown={keepFocus}
                  onClick={() => onApply([code.id])}
                  aria-keyshortcuts={digit}
                  aria-label={
                    digit
                      ? t('palette.applyWithKey', { code: code.name, key: digit })
                      : t('palette.apply', { code: code.name })
                  }
                >
                  <span className="cw-chip" style={{ backgroundColor: code.colour }} aria-hidden="true" />
                  <span className="cw-code-name">{code.name}</span>
                  {digit ? <kbd className="cw-key">{digit}</kbd> : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="cw-palette-actions">
        <button
          type="button"
          className="button button-primary"
          onMouseDown={keepFocus}
          onClick={applyChecked}
          disabled={checked.length === 0}
        >
          {t('palette.applyChecked', { count: checked.length })}
        </button>
        {checked.length ? (
          <button type="button" className="button button-tertiary" onClick={() => setChecked([])}>
            {t('palette.clear')}
          </button>
        ) : null}
      </div>
      <p className="cw-hint">{t('palette.hint')}</p>
    </section>
  );
});
