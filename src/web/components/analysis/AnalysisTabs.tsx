import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from './useAnalysis.js';

/** The Analysis section's sub-navigation. */
export function AnalysisTabs() {
  const { t } = useTranslation();
  const { base } = useAnalysis();
  const tabs = [
    { to: base, label: t('analysis.tabs.documents'), end: true },
    { to: `${base}/codebook`, label: t('analysis.tabs.codebook') },
    { to: `${base}/retrieval`, label: t('analysis.tabs.retrieval') },
    { to: `${base}/search`, label: t('analysis.tabs.search') },
    { to: `${base}/agreement`, label: t('analysis.tabs.agreement') },
  ];
  return (
    <nav aria-label={t('nav.analysis')} className="sub-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>{tab.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
