/** Small text helpers for the import preview. */
import type { FieldChange } from './organisations.api';
import { fieldLabel, type Translate } from './problemText';

/** A unit key (`Forvaltning/Skoler/Vestskolen`, `/` inside a name escaped as `\/`) as "Forvaltning › Skoler › …". */
export function unitKeyLabel(key: string): string {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === '\\' && i + 1 < key.length) {
      current += key[i + 1];
      i++;
    } else if (ch === '/') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter(Boolean).join(' › ');
}

type LooseChange = FieldChange & { before?: string | null; after?: string | null };

/** "Stilling: Pædagog → Teamleder"; a missing value reads "(tom)". */
export function changeText(change: LooseChange, t: Translate): string {
  const label = change.field === 'unitKey' ? t('organisations:fields.unit') : fieldLabel(change.field, t);
  const show = (value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return t('organisations:preview.emptyValue');
    return change.field === 'unitKey' ? unitKeyLabel(value) : value;
  };
  const from = change.from !== undefined ? change.from : change.before;
  const to = change.to !== undefined ? change.to : change.after;
  return t('organisations:preview.change', { field: label, from: show(from), to: show(to) });
}
