import { z } from 'zod';

/**
 * Text PostgreSQL cannot store: U+0000 (refused in text and jsonb) and a lone UTF-16 surrogate
 * (half of an emoji cut in two; JSON.stringify keeps it as `\ud800`, which jsonb refuses). Input with
 * either is answered 400 at the edge, never a 500 from the database.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path to the first string (or object key) PostgreSQL cannot store, or undefined when there is none. */
export function unstorableTextAt(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  // Deeper than any real input: refuse rather than walk (or store) a nesting bomb.
  if (depth > 64) return path;
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key.replace(/\u0000/g, '\\0')];
      const found = unstorableTextAt(item, [...path, key], depth + 1);
      if (found) return found;
    }
  return undefined;
}

/** A form field as text the database can store (participant pages read forms without a zod schema per field). */
export const storableText = z.string().refine(isStorableText, { message: 'errors.invalidCharacters' });

/**
 * A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not; JavaScript's Date would roll it over to
 * March and PostgreSQL would refuse it with a 500).
 */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * The one calendar-date schema for the API (`format: date` in OpenAPI): `YYYY-MM-DD` of a day that
 * exists, so 2026-02-30 or 0000-01-01 is a translated 400 rather than PostgreSQL's error as a 500.
 */
export const calendarDate = () =>
  z.iso.date().refine(isRealDate, {
    message: 'errors.impossibleDate',
    // Only what the format check let through (year 0000): one message per field, not two.
    when: (payload) => payload.issues.length === 0,
  });
