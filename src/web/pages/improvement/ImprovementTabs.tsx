import { useTranslation } from 'react-i18next';
import { SubTabs } from '../../components/SubTabs.js';
import { useProgramme } from '../../hooks/useProgramme.js';

/** The Improvement section's sub-navigation: the network overview, charts side by side. */
export function ImprovementTabs() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/improvement`;
  return (
    <SubTabs
      label={t('improvement.title')}
      tabs={[
        { to: base, label: t('improvement.tabs.network'), end: true },
        { to: `${base}/charts`, label: t('improvement.tabs.charts') },
      ]}
    />
  );
}

/** A kind's label: the built-in ones from the strings, a programme's own from its labels. */
export function kindLabel(t: (key: string) => string, lang: string, kinds: { key: string; labels: Record<string, string> | null }[] | undefined, key: string): string {
  const own = kinds?.find((k) => k.key === key)?.labels;
  return own ? (own[lang] ?? own.nb) : t(`improvement.kinds.${key}`);
}
