import type { InstrumentLanguage, LocalText } from './definition.js';

const order: InstrumentLanguage[] = ['nb', 'nn', 'en'];

/**
 * A text in the chosen language. When it is missing there, the text of another language is given
 * with `missing: true` and that language in `lang`, so the page can mark it (and tag it with its own
 * `lang` for screen readers) instead of silently switching language in the middle of a form.
 */
export function localText(text: LocalText | undefined, lang: InstrumentLanguage): { text: string; lang: InstrumentLanguage; missing: boolean } {
  if (!text) return { text: '', lang, missing: false };
  const own = text[lang];
  if (own !== undefined && own !== '') return { text: own, lang, missing: false };
  // Nynorsk and bokmål are closest to each other; English last.
  const fallbacks = lang === 'nn' ? ['nb', 'en'] : lang === 'nb' ? ['nn', 'en'] : order;
  for (const other of fallbacks as InstrumentLanguage[]) {
    const t = text[other];
    if (t) return { text: t, lang: other, missing: true };
  }
  return { text: '', lang, missing: false };
}
