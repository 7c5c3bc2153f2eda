import { describe, expect, it } from 'vitest';
import { stratumKey } from '../../sampling.model';
import type { StratumRate } from './fieldwork.api';
import { areaLabel, bandKey, formatRate, rateTotals, responseRate } from './responseRates';

const row = (over: Partial<StratumRate>): StratumRate => ({
  stratumKey: stratumKey({ orgId: 'o1' }),
  orgId: 'o1',
  orgName: 'Viborg Kommune',
  area: null,
  band: null,
  drawn: 0,
  invited: 0,
  booked: 0,
  interviewed: 0,
  surveyed: 0,
  declined: 0,
  responseRate: null,
  ...over,
});

describe('response rates', () => {
  it('sums the strata and computes the total rate from the sums', () => {
    const rows = [
      row({ drawn: 4, invited: 4, booked: 1, interviewed: 1, surveyed: 1, declined: 1, responseRate: 0.5 }),
      row({ drawn: 6, invited: 2, booked: 0, interviewed: 0, surveyed: 0, declined: 0, responseRate: 0 }),
    ];
    const totals = rateTotals(rows);
    expect(totals).toEqual({
      drawn: 10,
      invited: 6,
      booked: 1,
      interviewed: 1,
      surveyed: 1,
      declined: 1,
      responseRate: 2 / 6,
    });
    // Not the mean of the strata's rates (0.25).
    expect(totals.responseRate).not.toBe(0.25);
    expect(rateTotals([]).responseRate).toBeNull();
    expect(responseRate({ invited: 0, interviewed: 0, surveyed: 0 })).toBeNull();
  });

  it('formats rates as percentages, with a dash before anyone is invited', () => {
    expect(formatRate(0.375, 'da')).toBe('37,5\u00a0%');
    expect(formatRate(0.375, 'en')).toBe('37.5%');
    expect(formatRate(1, 'da')).toBe('100\u00a0%');
    expect(formatRate(0, 'da')).toBe('0\u00a0%');
    expect(formatRate(2 / 6, 'da')).toBe('33,3\u00a0%');
    expect(formatRate(null, 'da')).toBe('–');
  });

  it('names tenure bands and areas', () => {
    expect(bandKey('new')).toBe('bands.new');
    expect(bandKey('experienced')).toBe('bands.experienced');
    expect(bandKey('unknown')).toBe('bands.unknown');
    expect(bandKey(null)).toBe('bands.all');
    expect(bandKey('something')).toBeNull();

    const names = new Map([[stratumKey({ orgId: 'o1', area: 'teknik' }), 'Teknik og Miljø']]);
    expect(areaLabel({ stratumKey: stratumKey({ orgId: 'o1' }), area: null }, names)).toEqual({ kind: 'all' });
    expect(areaLabel({ stratumKey: stratumKey({ orgId: 'o1', area: null }), area: null }, names)).toEqual({
      kind: 'none',
    });
    expect(areaLabel({ stratumKey: stratumKey({ orgId: 'o1', area: 'teknik' }), area: 'teknik' }, names)).toEqual({
      kind: 'named',
      name: 'Teknik og Miljø',
    });
    expect(areaLabel({ stratumKey: stratumKey({ orgId: 'o1', area: 'skole' }), area: 'skole' }, names)).toEqual({
      kind: 'named',
      name: 'skole',
    });
  });
});
