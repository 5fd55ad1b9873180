import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../../hooks/useProgramme.js';

/** The Activities section's sub-navigation: plan and timeline, indicators, activity types. */
export function ActivityTabs() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/activities`;
  const tabs = [
    { to: base, label: t('activities.tabs.plan'), end: true },
    { to: `${base}/indicators`, label: t('activities.tabs.indicators') },
    { to: `${base}/types`, label: t('activities.tabs.types') },
  ];
  return (
    <nav aria-label={t('activities.title')} className="sub-tabs">
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
