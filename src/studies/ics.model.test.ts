import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type BookingIcsInput, bookingIcs, ICS_PRODID, icsMailPart } from './ics.model';

const longDescription =
  'Interview om ledelse i praksis: økonomi, politisk tæft og skiftet fra kollega til leder. ' +
  'Vi mødes på Mercantec, Viborg — husk at tage jeres årshjul med; spørgsmål? Skriv til os.\n' +
  'Anden linje med æøå ÆØÅ, citat "ja" og backslash \\ samt emoji 🙂 for at teste fire-byte tegn.';

function input(overrides: Partial<BookingIcsInput> = {}): BookingIcsInput {
  return {
    uid: 'booking-5d1e0b7a-2f0c-4d8e-9a77-1c2b3d4e5f60@frontline',
    sequence: 0,
    method: 'REQUEST',
    start: new Date('2026-06-09T07:30:00Z'), // 09:30 CEST
    end: new Date('2026-06-09T08:15:00Z'),
    stamp: new Date('2026-05-20T10:11:12.345Z'),
    summary: 'Interview: Ærø, Øster; Åbenrå, del 1',
    description: longDescription,
    location: 'Mercantec, lokale 2.14; Viborg',
    organizer: { name: 'Søren Østergaard, analytiker', email: 'soren@mercantec.example' },
    attendee: { name: 'Åse "Leder" Ærbø', email: 'aase.aerboe@viborg.example' },
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const octets = (s: string) => new TextEncoder().encode(s).length;
/** A lone surrogate (half an emoji) does not survive a UTF-8 round trip. */
const wellFormed = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s)) === s;

describe('bookingIcs', () => {
  it('parses back field by field (summer interview, CEST)', () => {
    const ics = bookingIcs(input());
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(event.uid).toBe('booking-5d1e0b7a-2f0c-4d8e-9a77-1c2b3d4e5f60@frontline');
    expect(event.sequence).toBe(0);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-09T07:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-06-09T08:15:00.000Z');
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe('2026-05-20T10:11:12.000Z');
    expect(ics).toContain('\r\nDTSTAMP:20260520T101112Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20260609T073000Z\r\n');
    expect(event.summary).toBe('Interview: Ærø, Øster; Åbenrå, del 1');
    expect(event.location).toBe('Mercantec, lokale 2.14; Viborg');
    expect(event.description).toBe(longDescription);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('writes a winter interview (CET) as the same UTC instant', () => {
    const start = new Date('2026-01-13T08:00:00Z'); // 09:00 CET
    const { event } = parse(bookingIcs(input({ start, end: new Date('2026-01-13T08:20:00Z') })));
    expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
    expect(event.duration.toSeconds()).toBe(20 * 60);
  });

  it('escapes TEXT values', () => {
    const ics = bookingIcs(input({ summary: 'a\\b;c,d\ne', location: 'x\r\ny' }));
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\r\n');
    const { event } = parse(ics);
    expect(event.summary).toBe('a\\b;c,d\ne');
    expect(event.location).toBe('x\ny');
  });

  it('names organizer and attendee with their roles', () => {
    const { vevent, event } = parse(bookingIcs(input()));
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:soren@mercantec.example');
    expect(organizer.getParameter('cn')).toBe('Søren Østergaard, analytiker');
    const [attendee] = event.attendees;
    expect(attendee.getFirstValue()).toBe('mailto:aase.aerboe@viborg.example');
    expect(attendee.getParameter('cn')).toBe('Åse Leder Ærbø'); // a DQUOTE cannot live in a parameter value
    expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
  });

  it('adds a display alarm one hour before, only to an invitation', () => {
    const alarm = parse(bookingIcs(input())).vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-3600);
    expect(alarm.getFirstPropertyValue('description')).toBe('Interview: Ærø, Øster; Åbenrå, del 1');
    expect(parse(bookingIcs(input({ method: 'CANCEL' }))).vevent.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('cancels with the same UID, a higher SEQUENCE, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const first = parse(bookingIcs(input()));
    const cancel = parse(bookingIcs(input({ method: 'CANCEL', sequence: 2 })));
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.uid).toBe(first.event.uid);
    expect(cancel.event.sequence).toBe(2);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.startDate.toJSDate().toISOString()).toBe('2026-06-09T07:30:00.000Z');
    expect(cancel.event.attendees[0].getParameter('rsvp')).toBe('FALSE');
  });

  it('writes CRLF everywhere and folds at 75 octets without splitting a character', () => {
    for (const method of ['REQUEST', 'CANCEL'] as const) {
      const ics = bookingIcs(input({ method, url: 'https://frontline.example/booking/abc?x=1&y=2' }));
      expect(ics.endsWith('\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const lines = ics.split('\r\n').slice(0, -1);
      for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the description was folded
      expect(ics).not.toContain('\uFFFD');
      expect(lines.every(wellFormed)).toBe(true); // no surrogate pair split
      expect(parse(ics).event.description).toBe(longDescription);
    }
  });

  it('folds a line of only multi-byte characters at whole characters, and unfolds it back exactly', () => {
    const description = 'æ'.repeat(100) + '🙂'.repeat(40) + '€'.repeat(50);
    const ics = bookingIcs(input({ description }));
    const lines = ics.split('\r\n');
    const first = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(octets(first)).toBe(12 + 2 * 31); // 'DESCRIPTION:' + 31 æ = 74; one more would make 76
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parse(ics).event.description).toBe(description);
    expect(ics.replace(/\r\n /g, '')).toContain(`\r\nDESCRIPTION:${description}\r\n`);
  });

  it.each([
    ['a 4-byte emoji', '🙂', 60],
    ['a 3-byte euro sign', '€', 62],
    ['a 2-byte æ', 'æ', 63],
  ])('moves %s that would cross octet 75 to the next line whole', (_, char, fill) => {
    const lines = bookingIcs(input({ description: `${'x'.repeat(fill)}${char}yz` })).split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
    expect(lines[at]).toBe(`DESCRIPTION:${'x'.repeat(fill)}`);
    expect(octets(lines[at]) + octets(char)).toBeGreaterThan(75);
    expect(lines[at + 1]).toBe(` ${char}yz`);
  });

  it('normalises text to NFC', () => {
    const decomposed = 'A\u030Arhus'; // Å as A + combining ring
    expect(parse(bookingIcs(input({ location: decomposed }))).event.location).toBe('Århus');
  });

  it('refuses values that could break the file', () => {
    expect(() => bookingIcs(input({ uid: 'a\r\nMETHOD:PUBLISH' }))).toThrow(RangeError);
    expect(() => bookingIcs(input({ attendee: { name: 'x', email: 'x@y.dk\r\nATTENDEE:mailto:z@z.dk' } }))).toThrow(
      RangeError,
    );
    expect(() => bookingIcs(input({ url: 'https://x.dk/a b' }))).toThrow(RangeError);
    expect(() => bookingIcs(input({ sequence: -1 }))).toThrow(RangeError);
    expect(() => bookingIcs(input({ end: new Date('2026-06-09T07:30:00Z') }))).toThrow(RangeError);
  });
});

describe('icsMailPart', () => {
  it('gives nodemailer the method, file name and content, and a content type with the same method', () => {
    const ics = bookingIcs(input());
    expect(icsMailPart(ics, 'REQUEST')).toEqual({
      method: 'REQUEST',
      filename: 'invite.ics',
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      content: ics,
    });
    const cancel = bookingIcs(input({ method: 'CANCEL', sequence: 1 }));
    expect(icsMailPart(cancel, 'CANCEL')).toMatchObject({
      method: 'CANCEL',
      filename: 'cancel.ics',
      contentType: 'text/calendar; charset=utf-8; method=CANCEL',
    });
  });

  it('refuses a method that differs from the file', () => {
    expect(() => icsMailPart(bookingIcs(input()), 'CANCEL')).toThrow(/METHOD:REQUEST/);
  });
});
