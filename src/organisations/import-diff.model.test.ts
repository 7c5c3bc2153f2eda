import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CurrentPerson,
  createPseudonymGenerator,
  diffImport,
  isPseudonym,
  leaderStatusAfterImport,
  type PersonRecord,
  reimportProblems,
  secureRandom,
  seededRandom,
} from './import-diff.model';

const record = (employeeId: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  employeeId,
  name: `Person ${employeeId}`,
  email: `${employeeId}@viborg.dk`,
  jobTitle: 'Pædagog',
  unitKey: 'K/BU',
  managerEmployeeId: null,
  leaderSince: null,
  ...extra,
});

const current = (employeeId: string, extra: Partial<CurrentPerson> = {}): CurrentPerson => ({
  ...record(employeeId),
  status: 'active',
  leaderDecision: null,
  ...extra,
});

describe('diffImport', () => {
  it('sorts people into new, changed (with the fields), unchanged, left and returned', () => {
    const before = [
      current('1'),
      current('2', { leaderDecision: 'confirmed', jobTitle: 'Teamleder' }),
      current('3'),
      current('4', { status: 'left' }),
      current('5', { status: 'left' }),
    ];
    const after = [
      record('1', { email: '1@VIBORG.dk' }),
      record('2', { jobTitle: 'Afdelingsleder', unitKey: 'K/TM', leaderSince: '2026-01-01' }),
      record('4'),
      record('6'),
    ];
    const diff = diffImport(before, after);
    expect(diff.added.map((p) => p.employeeId)).toEqual(['6']);
    expect(diff.unchanged.map((m) => m.after.employeeId)).toEqual(['1']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].changes).toEqual([
      { field: 'jobTitle', before: 'Teamleder', after: 'Afdelingsleder' },
      { field: 'unitKey', before: 'K/BU', after: 'K/TM' },
      { field: 'leaderSince', before: null, after: '2026-01-01' },
    ]);
    expect(diff.left.map((p) => p.employeeId)).toEqual(['3']);
    // Already gone before: not "left" again.
    expect(diff.returned.map((m) => [m.after.employeeId, m.changes])).toEqual([['4', []]]);
  });

  it('keeps HR’s leader decision through a re-import, whatever changed', () => {
    const diff = diffImport(
      [current('2', { leaderDecision: 'confirmed' }), current('3', { leaderDecision: 'rejected' })],
      [record('2', { unitKey: 'K/Other' }), record('3')],
    );
    expect(diff.changed[0].leaderDecision).toBe('confirmed');
    expect(diff.unchanged[0].leaderDecision).toBe('rejected');
  });

  it('treats empty and missing values as the same', () => {
    const diff = diffImport([current('1', { jobTitle: null })], [record('1', { jobTitle: '' })]);
    expect(diff.unchanged).toHaveLength(1);
  });

  it('property: every incoming person lands in exactly one list, every active absent one in left', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 30 }).map(String), { maxLength: 20 });
    fc.assert(
      fc.property(ids, ids, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (beforeIds, afterIds, flags) => {
        const before = beforeIds.map((id, i) =>
          current(id, { status: flags[i] ? 'left' : 'active', jobTitle: flags[i] ? 'X' : 'Pædagog' }),
        );
        const diff = diffImport(
          before,
          afterIds.map((id) => record(id)),
        );
        const placed = [
          ...diff.added,
          ...[...diff.changed, ...diff.unchanged, ...diff.returned].map((m) => m.after),
        ].map((p) => p.employeeId);
        expect(placed.sort()).toEqual([...afterIds].sort());
        const activeGone = before
          .filter((p) => p.status === 'active' && !afterIds.includes(p.employeeId))
          .map((p) => p.employeeId);
        expect(diff.left.map((p) => p.employeeId)).toEqual(activeGone);
      }),
    );
  });
});

describe('reimportProblems', () => {
  const people = Array.from({ length: 20 }, (_, i) => String(i));
  it('warns when more than a fifth of the active people would be marked as left', () => {
    const partial = diffImport(
      people.map((id) => current(id)),
      people.slice(0, 15).map((id) => record(id)),
    );
    expect(reimportProblems(partial)).toEqual([
      { code: 'many_people_left', severity: 'warning', params: { left: 5, active: 20, percent: 25 } },
    ]);
    const normal = diffImport(
      people.map((id) => current(id)),
      people.slice(0, 16).map((id) => record(id)),
    );
    expect(reimportProblems(normal)).toEqual([]);
  });

  it('stays quiet for a first import and for tiny organisations', () => {
    expect(
      reimportProblems(
        diffImport(
          [],
          people.map((id) => record(id)),
        ),
      ),
    ).toEqual([]);
    expect(
      reimportProblems(
        diffImport(
          people.slice(0, 5).map((id) => current(id)),
          [],
        ),
      ),
    ).toEqual([]);
  });
});

describe('leaderStatusAfterImport', () => {
  it('keeps the decision and flags a confirmed leader the structure no longer supports', () => {
    expect(leaderStatusAfterImport('confirmed', true)).toEqual({
      decision: 'confirmed',
      suggested: true,
      needsReview: false,
    });
    expect(leaderStatusAfterImport('confirmed', false)).toEqual({
      decision: 'confirmed',
      suggested: false,
      needsReview: true,
    });
    expect(leaderStatusAfterImport('rejected', true)).toEqual({
      decision: 'rejected',
      suggested: true,
      needsReview: false,
    });
    expect(leaderStatusAfterImport(null, true)).toEqual({ decision: null, suggested: true, needsReview: false });
  });
});

describe('pseudonyms', () => {
  it('look like L-0417 and never repeat one already used', () => {
    const used = ['L-0001', 'L-0417', 'L-9999'];
    const next = createPseudonymGenerator(used, seededRandom('org-1'));
    const codes = Array.from({ length: 2000 }, next);
    expect(codes.every((c) => /^L-\d{4}$/.test(c))).toBe(true);
    expect(new Set([...codes, ...used]).size).toBe(codes.length + used.length);
  });

  it('are reproducible for a seed and differ between seeds', () => {
    const a = Array.from({ length: 5 }, createPseudonymGenerator([], seededRandom('viborg')));
    const b = Array.from({ length: 5 }, createPseudonymGenerator([], seededRandom('viborg')));
    const c = Array.from({ length: 5 }, createPseudonymGenerator([], seededRandom('norddjurs')));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('grow to five digits once half the four-digit codes are used, staying unique', () => {
    const next = createPseudonymGenerator([], seededRandom('big'));
    const codes = Array.from({ length: 12_000 }, next);
    expect(new Set(codes).size).toBe(12_000);
    // The first 5000 fill half the four-digit space; after that draws span 0-99999, so most have five digits.
    expect(codes.slice(0, 5000).every((c) => /^L-\d{4}$/.test(c))).toBe(true);
    expect(codes.slice(5000).every((c) => /^L-\d{4,5}$/.test(c))).toBe(true);
    expect(codes.slice(5000).filter((c) => c.length === 7).length).toBeGreaterThan(5000);
  });

  it('never reissue a code of an erased person passed as used, across generator restarts', () => {
    const first = createPseudonymGenerator([], seededRandom('s'));
    const issued = Array.from({ length: 100 }, first);
    // The same seed would replay the same codes: the used list is what prevents reuse.
    const again = createPseudonymGenerator(issued, seededRandom('s'));
    const more = Array.from({ length: 100 }, again);
    expect(more.filter((c) => issued.includes(c))).toEqual([]);
  });

  it('work with the secure random source', () => {
    const next = createPseudonymGenerator([], secureRandom);
    const code = next();
    expect(isPseudonym(code)).toBe(true);
    expect(isPseudonym('L-12')).toBe(false);
    expect(isPseudonym('X-0417')).toBe(false);
  });

  it('property: with any used set, n new codes are distinct, well-formed and outside the used set', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 99_999 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.string(),
        (taken, n, seed) => {
          const used = taken.map((x) => `L-${String(x).padStart(4, '0')}`);
          const next = createPseudonymGenerator(used, seededRandom(seed));
          const codes = Array.from({ length: n }, next);
          expect(new Set(codes).size).toBe(n);
          for (const c of codes) {
            expect(isPseudonym(c)).toBe(true);
            expect(used).not.toContain(c);
          }
        },
      ),
    );
  });
});
