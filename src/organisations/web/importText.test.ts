import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import da from '../../web/locales/da.json';
import { unitKeyOf } from '../orgchart-units.model';
import { changeText, unitKeyLabel } from './importText';
import type { Translate } from './problemText';

const instance = i18next.createInstance();
await instance.init({
  resources: { da },
  lng: 'da',
  ns: Object.keys(da),
  defaultNS: 'organisations',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = instance.t.bind(instance) as unknown as Translate;

describe('unitKeyLabel', () => {
  it('reads a unit key back as its path, names with slashes included', () => {
    expect(unitKeyLabel(unitKeyOf(['Børn og Unge', 'Skoler', 'Vestskolen']))).toBe(
      'Børn og Unge › Skoler › Vestskolen',
    );
    expect(unitKeyLabel(unitKeyOf(['Teknik/Miljø', 'Vej\\Park']))).toBe('Teknik/Miljø › Vej\\Park');
  });
});

describe('changeText', () => {
  it('names the field and shows old and new values, "(tom)" for missing ones', () => {
    expect(changeText({ field: 'jobTitle', from: 'Pædagog', to: 'Teamleder' }, t)).toBe(
      'Stilling: Pædagog → Teamleder',
    );
    expect(changeText({ field: 'email', from: null, to: 'a@b.dk' }, t)).toBe('E-mail: (tom) → a@b.dk');
    expect(changeText({ field: 'unitKey', from: 'A/B', to: 'A/C' }, t)).toBe('Enhed: A › B → A › C');
  });

  it('accepts the diff model’s before/after names too', () => {
    expect(changeText({ field: 'name', before: 'Ib', after: 'Ib Ørsted' } as never, t)).toBe('Navn: Ib → Ib Ørsted');
  });
});
