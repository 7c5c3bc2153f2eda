import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../frameworks.model';
import type { ProfileCompetency } from './frameworks.api';
import {
  draftsFromTargets,
  profileChartOption,
  profileGroups,
  scaleLabel,
  type TargetDraft,
  targetsFromDrafts,
} from './profileRows';

const competency = (identifier: string, code: string, titleDa: string, domainTitleDa: string): ProfileCompetency => ({
  identifier,
  code,
  titleDa,
  titleEn: `${titleDa} (en)`,
  domainTitleDa,
  domainTitleEn: `${domainTitleDa} (en)`,
});

const competencies = [
  competency('c1', '1.1', 'Budget', 'Økonomi'),
  competency('c2', '1.2', 'Regnskab', 'Økonomi'),
  competency('c3', '2.1', 'Politisk tæft', 'Politik'),
];

describe('scaleLabel', () => {
  it('names a level on the scale in the reader’s language', () => {
    expect(scaleLabel(DEFAULT_SCALE, 3, 'da')).toBe('Selvstændig');
    expect(scaleLabel(DEFAULT_SCALE, 3, 'en')).toBe('Independent');
    expect(scaleLabel(DEFAULT_SCALE, 9, 'da')).toBe('');
    expect(scaleLabel(DEFAULT_SCALE, null, 'da')).toBe('');
  });
});

describe('drafts and targets', () => {
  it('gives every competency a draft, with the saved target where there is one', () => {
    const drafts = draftsFromTargets(competencies, [
      { itemIdentifier: 'c2', level: 4, rationaleDa: 'Vigtigt', rationaleEn: 'Important' },
      { itemIdentifier: 'gone', level: 2, rationaleDa: '', rationaleEn: '' },
    ]);
    expect([...drafts.keys()]).toEqual(['c1', 'c2', 'c3']);
    expect(drafts.get('c1')).toEqual({ level: null, rationaleDa: '', rationaleEn: '' });
    expect(drafts.get('c2')).toEqual({ level: 4, rationaleDa: 'Vigtigt', rationaleEn: 'Important' });
  });

  it('sends only competencies with a level, in tree order, with trimmed rationales', () => {
    const drafts = new Map<string, TargetDraft>([
      ['c3', { level: 2, rationaleDa: ' Kræver dialog ', rationaleEn: '' }],
      ['c1', { level: 5, rationaleDa: '', rationaleEn: 'Key' }],
      ['c2', { level: null, rationaleDa: 'ignored', rationaleEn: '' }],
    ]);
    expect(targetsFromDrafts(competencies, drafts)).toEqual([
      { itemIdentifier: 'c1', level: 5, rationaleDa: '', rationaleEn: 'Key' },
      { itemIdentifier: 'c3', level: 2, rationaleDa: 'Kræver dialog', rationaleEn: '' },
    ]);
  });
});

describe('profileGroups', () => {
  it('groups consecutive competencies by domain with level labels', () => {
    const drafts = draftsFromTargets(competencies, [
      { itemIdentifier: 'c1', level: 2, rationaleDa: '', rationaleEn: '' },
    ]);
    const groups = profileGroups(competencies, drafts, DEFAULT_SCALE, 'da');
    expect(groups.map((g) => [g.domain, g.rows.map((r) => r.identifier)])).toEqual([
      ['Økonomi', ['c1', 'c2']],
      ['Politik', ['c3']],
    ]);
    expect(groups[0].rows[0]).toEqual({ identifier: 'c1', code: '1.1', title: 'Budget', level: 2, levelLabel: 'Øvet' });
    expect(groups[0].rows[1].levelLabel).toBe('');
    expect(profileGroups(competencies, drafts, DEFAULT_SCALE, 'en')[1].domain).toBe('Politik (en)');
  });
});

describe('profileChartOption', () => {
  it('draws one bar per competency along the scale, labelled with level and label', () => {
    const drafts = draftsFromTargets(competencies, [
      { itemIdentifier: 'c1', level: 2, rationaleDa: '', rationaleEn: '' },
      { itemIdentifier: 'c3', level: 5, rationaleDa: '', rationaleEn: '' },
    ]);
    const rows = profileGroups(competencies, drafts, DEFAULT_SCALE, 'da').flatMap((g) => g.rows);
    const option = profileChartOption(rows, DEFAULT_SCALE, 'da', 'Intet mål');
    expect(option.yAxis.data).toEqual(['1.1 Budget', '1.2 Regnskab', '2.1 Politisk tæft']);
    expect(option.series[0].data).toEqual([2, 0, 5]);
    expect(option.xAxis.max).toBe(5);
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.axisLabel.formatter(3)).toBe('3 Selvstændig');
    expect(option.xAxis.axisLabel.formatter(0)).toBe('0');
    const label = option.series[0].label.formatter;
    expect([0, 1, 2].map((dataIndex) => label({ dataIndex }))).toEqual(['2 Øvet', 'Intet mål', '5 Ekspert']);
  });
});
