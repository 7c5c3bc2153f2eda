import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../web/ui/Icon';
import { addKeywords } from './keywords';

/**
 * Keywords as a list of DKFDS tags, each a button that removes it; new ones are typed in the field and added with
 * Enter, a comma or the button. Removing one says so to screen readers and keeps focus in the field.
 */
export function KeywordsField({
  id,
  label,
  lang,
  value,
  onChange,
}: {
  id: string;
  label: string;
  lang: 'da' | 'en';
  value: string[];
  onChange: (keywords: string[]) => void;
}) {
  const { t } = useTranslation('frameworks');
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  function add(text = typed) {
    const next = addKeywords(value, text);
    if (next.length !== value.length) {
      onChange(next);
      setStatus(t('keywords.added', { keywords: next.slice(value.length).join(', ') }));
    }
    setTyped('');
  }
  function remove(keyword: string) {
    onChange(value.filter((k) => k !== keyword));
    setStatus(t('keywords.removed', { keyword }));
    document.getElementById(id)?.focus();
  }
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('keywords.hint')}
      </span>
      {value.length > 0 ? (
        <ul className="fw-tags" aria-label={t('keywords.listLabel', { label })}>
          {value.map((keyword) => (
            <li key={keyword}>
              <button type="button" className="tag tag-icon" lang={lang} onClick={() => remove(keyword)}>
                {keyword}
                <span className="sr-only"> {t('keywords.remove')}</span>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="fw-search-row">
        <input
          id={id}
          className="form-input"
          lang={lang}
          value={typed}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(event) => {
            // A comma or semicolon ends a keyword, as in most tag fields.
            if (/[,;]$/.test(event.target.value)) add(event.target.value);
            else setTyped(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            } else if (event.key === 'Backspace' && typed === '' && value.length > 0) {
              remove(value[value.length - 1]);
            }
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => add()} disabled={!typed.trim()}>
          {t('keywords.add')}
        </button>
      </div>
      <span id={`${id}-status`} role="status" className="sr-only">
        {status}
      </span>
    </div>
  );
}
