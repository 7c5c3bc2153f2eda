import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { createLogger } from '../logging/logger.js';
import { smtpMailer } from './mailer.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-test-server.js';

let smtp: TestSmtpServer;
// The SMTP mailer never touches the database.
const noDb = undefined as unknown as Db;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp?.close());

const invite = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Frontline//DA',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:interview-1@frontline.local',
  'DTSTAMP:20261127T090000Z',
  'DTSTART:20261201T090000Z',
  'DTEND:20261201T094500Z',
  'SUMMARY:Interview om ledelse i Århus',
  'ORGANIZER:mailto:noreply@frontline.local',
  'ATTENDEE;RSVP=TRUE:mailto:leder@aarhus.dk',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('smtpMailer', () => {
  it('delivers subject and Danish text intact, from the configured sender', async () => {
    const mailer = smtpMailer(smtp.url, 'Frontline <noreply@frontline.local>', createLogger('silent'));
    expect(mailer.transport).toBe('smtp');
    await mailer.send(noDb, {
      to: 'Søren Ærø <soeren@example.dk>',
      subject: 'Æblegrød på Østerbro – åbent hus',
      text: 'Kære Søren\n\nVi ses på Ærø. Blåbærgrød og ØL.\n\nVenlig hilsen',
      kind: 'test',
    });
    const mail = await smtp.next();
    expect(mail.subject).toBe('Æblegrød på Østerbro – åbent hus');
    expect(mail.text?.trim()).toBe('Kære Søren\n\nVi ses på Ærø. Blåbærgrød og ØL.\n\nVenlig hilsen');
    expect(mail.from?.value[0]).toMatchObject({ address: 'noreply@frontline.local', name: 'Frontline' });
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value[0]).toMatchObject({ address: 'soeren@example.dk', name: 'Søren Ærø' });
  });

  it('sends a calendar attachment as a text/calendar part with method=REQUEST, and other attachments as files', async () => {
    const mailer = smtpMailer(smtp.url, 'Frontline <noreply@frontline.local>', createLogger('silent'));
    await mailer.send(noDb, {
      to: 'leder@aarhus.dk',
      subject: 'Invitation: interview',
      text: 'Se vedhæftede invitation.',
      kind: 'interview_invitation',
      attachments: [
        { filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: invite },
        { filename: 'program-æøå.txt', contentType: 'text/plain; charset=utf-8', content: 'Dagsorden: ærlig snak' },
      ],
    });
    const mail = await smtp.next();
    const calendar = mail.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(calendar.length).toBeGreaterThanOrEqual(1);
    const part = calendar[0];
    const contentType = part.headers.get('content-type') as { value: string; params: Record<string, string> };
    expect(contentType.value).toBe('text/calendar');
    expect(contentType.params.method).toBe('REQUEST');
    const body = part.content.toString('utf8');
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toContain('SUMMARY:Interview om ledelse i Århus');
    const file = mail.attachments.find((a) => a.filename === 'program-æøå.txt');
    expect(file?.content.toString('utf8')).toBe('Dagsorden: ærlig snak');
  });

  it('throws when the server cannot be reached, so a job can retry', async () => {
    const down = smtpMailer('smtp://127.0.0.1:1', 'Frontline <noreply@frontline.local>', createLogger('silent'));
    await expect(down.send(noDb, { to: 'a@b.dk', subject: 's', text: 't', kind: 'test' })).rejects.toThrow();
  });
});
