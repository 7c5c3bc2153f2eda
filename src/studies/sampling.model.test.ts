import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  candidateStratumKey,
  checkTargets,
  drawReplacement,
  drawSample,
  parseStratumKey,
  proportionalTargets,
  reserveOrder,
  seededGenerator,
  stratify,
  stratumKey,
  tenureBand,
} from './sampling.model.js';

const person = (n: number, orgId: string, area: string | null, tenureYears: number | null): Candidate => ({
  personId: `p-${String(n).padStart(3, '0')}`,
  orgId,
  area,
  tenureYears,
});

/** 30 leaders in two organisations, areas and tenure mixed. */
const CANDIDATES: Candidate[] = Array.from({ length: 30 }, (_, i) =>
  person(i, i < 20 ? 'org-a' : 'org-b', i % 3 === 0 ? 'teknik' : i % 3 === 1 ? 'aeldre' : null, i % 4 === 0 ? 1 : 6),
);
const BOTH = { byArea: true, byTenure: true };
const ORG_ONLY = { byArea: false, byTenure: false };

const shuffledCopy = <T>(items: T[], seed: string) => {
  const next = seededGenerator(seed);
  return [...items]
    .map((item) => ({ item, sortKey: next() }))
    .sort((a, b) => a.sortKey - b.sortKey)
    .map((e) => e.item);
};

describe('tenureBand', () => {
  it('splits at two years and treats missing or impossible tenure as unknown', () => {
    expect([0, 1.99, 2, 15].map(tenureBand)).toEqual(['new', 'new', 'experienced', 'experienced']);
    expect([null, -1, Number.NaN].map(tenureBand)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('stratum keys', () => {
  it('round-trip and keep "no area" apart from "not split by area"', () => {
    const withNoArea = stratumKey({ orgId: 'o"1', area: null, band: 'new' });
    const unsplit = stratumKey({ orgId: 'o"1', band: 'new' });
    expect(withNoArea).not.toBe(unsplit);
    expect(parseStratumKey(withNoArea)).toEqual({ orgId: 'o"1', area: null, band: 'new' });
    expect(parseStratumKey(unsplit)).toEqual({ orgId: 'o"1', band: 'new' });
  });

  it('rejects anything that is not a canonical key', () => {
    for (const bad of ['', 'org-a', '[]', '{"orgId":1}', '{"band":"new","orgId":"a"}', '{"orgId":"a","band":"old"}']) {
      expect(parseStratumKey(bad)).toBeNull();
    }
    expect(parseStratumKey('{"orgId":"a","x":1}')).toBeNull();
  });
});

describe('stratify', () => {
  it('counts each person once per organisation, area and band, in a stable order', () => {
    const strata = stratify(CANDIDATES, BOTH);
    expect(strata.reduce((sum, s) => sum + s.size, 0)).toBe(30);
    expect(strata.map((s) => [s.orgId, s.area, s.band])).toEqual([
      ['org-a', 'aeldre', 'new'],
      ['org-a', 'aeldre', 'experienced'],
      ['org-a', 'teknik', 'new'],
      ['org-a', 'teknik', 'experienced'],
      ['org-a', null, 'new'],
      ['org-a', null, 'experienced'],
      ['org-b', 'aeldre', 'new'],
      ['org-b', 'aeldre', 'experienced'],
      ['org-b', 'teknik', 'new'],
      ['org-b', 'teknik', 'experienced'],
      ['org-b', null, 'new'],
      ['org-b', null, 'experienced'],
    ]);
    for (const s of strata) {
      expect(s.size).toBe(CANDIDATES.filter((c) => candidateStratumKey(c, BOTH) === s.key).length);
    }
    expect(stratify(shuffledCopy([...CANDIDATES, CANDIDATES[3]], 'x'), BOTH)).toEqual(strata);
  });

  it('leaves out the dimensions the study does not split by', () => {
    const strata = stratify(CANDIDATES, ORG_ONLY);
    expect(strata).toEqual([
      { key: stratumKey({ orgId: 'org-a' }), orgId: 'org-a', size: 20 },
      { key: stratumKey({ orgId: 'org-b' }), orgId: 'org-b', size: 10 },
    ]);
  });
});

describe('targets', () => {
  const strata = (...sizes: number[]) => sizes.map((size, i) => ({ key: `k${i}`, orgId: `o${i}`, size }));

  it('allocates by largest remainder, ties to the earlier stratum', () => {
    expect([...proportionalTargets(strata(5, 3, 2), 5).values()]).toEqual([3, 1, 1]);
    expect([...proportionalTargets(strata(1, 1, 1), 2).values()]).toEqual([1, 1, 0]);
    expect([...proportionalTargets(strata(4, 6), 100).values()]).toEqual([4, 6]);
  });

  it('sums to the total, stays within one of the exact share and never exceeds a stratum', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }), fc.nat(300), (sizes, total) => {
        const given = strata(...sizes);
        const population = sizes.reduce((a, b) => a + b, 0);
        const targets = given.map((s) => proportionalTargets(given, total).get(s.key) ?? 0);
        expect(targets.reduce((a, b) => a + b, 0)).toBe(Math.min(total, population));
        given.forEach((s, i) => {
          const exact = population === 0 ? 0 : (Math.min(total, population) * s.size) / population;
          expect(targets[i]).toBeLessThanOrEqual(s.size);
          expect(Math.abs(targets[i] - exact)).toBeLessThan(1);
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('caps explicit targets at the stratum size and reports unknown and invalid ones', () => {
    const checked = checkTargets(
      strata(4, 6, 2),
      new Map([
        ['k0', 9],
        ['k1', 2],
        ['k2', 1.5],
        ['gone', 3],
      ]),
    );
    expect([...checked.targets]).toEqual([
      ['k0', 4],
      ['k1', 2],
      ['k2', 0],
    ]);
    expect(checked.capped).toEqual([{ stratumKey: 'k0', requested: 9, available: 4 }]);
    expect(checked.unknownKeys).toEqual(['gone']);
    expect(checked.invalidKeys).toEqual(['k2']);
  });
});

describe('drawSample', () => {
  const strata = stratify(CANDIDATES, BOTH);
  const targets = proportionalTargets(strata, 12);

  it('gives the same sample for the same seed whatever the input order, another for another seed', () => {
    const first = drawSample(CANDIDATES, targets, 'seed-1', BOTH);
    expect(drawSample(shuffledCopy(CANDIDATES, 'order'), targets, 'seed-1', BOTH)).toEqual(first);
    const other = drawSample(CANDIDATES, targets, 'seed-2', BOTH);
    expect(other.map((d) => d.personId)).not.toEqual(first.map((d) => d.personId));
  });

  it('draws each stratum its target, from that stratum, without repeats', () => {
    const drawn = drawSample(CANDIDATES, targets, 'seed-1', BOTH);
    expect(new Set(drawn.map((d) => d.personId)).size).toBe(drawn.length);
    for (const s of strata) {
      const inStratum = drawn.filter((d) => d.stratumKey === s.key);
      expect(inStratum).toHaveLength(targets.get(s.key) as number);
      expect(inStratum.map((d) => d.drawOrder)).toEqual(inStratum.map((_, i) => i + 1));
      for (const d of inStratum) {
        const candidate = CANDIDATES.find((c) => c.personId === d.personId) as Candidate;
        expect(candidateStratumKey(candidate, BOTH)).toBe(s.key);
      }
    }
  });

  it('draws the whole stratum when the target is above its size', () => {
    const [a, b] = stratify(CANDIDATES, ORG_ONLY);
    const drawn = drawSample(CANDIDATES, new Map([[b.key, 50]]), 's', ORG_ONLY);
    expect(drawn.filter((d) => d.stratumKey === b.key)).toHaveLength(10);
    expect(drawn.filter((d) => d.stratumKey === a.key)).toHaveLength(0);
  });

  it("keeps one stratum's draw when another stratum's candidates change", () => {
    const [a] = stratify(CANDIDATES, ORG_ONLY);
    const before = drawSample(CANDIDATES, new Map([[a.key, 5]]), 's', ORG_ONLY);
    const more = [...CANDIDATES, person(100, 'org-b', null, 3), person(101, 'org-c', null, 1)];
    expect(drawSample(more, new Map([[a.key, 5]]), 's', ORG_ONLY)).toEqual(before);
  });

  it('keeps the same sample for a stored seed across releases', () => {
    // Studies store their seed; if this changes, old draws can no longer be re-checked. Only change it knowingly.
    const [a] = stratify(CANDIDATES, ORG_ONLY);
    const drawn = drawSample(CANDIDATES, new Map([[a.key, 4]]), 'frontline', ORG_ONLY).map((d) => d.personId);
    expect(drawn).toEqual(['p-000', 'p-015', 'p-012', 'p-001']);
  });

  it('picks every candidate with roughly equal probability', () => {
    const stratum = Array.from({ length: 10 }, (_, i) => person(i, 'org', null, null));
    const key = stratumKey({ orgId: 'org' });
    const counts = new Map(stratum.map((c) => [c.personId, 0]));
    const firsts = new Map(stratum.map((c) => [c.personId, 0]));
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      const drawn = drawSample(stratum, new Map([[key, 3]]), `seed-${i}`, ORG_ONLY);
      for (const d of drawn) counts.set(d.personId, (counts.get(d.personId) as number) + 1);
      firsts.set(drawn[0].personId, (firsts.get(drawn[0].personId) as number) + 1);
    }
    const chiSquare = (observed: number[], expected: number) =>
      observed.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
    // 27.88 is the chi-square critical value for 9 degrees of freedom at p = 0.001.
    expect(chiSquare([...counts.values()], (runs * 3) / 10)).toBeLessThan(27.88);
    expect(chiSquare([...firsts.values()], runs / 10)).toBeLessThan(27.88);
  });
});

describe('drawReplacement', () => {
  const key = stratumKey({ orgId: 'org-a', area: 'teknik', band: 'experienced' });

  it('walks the reserve order after the sample, never repeating, then runs out', () => {
    const sample = drawSample(CANDIDATES, new Map([[key, 2]]), 'seed', BOTH);
    const order = reserveOrder(CANDIDATES, key, 'seed');
    expect(sample.map((d) => d.personId)).toEqual(order.slice(0, 2));
    const drawn = sample.map((d) => d.personId);
    for (let i = 2; i < order.length; i++) {
      const next = drawReplacement(shuffledCopy(CANDIDATES, `o${i}`), drawn, key, 'seed');
      expect(next).toEqual({ personId: order[i], stratumKey: key, drawOrder: i + 1 });
      expect(drawn).not.toContain(next?.personId);
      drawn.push(next?.personId as string);
    }
    expect(drawReplacement(CANDIDATES, drawn, key, 'seed')).toBeNull();
  });

  it('skips people drawn out of order and returns null for an unknown stratum', () => {
    const order = reserveOrder(CANDIDATES, key, 'seed');
    expect(drawReplacement(CANDIDATES, [order[0], order[2]], key, 'seed')?.personId).toBe(order[1]);
    expect(drawReplacement(CANDIDATES, [], stratumKey({ orgId: 'org-z' }), 'seed')).toBeNull();
    expect(drawReplacement(CANDIDATES, [], 'not a key', 'seed')).toBeNull();
  });
});

describe('seededGenerator', () => {
  /** cyrb128 as bryc published it, and sfc32 transliterated from PractRand's C (the counter is added, then bumped). */
  function reference(seed: string): () => number {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0, k: number; i < seed.length; i++) {
      k = seed.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    // PractRand: tmp = a + b + counter++; a = b ^ (b >> 9); b = c + (c << 3); c = rotl(c, 21) + tmp; return tmp;
    let [a, b, c, counter] = [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
    return () => {
      const tmp = (a + b + counter) % 2 ** 32;
      counter = (counter + 1) % 2 ** 32;
      a = (b ^ (b >>> 9)) >>> 0;
      b = (c + c * 8) % 2 ** 32;
      c = ((((c << 21) | (c >>> 11)) >>> 0) + tmp) % 2 ** 32;
      return tmp;
    };
  }

  it('matches the reference cyrb128/sfc32 after its 15 warm-up outputs', () => {
    for (const seed of ['', 'frontline', 'æøå-🙂', 'a'.repeat(500)]) {
      const ours = seededGenerator(seed);
      const ref = reference(seed);
      for (let i = 0; i < 15; i++) ref();
      const values = Array.from({ length: 50 }, () => ours());
      expect(values).toEqual(Array.from({ length: 50 }, () => ref()));
      expect(values.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
    }
  });
});
