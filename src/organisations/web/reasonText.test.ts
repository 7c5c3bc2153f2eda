import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import da from '../../web/locales/da.json';
import en from '../../web/locales/en.json';
import { detectFirstLineLeaders, type LeaderReason } from '../leaders.model';
import type { Translate } from './problemText';
import { reasonText, reasonTexts } from './reasonText';

async function translator(lng: 'da' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { da, en },
    lng,
    ns: Object.keys(da),
    defaultNS: 'organisations',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t.bind(instance) as unknown as Translate;
}

const t = await translator('da');
const tEn = await translator('en');

describe('reasonText', () => {
  it('explains each reason in plain Danish, with its params', () => {
    expect(reasonText({ code: 'has_reports', params: { count: 7 } }, t)).toBe('7 medarbejdere refererer til personen');
    expect(reasonText({ code: 'has_reports', params: { count: 1 } }, t)).toBe('1 medarbejder refererer til personen');
    expect(reasonText({ code: 'no_report_leads' }, t)).toBe('Ingen af medarbejderne er selv ledere');
    expect(
      reasonText({ code: 'title_suggests_first_line', params: { title: 'Teamleder', keyword: 'teamleder' } }, t),
    ).toBe('Stillingsbetegnelsen »Teamleder« peger på førstelinjeleder');
  });

  it('has a Danish and an English text for every reason the detection gives', () => {
    const people = [
      { employeeId: '1', managerEmployeeId: null, jobTitle: 'Direktør' },
      { employeeId: '2', managerEmployeeId: '1', jobTitle: 'Teamleder' },
      { employeeId: '3', managerEmployeeId: '2', jobTitle: 'Pædagog' },
      { employeeId: '4', managerEmployeeId: '1', jobTitle: '' },
      { employeeId: '5', managerEmployeeId: '4', jobTitle: 'Pædagog' },
      { employeeId: '6', managerEmployeeId: '1', jobTitle: 'Centerchef' },
      { employeeId: '7', managerEmployeeId: '6', jobTitle: null },
      { employeeId: '8', managerEmployeeId: '1', jobTitle: 'Leder' },
      { employeeId: '9', managerEmployeeId: '8', jobTitle: null },
      { employeeId: '10', managerEmployeeId: '8', jobTitle: null },
      { employeeId: '11', managerEmployeeId: '1', jobTitle: 'Sygeplejerske med ledelsesansvar' },
    ];
    const reasons: LeaderReason[] = detectFirstLineLeaders(people).flatMap((s) => s.reasons);
    const codes = new Set(reasons.map((r) => r.code));
    // The fixture exercises every reason kind except "single_report" alone, which "has_reports" with 1 covers.
    expect(codes.size).toBeGreaterThanOrEqual(8);
    for (const reason of reasons) {
      for (const translate of [t, tEn]) {
        const text = reasonText(reason, translate);
        expect(text).not.toMatch(/{{|}}|Anden begrundelse|Other reason/);
      }
    }
  });

  it('gives a readable fallback for an unknown code and drops repeated reasons', () => {
    expect(reasonText({ code: 'new_rule' }, t)).toBe('Anden begrundelse (new_rule)');
    expect(reasonTexts([{ code: 'no_report_leads' }, { code: 'no_report_leads' }], t)).toEqual([
      'Ingen af medarbejderne er selv ledere',
    ]);
    expect(reasonTexts(null, t)).toEqual([]);
  });
});
