import { useTranslation } from 'react-i18next';
import { SubTabs } from '../SubTabs.js';
import { useAnalysis } from './useAnalysis.js';

/** The Analysis section's sub-navigation. */
export function AnalysisTabs() {
  const { t } = useTranslation();
  const { base } = useAnalysis();
  return (
    <SubTabs
      label={t('nav.analysis')}
      tabs={[
        { to: base, label: t('analysis.tabs.documents'), end: true },
        { to: `${base}/codebook`, label: t('analysis.tabs.codebook') },
        { to: `${base}/retrieval`, label: t('analysis.tabs.retrieval') },
        { to: `${base}/search`, label: t('analysis.tabs.search') },
        { to: `${base}/agreement`, label: t('analysis.tabs.agreement') },
      ]}
    />
  );
}
