import nodemailer from 'nodemailer';
import { consoleMailText } from '../privacy/log-redaction.js';

export interface MailAttachment {
  filename: string;
  content: string;
  /** e.g. 'text/calendar; charset=utf-8; method=REQUEST' for an invitation (.ics). */
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * SMTP when `SMTP_URL` is set (e.g. smtp://user:pass@smtp.example.org:587); otherwise mail is
 * written to the console so a developer can still sign in.
 */
export function createMailer(smtpUrl: string | undefined, from: string, log: (text: string) => void): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        // Only a staff sign-in link is printed in full; other mail (to participants) is not (issue 11 §4).
        log(consoleMailText(mail));
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
