import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstruments } from './useInstruments.js';

/** The questionnaire section's sub-navigation: instruments (the builder) and surveys (distribution). */
export function InstrumentTabs() {
  const { t } = useTranslation();
  const { app } = useInstruments();
  const { pathname } = useLocation();
  const onSurveys = pathname.startsWith(`${app}/surveys`);
  const tabs = [
    { to: app, label: t('questionnaires.builder.tabs.instruments'), active: !onSurveys },
    { to: `${app}/surveys`, label: t('questionnaires.builder.tabs.surveys'), active: onSurveys },
  ];
  return (
    <nav aria-label={t('questionnaires.builder.tabs.label')} className="sub-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} className={tab.active ? 'active' : undefined} aria-current={tab.active && pathname === tab.to ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
