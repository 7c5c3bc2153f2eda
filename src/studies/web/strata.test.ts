import { describe, expect, it } from 'vitest';
import { stratumKey } from '../sampling.model';
import {
  areaNameIndex,
  areaText,
  bandText,
  parseTarget,
  participantArea,
  strataTotals,
  stratumName,
  type Translate,
  targetProblems,
  targetsChanged,
  targetsPayload,
} from './strata';
import type { ParticipantRow, StratumRow } from './studies.api';

const labels: Record<string, string> = {
  'studies:bands.new': 'Ny leder (under 2 år)',
  'studies:bands.experienced': 'Erfaren leder',
  'studies:bands.unknown': 'Ukendt',
  'studies:bands.all': 'Alle',
  'studies:sampling.allAreas': 'Alle områder',
  'studies:sampling.noArea': 'Uden område',
};
const t: Translate = (key) => labels[key] ?? `?${key}`;

function stratum(
  parts: { orgId?: string; area?: string | null; band?: 'new' | 'experienced' | 'unknown' },
  extra = {},
) {
  const orgId = parts.orgId ?? 'org-1';
  return {
    key: stratumKey({ orgId, area: parts.area, band: parts.band }),
    orgId,
    orgName: 'Viborg Kommune',
    area: parts.area ?? null,
    areaName: parts.area ? `Navn på ${parts.area}` : null,
    band: parts.band ?? null,
    size: 10,
    target: 0,
    drawn: 0,
    declined: 0,
    ...extra,
  } satisfies StratumRow;
}

describe('stratum wording', () => {
  it('names a stratum by organisation, area and tenure band in Danish', () => {
    expect(stratumName(stratum({ area: 'teknik', band: 'new' }), t)).toBe(
      'Viborg Kommune, Navn på teknik, Ny leder (under 2 år)',
    );
    expect(bandText('experienced', t)).toBe('Erfaren leder');
    expect(bandText('unknown', t)).toBe('Ukendt');
  });

  it('tells "not split by area" apart from "no area recorded" by the key', () => {
    expect(areaText(stratum({ band: 'new' }), t)).toBe('Alle områder');
    expect(areaText(stratum({ area: null, band: 'new' }), t)).toBe('Uden område');
    expect(bandText(null, t)).toBe('Alle');
  });

  it('falls back to the area key when the name is missing', () => {
    expect(areaText({ ...stratum({ area: 'skole' }), areaName: null }, t)).toBe('skole');
  });
});

describe('targets', () => {
  it('reads whole numbers from 0, treats an empty field as 0 and refuses the rest', () => {
    expect(parseTarget(' 12 ')).toBe(12);
    expect(parseTarget('')).toBe(0);
    for (const bad of ['-1', '1.5', '2,0', 'tre', '1e3']) expect(parseTarget(bad)).toBeNull();
  });

  it('reports targets that are not numbers or exceed the stratum', () => {
    const a = stratum({ area: 'a' });
    const b = stratum({ area: 'b' });
    const c = stratum({ area: 'c' });
    const problems = targetProblems([a, b, c], { [a.key]: 'x', [b.key]: '11', [c.key]: '10' });
    expect(Object.fromEntries([...problems].map(([k, v]) => [k === a.key ? 'a' : k === b.key ? 'b' : 'c', v]))).toEqual(
      { a: 'invalid', b: 'tooLarge' },
    );
  });

  it('sums typed targets where valid and saved ones elsewhere', () => {
    const a = stratum({ area: 'a' }, { target: 3, drawn: 3, declined: 1, size: 8 });
    const b = stratum({ area: 'b' }, { target: 2, drawn: 1, size: 5 });
    expect(strataTotals([a, b])).toEqual({ size: 13, target: 5, drawn: 4, declined: 1 });
    expect(strataTotals([a, b], { [a.key]: '6', [b.key]: 'nonsense' })).toEqual({
      size: 13,
      target: 8,
      drawn: 4,
      declined: 1,
    });
    expect(targetsPayload([a, b], { [a.key]: '6' })).toEqual([
      { key: a.key, target: 6 },
      { key: b.key, target: 2 },
    ]);
  });

  it('sees a change only where a typed target differs from the saved one', () => {
    const a = stratum({ area: 'a' }, { target: 3 });
    expect(targetsChanged([a], {})).toBe(false);
    expect(targetsChanged([a], { [a.key]: '3' })).toBe(false);
    expect(targetsChanged([a], { [a.key]: '4' })).toBe(true);
    expect(targetsChanged([a], { [a.key]: 'x' })).toBe(true);
  });
});

describe('participant areas', () => {
  const participant = (over: Partial<ParticipantRow>): ParticipantRow => ({
    id: 'p1',
    pseudonym: 'L-0001',
    name: null,
    orgId: 'org-1',
    orgName: 'Viborg Kommune',
    area: 'teknik',
    band: 'new',
    status: 'drawn',
    drawOrder: 1,
    replacesId: null,
    invitedAt: null,
    consentAt: null,
    ...over,
  });

  it('names the area from the strata of the same organisation', () => {
    const index = areaNameIndex([stratum({ area: 'teknik', band: 'new' }), stratum({ orgId: 'org-2', area: 'skole' })]);
    expect(participantArea(participant({}), index)).toBe('Navn på teknik');
    expect(participantArea(participant({ orgId: 'org-2' }), index)).toBe('teknik');
    expect(participantArea(participant({ area: null }), index)).toBe('–');
    expect(participantArea(participant({ areaName: 'Fra API' }), index)).toBe('Fra API');
  });
});
