import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, excelSerialToIso, isValidEmail, parseOrgDate } from './orgchart-values.model';

describe('parseOrgDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2019-8-1', '2019-08-01'],
    ['2021-03-04T00:00:00', '2021-03-04'],
    ['2021-03-04 08:30', '2021-03-04'],
    ['2021-03-04T00:00:00.000Z', '2021-03-04'],
    ['01-08-2019', '2019-08-01'],
    ['1-8-2019', '2019-08-01'],
    ['01.08.2019', '2019-08-01'],
    ['1.8.2019', '2019-08-01'],
    ['01/08/2019', '2019-08-01'],
    [' 15.03.2020 ', '2020-03-15'],
    ['43466', '2019-01-01'],
    ['45351', '2024-02-29'],
    ['44197.75', '2021-01-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseOrgDate(text)).toBe(iso);
  });

  it.each([
    '31-02-2024',
    '29-02-2023',
    '2023-02-29',
    '2024-13-01',
    '00-01-2024',
    '32.01.2024',
    '2024-00-10',
    '01-08-19',
    '01-08.2019',
    'i går',
    'maj 2019',
    '2019',
    '9999',
    '3000000',
    '-1',
    '',
  ])('rejects %j', (text) => {
    expect(parseOrgDate(text)).toBeNull();
  });

  it('property: every real date round-trips through all three Danish and ISO spellings', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(parseOrgDate(iso)).toBe(iso);
          expect(parseOrgDate(`${d}-${m}-${y}`)).toBe(iso);
          expect(parseOrgDate(`${d}.${m}.${y}`)).toBe(iso);
          expect(parseOrgDate(`${+d}/${+m}/${y}`)).toBe(iso);
        },
      ),
    );
  });

  it('property: an Excel serial and the date it names agree with Excel day counting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 2_958_465 }), (serial) => {
        const iso = excelSerialToIso(serial)!;
        const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(days).toBe(serial);
      }),
    );
  });
});

describe('isValidEmail', () => {
  it.each(['anne.jensen@viborg.dk', 'AJ@Viborg.DK', 'søren.ærø@kommune.dk', 'a+b@sub.domæne.dk', 'x_y-z@a-b.org'])(
    'accepts %s',
    (email) => expect(isValidEmail(email)).toBe(true),
  );
  it.each([
    'anne.jensen',
    'anne@',
    '@viborg.dk',
    'anne@viborg',
    'anne jensen@viborg.dk',
    'anne@@viborg.dk',
    'anne@viborg..dk',
    '.anne@viborg.dk',
    'an..ne@viborg.dk',
    'anne@-viborg.dk',
    'anne@viborg.d',
    `${'a'.repeat(65)}@viborg.dk`,
    'Anne Jensen <anne@viborg.dk>',
  ])('rejects %s', (email) => expect(isValidEmail(email)).toBe(false));
});

describe('cleanText', () => {
  it('composes to NFC and collapses whitespace, non-breaking spaces included', () => {
    const decomposed = 'Søren A\u030Agaard'; // Å as A + combining ring
    expect(cleanText(`\u00a0 ${decomposed}\t\u00a0Jensen  `)).toBe('Søren Ågaard Jensen');
    expect(cleanText(decomposed)).not.toBe(decomposed);
  });
});
