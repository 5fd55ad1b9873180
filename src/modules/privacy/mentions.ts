/**
 * Where a withdrawn person's registered details occur in a text (pure). Used by the withdrawal
 * search over every registered free-text column.
 *
 * - Name: the full name and each of its parts of two letters or more ("Kari", "Nordmann"), as whole
 *   words (Unicode letters), case-insensitive, any run of spaces inside, a genitive "s" allowed
 *   after it (the range covers the name only). Longest first, so "Kari Nordmann" is one hit. A
 *   first name shared with someone else is found too: that is what "keep with a reason" is for.
 * - E-mail: the whole address, case-insensitive, not cut out of a longer address.
 * - Phone: the same eight digits however they are grouped (spaces, dots, hyphens), with or without
 *   +47 / 0047, never inside a longer number.
 * Ranges are half-open, in code points; they never overlap (e-mail, then phone, then names).
 */
import { codePointLength } from '../analysis/text-positions.js';
import { phoneDigits } from '../analysis/pseudonymise-contacts.js';

export type Detail = 'name' | 'email' | 'phone';

export interface PersonDetails {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface Mention {
  detail: Detail;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;

/** The name forms searched: the full name and its parts (two letters or more), longest first. */
export function nameForms(name: string): string[] {
  const full = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (full.length < 2) return [];
  const parts = full.split(' ').filter((p) => [...p].length >= 2);
  return [...new Set([full, ...parts])].sort((a, b) => codePointLength(b) - codePointLength(a));
}

function patterns(person: PersonDetails): { detail: Detail; pattern: RegExp }[] {
  const result: { detail: Detail; pattern: RegExp }[] = [];
  const email = person.email?.trim();
  if (email) result.push({ detail: 'email', pattern: new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])${escapeRegExp(email)}(?![\p{L}\p{N}_%+-])`, 'giu') });
  const digits = person.phone ? phoneDigits(person.phone) : null;
  if (digits) {
    const spread = [...digits].join(String.raw`[\s.-]?`);
    result.push({ detail: 'phone', pattern: new RegExp(String.raw`(?<!\d)(?:(?:\+|00)47[\s.-]?)?${spread}(?!\d)`, 'gu') });
  }
  const forms = nameForms(person.name);
  if (forms.length) {
    const alternatives = forms.map((n) => n.split(' ').map(escapeRegExp).join(String.raw`\s+`)).join('|');
    result.push({ detail: 'name', pattern: new RegExp(String.raw`(?<!${WORD})(${alternatives})(?=(?:s|['’]s?)?(?!${WORD}))`, 'giu') });
  }
  return result;
}

/** Every mention of the person in `text`, sorted by position. */
export function findMentions(text: string, person: PersonDetails): Mention[] {
  const spans: { detail: Detail; index: number; length: number }[] = [];
  const free = (index: number, length: number) => !spans.some((s) => index < s.index + s.length && s.index < index + length);
  for (const { detail, pattern } of patterns(person)) {
    for (const m of text.matchAll(pattern)) {
      const length = (m[1] ?? m[0]).length;
      if (free(m.index, length)) spans.push({ detail, index: m.index, length });
    }
  }
  spans.sort((a, b) => a.index - b.index);
  return spans.map((s) => {
    const start = codePointLength(text.slice(0, s.index));
    return { detail: s.detail, start, end: start + codePointLength(text.slice(s.index, s.index + s.length)) };
  });
}

/**
 * A POSIX regular expression (PostgreSQL `~`) that every text with a mention matches: a cheap first
 * filter in the database before `findMentions` decides. Looser than `findMentions` on purpose. Case
 * is spelled out per letter ("[kK][aA]…") so it does not depend on the database's locale for æøå.
 */
export function prefilterPattern(person: PersonDetails): string | null {
  const literal = (s: string) =>
    [...s]
      .map((c) => {
        const lower = c.toLowerCase();
        const upper = c.toUpperCase();
        if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) return `[${lower}${upper}]`;
        return /[\p{L}\p{N}]/u.test(c) ? c : `\\${c}`;
      })
      .join('');
  const alternatives: string[] = [];
  for (const form of nameForms(person.name)) alternatives.push(form.split(' ').map(literal).join('\\s+'));
  if (person.email?.trim()) alternatives.push(literal(person.email.trim()));
  const digits = person.phone ? phoneDigits(person.phone) : null;
  if (digits) alternatives.push([...digits].join('[^0-9]{0,3}'));
  return alternatives.length ? alternatives.join('|') : null;
}
