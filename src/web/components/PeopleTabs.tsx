import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../hooks/useProgramme.js';

/** The People section's own sub-navigation: participants, import, groups, recruitment. */
export function PeopleTabs() {
  const { t } = useTranslation();
  const { programme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}/people`;
  const mayImport = !archived && (canManage || programme.myContactMunicipalityIds.length > 0);
  const tabs = [
    { to: base, label: t('people.tabs.list'), end: true },
    ...(mayImport ? [{ to: `${base}/import`, label: t('people.tabs.import') }] : []),
    { to: `${base}/groups`, label: t('people.tabs.groups') },
    { to: `${base}/recruitment`, label: t('people.tabs.recruitment') },
  ];
  return (
    <nav aria-label={t('people.title')} className="sub-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
