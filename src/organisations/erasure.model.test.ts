import { describe, expect, it } from 'vitest';
import { ERASED, erasureNeedles, jsonMentions, likePatterns, mentions, scrubJson, scrubText } from './erasure.model.js';

const person = {
  id: '2a1d03be-9564-480d-aee3-fa9f54e5bfd8',
  name: 'Anne Hansen',
  email: 'anne.hansen@kommune.dk',
  employeeId: '21',
};
const needles = erasureNeedles(person);

describe('erasure needles', () => {
  it('finds id, name and e-mail as whole words, ignoring case', () => {
    expect(mentions(`person ${person.id} read`, needles)).toBe(true);
    expect(mentions('Mail til ANNE HANSEN i dag', needles)).toBe(true);
    expect(mentions('<anne.hansen@kommune.dk>', needles)).toBe(true);
    expect(mentions("Anne Hansen's unit", needles)).toBe(true);
  });

  it('leaves other people whose names contain the name alone', () => {
    expect(mentions('Marianne Hansen', needles)).toBe(false);
    expect(mentions('Anne Hansens', needles)).toBe(false);
    expect(scrubText('Marianne Hansen og Anne Hansen', needles)).toBe(`Marianne Hansen og ${ERASED}`);
  });

  it('matches the employee id only as a whole value', () => {
    expect(scrubText('21', needles)).toBe(ERASED);
    expect(scrubText('210', needles)).toBe('210');
    expect(scrubText('row 21', needles)).toBe('row 21');
  });

  it('ignores needles too short to be safe and an absent e-mail', () => {
    expect(erasureNeedles({ ...person, name: 'Bo', email: null }).contained).toEqual([person.id]);
  });

  it('escapes LIKE wildcards in the pre-filter patterns', () => {
    expect(likePatterns({ contained: ['50%_off\\'], exact: [] })).toEqual(['%50\\%\\_off\\\\%']);
  });
});

describe('scrubJson', () => {
  it('drops records about the person from arrays and scrubs strings everywhere, keys included', () => {
    const value = {
      counts: { added: 2 },
      samples: [
        { employeeId: '21', name: 'Anne Hansen', unit: 'Skoler' },
        { employeeId: '22', name: 'Marianne Hansen', unit: 'Skoler' },
      ],
      personIds: [person.id, 'other-id'],
      byPerson: { [person.id]: 1 },
      note: 'Ringede til anne hansen',
    };
    expect(scrubJson(value, needles)).toEqual({
      counts: { added: 2 },
      samples: [{ employeeId: '22', name: 'Marianne Hansen', unit: 'Skoler' }],
      personIds: [ERASED, 'other-id'],
      byPerson: { [ERASED]: 1 },
      note: `Ringede til ${ERASED}`,
    });
    expect(jsonMentions(scrubJson(value, needles), needles)).toBe(false);
  });

  it('returns values that do not mention the person unchanged', () => {
    const value = { a: [1, 'x', null, { b: true }], c: 'Marianne Hansen' };
    expect(scrubJson(value, needles)).toEqual(value);
    expect(jsonMentions(value, needles)).toBe(false);
  });
});
