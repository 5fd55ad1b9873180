import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';
import { en } from './en.js';

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nb';
export const messages: Record<Language, Messages> = { nb, nn, en };
export type { Messages };

/** Dot-separated paths to every string, e.g. 'errors.required'. */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
/** A plural message (`key_one`, `key_other`) is asked for by its base key with a numeric `count`. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type MessageKey = Paths<Messages> | PluralBase<Paths<Messages>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function lookup(lang: Language, key: string): string | undefined {
  let node: unknown = messages[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
/** The CLDR plural category of a count in a language ('one', 'other', …), as i18next picks `_one` / `_other` keys. */
export function pluralCategory(lang: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb')));
  return rules.select(count);
}

/**
 * A number as a person reads it in the language: a decimal comma in bokmål and nynorsk, a point in
 * English. No grouping, so years and codes look as typed. Machine-readable exports never use this.
 */
export function readableNumber(lang: Language, value: number): string {
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}

/**
 * Looks a key up in one language and fills `{{name}}` placeholders; numbers are written as the
 * language writes them (`readableNumber`). With a numeric `count`, `key_one` / `key_other` (the
 * language's plural category, as i18next names them) is preferred over `key`. Unknown keys come
 * back as the key itself.
 */
export function translate(lang: Language, key: MessageKey | string, vars: Record<string, string | number> = {}): string {
  const plural = typeof vars.count === 'number' ? (lookup(lang, `${key}_${pluralCategory(lang, vars.count)}`) ?? lookup(lang, `${key}_other`)) : undefined;
  const text = plural ?? lookup(lang, key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    return typeof value === 'number' ? readableNumber(lang, value) : String(value ?? '');
  });
}

/** Picks the first supported language from an Accept-Language header (nn, nb, no → nb, en). */
export function languageFromAcceptHeader(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('nn')) return 'nn';
    if (tag.startsWith('nb') || tag === 'no' || tag.startsWith('no-')) return 'nb';
    if (tag.startsWith('en')) return 'en';
  }
  return undefined;
}
