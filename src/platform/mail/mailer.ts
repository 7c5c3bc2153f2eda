import nodemailer from 'nodemailer';
import type { DbOrTx } from '../db/client.js';
import type { Logger } from '../logging/logger.js';
import { outboxMessages } from './mail.schema.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invite etc.; `contentType` carries parameters such as `text/calendar; method=REQUEST`. */
  attachments?: MailAttachment[];
  /** What kind of mail this is, for the outbox filter: 'password_reset', 'invitation', ... */
  kind: string;
  /** The organisation the mail belongs to (null for platform mail such as password resets). */
  orgId?: string | null;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  /** Outbox: writes with `db` (pass a transaction to commit with it). SMTP: delivers now and ignores `db`. */
  send(db: DbOrTx, message: MailMessage): Promise<void>;
}

/** Writes mail to the outbox table: the demo and tests work without a mail server. */
export function outboxMailer(): Mailer {
  return {
    transport: 'outbox',
    async send(db, message) {
      await db.insert(outboxMessages).values({
        orgId: message.orgId ?? null,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments ?? null,
        kind: message.kind,
      });
    },
  };
}

/** Sends through SMTP with nodemailer. Failures are thrown to the caller (a job retries them). */
export function smtpMailer(smtpUrl: string, from: string, log: Logger): Mailer {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    transport: 'smtp',
    async send(_db, message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments
          ?.filter((a) => !a.contentType.startsWith('text/calendar'))
          .map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        // Calendar clients look for the invite as an alternative body part with the same method.
        icalEvent: message.attachments
          ?.filter((a) => a.contentType.startsWith('text/calendar'))
          .map((a) => ({
            filename: a.filename,
            method: /method=([A-Z]+)/i.exec(a.contentType)?.[1] ?? 'PUBLISH',
            content: a.content,
          }))[0],
      });
      log.info('mail sent', { kind: message.kind });
    },
  };
}

export function createMailer(options: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from, options.log) : outboxMailer();
}
