import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { isLanguage, languages } from '../../i18n/index.js';
import { useSession } from '../session.js';

/** Bokmål / Nynorsk / English. The choice is saved (account and cookie) and applied at once. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const id = useId();
  return (
    <Field className="language-switch" data-size="sm">
      <Label htmlFor={id}>{t('lang.label')}</Label>
      <Select
        id={id}
        data-testid="language-switch"
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {languages.map((lang) => (
          <Select.Option key={lang} value={lang} lang={lang}>
            {t(`lang.${lang}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
