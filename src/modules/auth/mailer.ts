import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
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
        log(`\n--- e-mail to ${mail.to}: ${mail.subject}\n${mail.text}\n---\n`);
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
