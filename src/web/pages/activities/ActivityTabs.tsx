import { useTranslation } from 'react-i18next';
import { SubTabs } from '../../components/SubTabs.js';
import { useProgramme } from '../../hooks/useProgramme.js';

/** The Activities section's sub-navigation: plan and timeline, indicators, activity types. */
export function ActivityTabs() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/activities`;
  return (
    <SubTabs
      label={t('activities.title')}
      tabs={[
        { to: base, label: t('activities.tabs.plan'), end: true },
        { to: `${base}/indicators`, label: t('activities.tabs.indicators') },
        { to: `${base}/types`, label: t('activities.tabs.types') },
      ]}
    />
  );
}
