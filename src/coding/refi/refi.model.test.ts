import { describe, expect, it } from 'vitest';
import { DropReport, flattenCodes, noteTargets } from './refi.model.js';
import { G, richProject } from './refi.test-fixtures.js';

describe('noteTargets', () => {
  it('lists where each note hangs: project, code, source, selection, coding', () => {
    const targets = noteTargets(richProject());
    expect(Object.fromEntries(targets)).toEqual({
      [G(94)]: [{ kind: 'project' }],
      [G(90)]: [{ kind: 'code', guid: G(11) }],
      [G(93)]: [{ kind: 'source', guid: G(40) }],
      [G(92)]: [{ kind: 'coding', guid: G(60) }],
      [G(91)]: [{ kind: 'selection', guid: G(51) }],
    });
  });
});

describe('flattenCodes', () => {
  it('walks the tree depth first, parents before children', () => {
    expect(flattenCodes(richProject().codes).map((c) => c.guid)).toEqual([G(10), G(11), G(12), G(13)]);
  });
});

describe('DropReport', () => {
  it('counts per element and reason, keeping three distinct examples', () => {
    const report = new DropReport();
    for (const example of ['a', 'b', 'a', 'c', 'd']) report.add('Coding', 'unknown_code', example);
    report.add('Link', 'not_supported', undefined, 4);
    expect(report.list()).toEqual([
      { what: 'Coding', count: 5, reason: 'unknown_code', examples: ['a', 'b', 'c'] },
      { what: 'Link', count: 4, reason: 'not_supported', examples: [] },
    ]);
  });
});
