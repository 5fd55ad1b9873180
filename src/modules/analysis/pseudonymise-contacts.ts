/**
 * Contact details and national identity numbers in transcripts (issue 11 §5). Found before names,
 * so an address such as "kari.nordmann@example.no" goes as a whole instead of leaving
 * "[tjenestemottaker …].[…]@example.no" behind.
 *
 * - Phone numbers: Norwegian 8-digit numbers (first digit 2–9) written together, as "412 34 567"
 *   or "41 23 45 67" (space or no-break space), or any grouping after +47 / 0047. Hyphens and the
 *   4+4 grouping are not accepted without the country code, so year spans ("2024-2025",
 *   "2024 2025") and case numbers are not taken for phones.
 * - E-mail addresses: local part, "@", a domain with a dot.
 * - Fødselsnummer and D-numbers: 11 digits (optionally "DDMMYY NNNNN") whose two mod-11 check
 *   digits hold and whose day/month are possible (D-number: day + 40; H-number: month + 40;
 *   synthetic test numbers: month + 80). Any 11 digits that fail the check are left alone.
 *
 * A detail registered for a participant is replaced by that participant's tag; others by a
 * neutral tag. Ranges are in code points over the original text.
 */
import { codePointLength } from './text-positions.js';

export type ContactKind = 'phone' | 'email' | 'national_id';

export const PHONE_TAG = '[telefon]';
export const EMAIL_TAG = '[e-post]';
export const NATIONAL_ID_TAG = '[fødselsnummer]';

export interface ContactMatch {
  kind: ContactKind;
  original: string;
  /** Code-point range in the text searched. */
  start: number;
  end: number;
  /** UTF-16 range, for slicing. */
  index: number;
  length: number;
}

const SEP = '[ \\u00a0]';
const PHONE = new RegExp(
  [
    String.raw`(?:\+|00)47[ \u00a0.-]?(?:\d[ \u00a0.-]?){7}\d`,
    String.raw`[2-9]\d{7}`,
    String.raw`[2-9]\d{2}${SEP}\d{2}${SEP}\d{3}`,
    String.raw`[2-9]\d${SEP}\d{2}${SEP}\d{2}${SEP}\d{2}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'gu',
);
// Starts only where an address could start (the lookbehind): without it a long run of letters is
// re-scanned from every position, quadratic time on a 100,000-character paste.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const NATIONAL_ID = /\d{6}[ \u00a0]?\d{5}/gu;

/** The digits of a Norwegian phone number without the country code, or null. */
export function phoneDigits(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('0047')) digits = digits.slice(4);
  else if (digits.length === 10 && digits.startsWith('47')) digits = digits.slice(2);
  return digits.length === 8 ? digits : null;
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

/** True for a fødselsnummer, D-number, H-number or synthetic test number with valid check digits. */
export function isValidNationalId(value: string): boolean {
  const s = value.replace(/[ \u00a0]/g, '');
  if (!/^\d{11}$/.test(s)) return false;
  const d = [...s].map(Number);
  const k1 = checkDigit(d, W1);
  if (k1 === null || k1 !== d[9]) return false;
  const k2 = checkDigit(d, W2);
  if (k2 === null || k2 !== d[10]) return false;
  let day = d[0] * 10 + d[1];
  let month = d[2] * 10 + d[3];
  if (day > 40) day -= 40; // D-number
  if (month > 80) month -= 80; // synthetic (test) numbers
  else if (month > 40) month -= 40; // H-number
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

const notWordBefore = (text: string, i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(i - 1)!));
const notWordAfter = (text: string, i: number) => i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]);
/** Characters an e-mail address may continue with: a match must not be cut out of a longer address. */
const notEmailAround = (text: string, start: number, end: number) =>
  (start === 0 || !/[\p{L}\p{N}._%+-]/u.test(text[start - 1])) && (end >= text.length || !/[\p{L}\p{N}_%+-]/u.test(text[end]));

/** Every contact detail and valid national id in `text`, sorted, without overlaps (e-mail first, then ids, then phones). */
export function findContactDetails(text: string): ContactMatch[] {
  const found: { kind: ContactKind; index: number; length: number }[] = [];
  const overlaps = (index: number, length: number) => found.some((f) => index < f.index + f.length && f.index < index + length);
  for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
    if (notEmailAround(text, m.index, m.index + m[0].length)) found.push({ kind: 'email', index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NATIONAL_ID)) {
    if (notWordBefore(text, m.index) && notWordAfter(text, m.index + m[0].length) && isValidNationalId(m[0]) && !overlaps(m.index, m[0].length)) {
      found.push({ kind: 'national_id', index: m.index, length: m[0].length });
    }
  }
  for (const m of text.matchAll(PHONE)) {
    // A trailing separator is never part of the number.
    const length = m[0].trimEnd().length;
    if (notWordBefore(text, m.index) && notWordAfter(text, m.index + length) && !overlaps(m.index, length)) found.push({ kind: 'phone', index: m.index, length });
  }
  found.sort((a, b) => a.index - b.index);
  return found.map((f) => {
    const start = codePointLength(text.slice(0, f.index));
    const original = text.slice(f.index, f.index + f.length);
    return { kind: f.kind, original, start, end: start + codePointLength(original), index: f.index, length: f.length };
  });
}

export interface RegisteredContacts {
  phones?: string[];
  emails?: string[];
  replacement: string;
}

/** The tag for one found detail: the registered participant's, or the neutral one for its kind. */
export function contactReplacement(match: Pick<ContactMatch, 'kind' | 'original'>, registered: RegisteredContacts[]): string {
  if (match.kind === 'phone') {
    const digits = phoneDigits(match.original);
    const owner = registered.find((r) => (r.phones ?? []).some((p) => digits !== null && phoneDigits(p) === digits));
    return owner?.replacement ?? PHONE_TAG;
  }
  if (match.kind === 'email') {
    const lower = match.original.toLowerCase();
    const owner = registered.find((r) => (r.emails ?? []).some((e) => e.trim().toLowerCase() === lower));
    return owner?.replacement ?? EMAIL_TAG;
  }
  return NATIONAL_ID_TAG;
}
