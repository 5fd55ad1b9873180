/**
 * Logs never carry names, e-mail addresses, phone numbers or participant tokens (issue 11 §4).
 *
 * - Paths: the token of a personal link is replaced by "…" (`/p/…/withdraw`, `/i/…`, `/q/…`, `/s/…`);
 *   query strings are never logged (sign-in tokens travel there).
 * - Log objects: pino's redaction censors fields called name, email, phone, token … at any of the
 *   first three levels; errors go through `scrubError`, which drops query parameters (a failed SQL
 *   statement's values may be a person's name) and masks e-mail addresses, phone numbers and
 *   fødselsnummer in messages, details and stacks.
 * - Mail printed to the console when SMTP is not set: the sign-in link of a staff user is printed
 *   (that is how a developer signs in); any other mail shows only a masked address.
 */
import type { LoggerOptions } from 'pino';
import { stdSerializers } from 'pino';
import { findContactDetails } from '../analysis/pseudonymise-contacts.js';

const TOKEN_PATH = /^\/([piqs])\/[^/?#]+/;

/** A request path with a personal token masked: `/p/abc123/withdraw` → `/p/…/withdraw`. */
export function redactPath(path: string): string {
  return path.replace(TOKEN_PATH, '/$1/…');
}

/** E-mail addresses, phone numbers and valid fødselsnummer in free text, masked. */
export function redactFreeText(text: string): string {
  const found = findContactDetails(text);
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const f of found) {
    out += text.slice(last, f.index) + `[${f.kind}]`;
    last = f.index + f.length;
  }
  return out + text.slice(last);
}

/** `kari.nordmann@varde.example` → `k…@varde.example`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '…';
  return `${address[0]}…${address.slice(at)}`;
}

const DROPPED_KEYS = new Set(['params', 'parameters', 'values']);

/** Removes query parameters and masks contact details in an error (as serialised by pino), nested causes included. */
export function scrubError(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactFreeText(value.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]'));
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubError(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = DROPPED_KEYS.has(k) ? '[redacted]' : scrubError(v, depth + 1);
  return out;
}

const FIELDS = ['name', 'email', 'phone', 'token', 'to', 'displayName', 'fullName', 'address', 'text', 'comment', 'answers'];
const PATHS = [...FIELDS, ...FIELDS.map((f) => `*.${f}`), ...FIELDS.map((f) => `*.*.${f}`), 'req.headers.cookie', 'req.headers.authorization'];

/** Options for `pino(...)`: every logger of the app is created with these. */
export const logRedaction: Pick<LoggerOptions, 'redact' | 'serializers'> = {
  redact: { paths: PATHS, censor: '[redacted]' },
  serializers: { err: (err: Error) => scrubError(stdSerializers.err(err)) as ReturnType<typeof stdSerializers.err> },
};

/** The console print of a mail when no SMTP server is set. */
export function consoleMailText(mail: { to: string; subject: string; text: string; attachments?: { filename: string }[] }): string {
  const signIn = /\/auth\/link\?token=/.test(mail.text) && !/\/[piqs]\/[A-Za-z0-9_-]{8,}/.test(mail.text);
  if (signIn) {
    const files = mail.attachments?.length ? `\n[attached: ${mail.attachments.map((a) => a.filename).join(', ')}]` : '';
    return `\n--- e-mail to ${mail.to}: ${mail.subject}\n${mail.text}${files}\n---\n`;
  }
  return `\n--- e-mail to ${maskEmail(mail.to)} [not sent: SMTP_URL is not set; subject and text are not shown, they may hold personal data]\n`;
}
