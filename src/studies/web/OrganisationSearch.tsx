import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { clientValidationError, fieldError } from '../../web/ui/errors';
import { moveActive } from './listNavigation';
import { type DirectoryEntry, useDirectory } from './studies.api';

const DEBOUNCE_MS = 250;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

/**
 * "Invitér organisation": a combobox over the directory of public employers (WAI-ARIA combobox with a list box).
 * Typing searches by name; Down/Up move through the matches, Enter picks one, Escape closes the list; the choice is
 * invited with the button (or Enter once picked).
 */
export function OrganisationSearch({
  excluded,
  onInvite,
  pending,
  error,
}: {
  /** Organisations already invited or taking part; they are not offered again. */
  excluded: ReadonlySet<string>;
  onInvite: (organisation: DirectoryEntry) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('studies');
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<DirectoryEntry | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const query = useDebounced(text.trim());
  const directory = useDirectory(query, open);
  const options = (directory.data ?? []).filter((o) => !excluded.has(o.id));
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(option: DirectoryEntry) {
    setChosen(option);
    setText(option.name);
    setOpen(false);
    setActive(-1);
    setClientError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const key = event.key;
      if (!open) setOpen(true);
      setActive((current) => moveActive(current, options.length, key));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        setText('');
        setChosen(null);
      }
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(t('organisations.chooseFirst'), {
      organisation: chosen ? undefined : t('organisations.chooseFirst'),
    });
    setClientError(invalid);
    if (chosen) onInvite(chosen);
  }

  const shownError = clientError ?? error;
  const fieldMessage = fieldError(shownError, 'organisation');
  const status = !open
    ? ''
    : directory.isPending
      ? t('organisations.searching')
      : options.length === 0
        ? t('organisations.noMatches')
        : t('organisations.matches', { count: options.length });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="study-invite">
      <h3 id={`${id}-heading`}>{t('organisations.inviteHeading')}</h3>
      <ErrorSummary error={shownError} fields={{ organisation: inputId }} />
      <div className={`form-group study-combobox${fieldMessage ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={inputId}>
          {t('organisations.search')}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t('organisations.searchHint')}
        </span>
        {fieldMessage ? (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">{t('shell:errors.fieldPrefix')} </span>
            {fieldMessage}
          </span>
        ) : null}
        <input
          id={inputId}
          type="text"
          className="form-input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 && options[active] ? optionId(active) : undefined}
          aria-describedby={[`${id}-hint`, fieldMessage ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={fieldMessage ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setChosen(null);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ul/li with listbox roles is the WAI-ARIA combobox pattern
          role="listbox"
          aria-label={t('organisations.listLabel')}
          className="study-listbox"
          hidden={!open || options.length === 0}
        >
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the text box (aria-activedescendant)
            // biome-ignore lint/a11y/useFocusableInteractive: options are not focused; the text box points at the active one
            <li
              key={option.id}
              id={optionId(index)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: options of the combobox's list box
              role="option"
              aria-selected={index === active}
              className={index === active ? 'study-option study-option-active' : 'study-option'}
              // Keep focus in the text box: a click would otherwise blur it and close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.name}
              <span className="study-option-kind">{t(`shell:organisationKinds.${option.kind}`)}</span>
            </li>
          ))}
        </ul>
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {chosen ? t('organisations.inviteNamed', { name: chosen.name }) : t('organisations.invite')}
      </button>
    </form>
  );
}
