/**
 * The calendar invitation for an interview booking (RFC 5545 / iTIP RFC 5546), written by hand: ical-generator takes
 * local time from the server's zone and writes DTSTAMP without Z (see standards/README.md). Every time is written in
 * UTC with a trailing Z, so no VTIMEZONE is needed and clients show it in the reader's own zone.
 *
 * One booking keeps one UID for ever; the caller raises SEQUENCE on every change (reschedule, cancel). A
 * cancellation is METHOD:CANCEL + STATUS:CANCELLED with the same UID, and the mail part's method= must equal METHOD.
 */

export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface BookingIcsInput {
  /** Stable for the booking's whole life, e.g. `booking-<uuid>@frontline`. */
  uid: string;
  /** 0 for the first invitation, then one higher on every change. */
  sequence: number;
  method: IcsMethod;
  start: Date;
  end: Date;
  /** When this version of the invitation was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  description: string;
  location: string;
  organizer: IcsPerson;
  attendee: IcsPerson;
  url?: string;
}

export const ICS_PRODID = '-//Frontline//Interview booking//DA';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The whole .ics file, CRLF line endings, lines folded at 75 octets. */
export function bookingIcs(input: BookingIcsInput): string {
  if (input.method !== 'REQUEST' && input.method !== 'CANCEL') throw new RangeError('method must be REQUEST or CANCEL');
  if (!Number.isInteger(input.sequence) || input.sequence < 0) throw new RangeError('sequence must be a whole number');
  if (!(input.end.getTime() > input.start.getTime())) throw new RangeError('end must be after start');
  const request = input.method === 'REQUEST';
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${plain(input.uid, 'uid')}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utc(input.stamp)}`,
    `DTSTART:${utc(input.start)}`,
    `DTEND:${utc(input.end)}`,
    `SUMMARY:${text(input.summary)}`,
    `DESCRIPTION:${text(input.description)}`,
    `LOCATION:${text(input.location)}`,
    ...(input.url ? [`URL:${plain(input.url, 'url')}`] : []),
    `ORGANIZER;CN=${param(input.organizer.name)}:mailto:${email(input.organizer.email)}`,
    // A cancellation asks for no reply (RFC 5546 3.2.5), so RSVP is only requested with the invitation.
    `ATTENDEE;CN=${param(input.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=${request ? 'TRUE' : 'FALSE'}:mailto:${email(input.attendee.email)}`,
    `STATUS:${request ? 'CONFIRMED' : 'CANCELLED'}`,
    'TRANSP:OPAQUE',
    ...(request
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text(input.summary)}`, 'TRIGGER:-PT1H', 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('');
}

/** What a mail needs to carry the file: nodemailer's `icalEvent` ({ method, filename, content }) and a MIME type. */
export interface IcsMailPart {
  method: IcsMethod;
  filename: string;
  /** The type nodemailer gives the calendar alternative itself; carried so an outbox can show and replay it. */
  contentType: string;
  content: string;
}

/**
 * The mail part for a generated file. Nodemailer (10.x) builds the `text/calendar; method=…` alternative and the
 * `application/ics` attachment from `icalEvent: { method, filename, content }`; the method must match the file.
 */
export function icsMailPart(ics: string, method: IcsMethod): IcsMailPart {
  const declared = /(?:^|\r\n)METHOD:([A-Z-]+)\r\n/.exec(ics)?.[1];
  if (declared !== method) throw new RangeError(`The file says METHOD:${declared ?? '(none)'}, not ${method}`);
  return {
    method,
    filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: ics,
  };
}

/** 20260303T083000Z */
function utc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A TEXT value (RFC 5545 3.3.11): NFC, with backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return stripControls(value.normalize('NFC').replace(/\r\n?/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A parameter value, always quoted; DQUOTE and control characters cannot be represented, so they are dropped. */
function param(value: string): string {
  return `"${stripControls(value.normalize('NFC').replace(/[\r\n]+/g, ' ')).replace(/"/g, '')}"`;
}

/** Values written verbatim (UID, URI) must not be able to break out of their line. */
function plain(value: string, what: string): string {
  if (!value || [...value].some((c) => isControl(c) || /\s/.test(c))) {
    throw new RangeError(`Invalid ${what}: ${JSON.stringify(value)}`);
  }
  return value;
}

function email(value: string): string {
  if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/.test(value) || [...value].some(isControl)) {
    throw new RangeError(`Invalid e-mail address: ${JSON.stringify(value)}`);
  }
  return value;
}

/** Tabs become spaces; other control characters (newlines are handled by the callers) are not allowed in text. */
function stripControls(value: string): string {
  return Array.from(value, (c) => (c === '\t' ? ' ' : c !== '\n' && isControl(c) ? '' : c)).join('');
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): the first line carries up to 75 octets, each continuation a
 * space and up to 74 more. It splits between code points only, so no UTF-8 sequence (and no surrogate pair) breaks.
 */
function fold(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (used + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += char;
    used += size;
  }
  return out + CRLF;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
