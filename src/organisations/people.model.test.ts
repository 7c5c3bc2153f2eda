import { describe, expect, it } from 'vitest';
import {
  copenhagenToday,
  exportProgress,
  filterDetails,
  isCountedLeader,
  leaderStatusOf,
  personExportCells,
  searchPattern,
} from './people.model.js';

describe('leader status', () => {
  it("lets HR's decision win over the suggestion", () => {
    expect(leaderStatusOf('first_line', null)).toBe('suggested');
    expect(leaderStatusOf('first_line', 'rejected')).toBe('rejected');
    expect(leaderStatusOf(null, 'confirmed')).toBe('confirmed');
    expect(leaderStatusOf(null, null)).toBeNull();
  });

  it('counts confirmed leaders and unrejected suggestions', () => {
    expect(isCountedLeader('first_line', null)).toBe(true);
    expect(isCountedLeader(null, 'confirmed')).toBe(true);
    expect(isCountedLeader('first_line', 'rejected')).toBe(false);
    expect(isCountedLeader(null, null)).toBe(false);
  });
});

describe('searchPattern', () => {
  it('lower-cases, composes (NFC) and collapses spaces', () => {
    expect(searchPattern('  ÅSE   Berg ')).toBe('%åse berg%');
    expect(searchPattern('A\u030Ase')).toBe('%åse%');
  });

  it('takes LIKE wildcards literally and gives null for an empty search', () => {
    expect(searchPattern('50%_x\\')).toBe('%50\\%\\_x\\\\%');
    expect(searchPattern('   ')).toBeNull();
    expect(searchPattern(undefined)).toBeNull();
  });
});

describe('copenhagenToday', () => {
  it('is the Danish calendar day, not the UTC one', () => {
    expect(copenhagenToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(copenhagenToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

describe('export helpers', () => {
  it('never reports 100 % before the file is stored', () => {
    expect(exportProgress(0, 10)).toBe(0);
    expect(exportProgress(10, 10)).toBe(95);
    expect(exportProgress(0, 0)).toBe(95);
  });

  it('writes every cell as text with translated labels', () => {
    const cells = personExportCells(
      {
        pseudonym: 'L-0417',
        employeeId: '7',
        name: 'Åse',
        email: null,
        jobTitle: null,
        unitName: 'Skoler',
        areaName: null,
        leaderStatus: 'confirmed',
        leaderSince: '2020-01-01',
        tenureYears: 6,
        status: 'active',
      },
      (key) => `[${key}]`,
    );
    expect(cells).toEqual([
      'L-0417',
      '7',
      'Åse',
      '',
      '',
      'Skoler',
      '',
      '[leader_status.confirmed]',
      '2020-01-01',
      '6',
      '[status.active]',
    ]);
  });

  it('keeps only the filled filter fields in audit details', () => {
    expect(filterDetails({ q: 'x', unitId: undefined, leader: 'none', status: 'active' })).toEqual({
      q: 'x',
      leader: 'none',
      status: 'active',
    });
  });
});
