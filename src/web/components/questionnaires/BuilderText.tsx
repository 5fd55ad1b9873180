import { useTranslation } from 'react-i18next';
import { Textfield } from '@digdir/designsystemet-react';
import { builderLanguages, missingLanguages, type InstrumentLanguage, type LocalText } from './builder-model.js';

interface Props {
  id: string;
  legend: string;
  value: LocalText | undefined;
  /** The instrument's declared languages: a blank text in one of them is flagged. */
  languages: InstrumentLanguage[];
  onChange(value: LocalText): void;
  multiline?: boolean;
  error?: string;
}

/** One text in bokmål, nynorsk and English side by side; a translation the instrument needs but lacks is flagged. */
export function BuilderText({ id, legend, value, languages, onChange, multiline, error }: Props) {
  const { t } = useTranslation();
  const missing = missingLanguages(value, languages);
  const set = (lang: InstrumentLanguage, text: string) => {
    const next: LocalText = { ...value };
    if (text === '') delete next[lang];
    else next[lang] = text;
    onChange(next);
  };
  return (
    <fieldset className="lang-set" id={id} data-missing={missing.join(' ') || undefined}>
      <legend>
        {legend}
        {missing.length ? <span className="missing-flag">{t('questionnaires.builder.edit.missingIn', { languages: missing.map((l) => t(`questionnaires.builder.edit.languageNames.${l}`)).join(', ') })}</span> : null}
      </legend>
      <div className="lang-row">
        {builderLanguages.map((lang) => {
          const common = {
            id: `${id}-${lang}`,
            label: t(`questionnaires.builder.edit.languageNames.${lang}`),
            value: value?.[lang] ?? '',
            lang,
            'data-lang': lang,
            error: lang === 'nb' ? error : undefined,
            description: missing.includes(lang) ? t('questionnaires.builder.edit.missing') : undefined,
          };
          return multiline ? (
            <Textfield key={lang} {...common} multiline rows={2} onChange={(e) => set(lang, e.target.value)} />
          ) : (
            <Textfield key={lang} {...common} onChange={(e) => set(lang, e.target.value)} />
          );
        })}
      </div>
    </fieldset>
  );
}
