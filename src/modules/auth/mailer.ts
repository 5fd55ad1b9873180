import nodemailer from 'nodemailer';

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
        const files = mail.attachments?.length ? `\n[attached: ${mail.attachments.map((a) => a.filename).join(', ')}]` : '';
        log(`\n--- e-mail to ${mail.to}: ${mail.subject}\n${mail.text}${files}\n---\n`);
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
