import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, languages, messages, type Language } from '../i18n/index.js';

// The same strings the server uses (src/i18n), so every message exists in bokmål, nynorsk and English.
const resources = Object.fromEntries(languages.map((lang) => [lang, { translation: messages[lang] }]));

void i18next.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false }, // React escapes.
});

/** Switches the UI language and keeps <html lang> in step (screen readers pick the voice from it). */
export async function applyLanguage(lang: string): Promise<Language> {
  const language = isLanguage(lang) ? lang : defaultLanguage;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return language;
}

/** BCP 47 locale for dates and numbers. */
export function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
}

export default i18next;
