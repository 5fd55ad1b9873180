import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, languages, readableNumber, type Language, type Messages } from '../i18n/index.js';
import { nb } from '../i18n/nb.js';

// The same strings the server uses (src/i18n), so every message exists in bokmål, nynorsk and English.
// Bokmål (the default and the fallback) comes with the first load; nynorsk and English are fetched when chosen,
// so the first load carries one language, not three (issue 18: the staff app's first load ≤ 300 KB).
const resources = { [defaultLanguage]: { translation: nb } };
const otherLanguages: Record<Exclude<Language, 'nb'>, () => Promise<Messages>> = {
  nn: () => import('../i18n/nn.js').then((m) => m.nn),
  en: () => import('../i18n/en.js').then((m) => m.en),
};

void i18next.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  // React escapes. Every number placed in a string is written as the language writes it (decimal comma in
  // nb/nn), the same rule as the server's translate(); `_one` / `_other` keys are i18next's plurals.
  interpolation: { escapeValue: false, alwaysFormat: true, format: (value: unknown, _format: string | undefined, lng: string | undefined) => (typeof value === 'number' && isLanguage(lng) ? readableNumber(lng, value) : value) as string },
});

/** Switches the UI language and keeps <html lang> in step (screen readers pick the voice from it). */
export async function applyLanguage(lang: string): Promise<Language> {
  const language = isLanguage(lang) ? lang : defaultLanguage;
  if (language !== 'nb' && !i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await otherLanguages[language]());
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return language;
}

/** BCP 47 locale for dates and numbers. */
export function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
}

export default i18next;
