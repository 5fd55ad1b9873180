import { useTranslation } from 'react-i18next';
import { useProgramme } from '../hooks/useProgramme.js';
import { SubTabs } from './SubTabs.js';

/** The People section's own sub-navigation: participants, import, groups, recruitment. */
export function PeopleTabs() {
  const { t } = useTranslation();
  const { programme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}/people`;
  const mayImport = !archived && (canManage || programme.myContactMunicipalityIds.length > 0);
  return (
    <SubTabs
      label={t('people.title')}
      tabs={[
        { to: base, label: t('people.tabs.list'), end: true },
        ...(mayImport ? [{ to: `${base}/import`, label: t('people.tabs.import') }] : []),
        { to: `${base}/groups`, label: t('people.tabs.groups') },
        { to: `${base}/recruitment`, label: t('people.tabs.recruitment') },
        ...(canManage ? [{ to: `${base}/withdrawals`, label: t('withdrawalSearch.title') }] : []),
      ]}
    />
  );
}
