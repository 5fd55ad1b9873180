import { parseMessage, type ReceivedMail } from './smtp-server.js';

export interface MailPart {
  headers: Record<string, string>;
  contentType: string;
  text: string;
}

/**
 * The parts of a multipart message as nodemailer writes it (text + attachments), each decoded with
 * the same parser the test SMTP server uses for single-part mail. A single-part mail is one part.
 */
export function mailParts(mail: Pick<ReceivedMail, 'raw'>): MailPart[] {
  const top = parseMessage(mail.raw);
  const type = top.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [{ headers: top.headers, contentType: type, text: top.text }];
  const split = mail.raw.indexOf('\r\n\r\n');
  const body = mail.raw.slice(split + 4);
  const chunks = body.split(`--${boundary}`).slice(1);
  const parts: MailPart[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) break;
    const inner = chunk.replace(/^\r\n/, '').replace(/\r\n$/, '');
    parts.push(...mailParts({ raw: inner }));
  }
  return parts;
}

/** The text/plain body and the first text/calendar attachment of an invitation mail. */
export function invitationMail(mail: Pick<ReceivedMail, 'raw'>): { text: string; ics: string | null; icsContentType: string | null } {
  const parts = mailParts(mail);
  const text = parts.find((p) => p.contentType.toLowerCase().startsWith('text/plain'))?.text ?? '';
  const cal = parts.find((p) => p.contentType.toLowerCase().startsWith('text/calendar'));
  return { text, ics: cal ? cal.text.replace(/\n/g, '\r\n') : null, icsContentType: cal?.contentType ?? null };
}
